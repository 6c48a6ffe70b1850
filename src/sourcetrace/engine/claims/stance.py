"""Who supports, denies or ignores each claim, across its cluster, and the flags that follow."""
from __future__ import annotations

from collections import Counter

from spacy.tokens import Span

from sourcetrace.contract import Analysis, Claim, Source

SUPPORTING = ("assert", "warn", "admit", "believe")


def aggregate(claims: list[Claim], groups: list[list[Claim]], analysis: Analysis,
              stance_of: dict[str, str] | None = None, negated: dict[str, bool] | None = None,
              predicates: dict[str, set[str]] | None = None) -> None:
    """`stance_of` overrides an attribution's stance towards its cluster (see _link_fragments).

    With `negated` (claim id → its main clause is negated), a source asserting the opposite
    of a claim ("the bridge is not safe" beside "the bridge is safe") denies it, and one
    denying the opposite supports it. With `predicates` (claim id → its key predicates), a
    denial reaches only the claims that share a predicate with the one denied (or its direct
    links, where either has none): "denied dumping waste" is not a denial of "saw waste"."""
    stance_of, negated = stance_of or {}, negated or {}
    attributions = {a.id: a for a in analysis.attributions}
    by_id = {s.id: s for s in analysis.sources}
    members = Counter(s.member_of for s in analysis.sources if s.member_of is not None)
    for group in groups:
        said = _said(group, attributions, stance_of)
        by_polarity: dict[bool, tuple[list[str], list[str], list[tuple[Claim, str]]]] = {}
        for claim in group:
            polarity = negated.get(claim.id, False)
            if polarity not in by_polarity:
                by_polarity[polarity] = _towards(polarity, said, negated)
            supported, ignored, denials = by_polarity[polarity]
            denied = list(dict.fromkeys(sid for other, sid in denials if _reaches(claim, other, predicates)))
            _flag(claim, supported, denied, ignored, by_id, members)


def _reaches(claim: Claim, other: Claim, predicates: dict[str, set[str]] | None) -> bool:
    if predicates is None or other is claim:
        return True
    mine, theirs = predicates.get(claim.id, set()), predicates.get(other.id, set())
    return bool(mine & theirs) or (not mine or not theirs) and other.id in claim.same_as


def _said(group: list[Claim], attributions: dict, stance_of: dict[str, str]) -> list[tuple[Claim, str, str]]:
    """(claim, source id, stance) for every sourced attribution of the group, in order."""
    said = []
    for other in group:
        for aid in other.attribution_ids:
            a = attributions.get(aid)
            if a is not None and a.source_id is not None:
                said.append((other, a.source_id, stance_of.get(aid, a.stance)))
    return said


def _towards(polarity: bool, said: list[tuple[Claim, str, str]], negated: dict[str, bool]):
    """Supporters and non-responders of a claim of this polarity, and its candidate deniers: a
    source asserting the opposite denies it, one denying the opposite supports it. Worked out
    once per polarity, so a group costs its size, not its size squared; only denials depend on
    the claim itself (`_reaches`)."""
    supported: dict[str, None] = {}
    ignored: dict[str, None] = {}
    denials: list[tuple[Claim, str]] = []
    for other, sid, stance in said:
        if polarity != negated.get(other.id, False):
            stance = "deny" if stance in SUPPORTING else "assert" if stance == "deny" else stance
        if stance in SUPPORTING:
            supported.setdefault(sid)
        elif stance == "deny":
            denials.append((other, sid))
        elif stance == "no_response":
            ignored.setdefault(sid)
    return list(supported), list(ignored), denials


def _flag(claim: Claim, supported: list[str], denied: list[str], ignored: list[str], by_id: dict[str, Source],
          members: Counter) -> None:
    sources = [by_id.get(sid) for sid in supported]
    claim.supported_by = list(supported)
    claim.denied_by = list(denied)
    claim.no_response = list(ignored)
    claim.single_source = sum(_people(s, members) for s in sources) == 1
    claim.anonymous_only = bool(sources) and all(s is not None and not s.named for s in sources)
    claim.document_based = bool(sources) and all(s is not None and s.kind == "document" for s in sources)


def _people(source: Source | None, members: Counter) -> int:
    """How many sources one stands for: a group of a stated size, or of sources named together,
    is that many ("three former generals", "Ann Roe and Bill Poe"); anything else is one."""
    if source is None or source.kind != "group":
        return 1
    return max(source.count or 0, members[source.id], 1)  # members: sources by the group they belong to


def negated(span: Span) -> bool:
    """The claim's main clause is negated ("the bridge is not safe"); a negation inside a
    relative or subordinate clause of it does not count."""
    if not len(span):
        return False
    root = span.root
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in root.children)
