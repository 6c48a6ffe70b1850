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
        for claim in group:
            supported, denied, ignored = _stances_towards(claim, group, attributions, stance_of, negated,
                                                          predicates)
            _flag(claim, supported, denied, ignored, by_id, members)


def _reaches(claim: Claim, other: Claim, predicates: dict[str, set[str]] | None) -> bool:
    if predicates is None or other is claim:
        return True
    mine, theirs = predicates.get(claim.id, set()), predicates.get(other.id, set())
    return bool(mine & theirs) or (not mine or not theirs) and other.id in claim.same_as


def _stances_towards(claim: Claim, group: list[Claim], attributions: dict, stance_of: dict[str, str],
                     negated: dict[str, bool], predicates: dict[str, set[str]] | None):
    supported, denied, ignored = [], [], []
    for other in group:
        opposite = negated.get(claim.id, False) != negated.get(other.id, False)
        for aid in other.attribution_ids:
            a = attributions.get(aid)
            if a is None or a.source_id is None:
                continue
            stance = stance_of.get(aid, a.stance)
            if opposite and stance in SUPPORTING:
                stance = "deny"
            elif opposite and stance == "deny":
                stance = "assert"
            if stance == "deny" and not _reaches(claim, other, predicates):
                continue
            bucket = supported if stance in SUPPORTING else denied if stance == "deny" \
                else ignored if stance == "no_response" else None
            if bucket is not None and a.source_id not in bucket:
                bucket.append(a.source_id)
    return supported, denied, ignored


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
