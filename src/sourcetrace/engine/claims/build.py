"""Claims: every attributed content, and every factual sentence in the author's voice,
linked when they say the same thing, with supporters, deniers and non-responders."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from sourcetrace.contract import Analysis, Claim, parse_iso_date
from .dates import find_dates
from .features import Features, features, known_lemmas
from .linking import clusters, connect, is_fragment, link, same_thing
from .quantities import find_quantities
from .stance import aggregate, negated
from .voice import author_sentences, headline_ranges
from .worthiness import score
from ..extract.claim_nouns import names_a_claim
from ..extract.syntax import that_clause
from ..parse import span_at


def build_claims(doc: Doc, analysis: Analysis) -> list[Claim]:
    known = known_lemmas(doc)
    claims = _attributed_claims(doc, analysis) + _author_claims(doc, analysis)
    claims.sort(key=lambda c: (c.start, c.end))
    for i, claim in enumerate(claims, 1):
        claim.id = f"c{i}"
    spans = [_span(doc, c.start, c.end) for c in claims]
    feats = [features(s, known) for s in spans]
    link(claims, feats)
    stance_of = {**_link_fragments(doc, claims, feats, analysis), **_said_instead(analysis)}
    _attach_no_responses(doc, claims, feats, analysis, known)
    aggregate(claims, clusters(claims), analysis, stance_of,
              negated={c.id: negated(span) for c, span in zip(claims, spans)},
              predicates={c.id: f.predicates for c, f in zip(claims, feats)})
    published = parse_iso_date(analysis.meta.date)
    for claim, span in zip(claims, spans):
        claim.quantities = find_quantities(claim.text)
        claim.dates = find_dates(claim.text, published)
        claim.check_worthiness = score(span, claim)
    return claims


def _attributed_claims(doc: Doc, analysis: Analysis) -> list[Claim]:
    """One claim per attributed content; the same words said twice (a repeated headline,
    two sources quoting one line) make one claim with both attributions."""
    by_text: dict[str, Claim] = {}
    out = []
    for a in analysis.attributions:
        if a.stance == "no_response":
            continue  # what was not answered is another claim; see _attach_no_responses
        start, end = _claim_denied(doc, a.content.start, a.content.end) if a.stance == "deny" \
            else (a.content.start, a.content.end)
        text = analysis.text[start:end]
        key = _normal(text)
        if not key:
            continue
        if key in by_text:
            by_text[key].attribution_ids.append(a.id)
            continue
        claim = Claim(id="", text=text, start=start, end=end, attribution_ids=[a.id])
        by_text[key] = claim
        out.append(claim)
    return out


def _claim_denied(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """A denial holds the claim as named ("claims that the company had failed its customers"): the
    claim is what its "that" clause says, not the phrase naming it."""
    span = _span(doc, start, end)
    root = span.root if len(span) else None
    if root is None or not names_a_claim(root, tags=None):
        return start, end
    # "claims that …", also where the parser reads "that" as a relative pronoun
    clause = that_clause(root) or next((c for c in root.children if c.dep_ in ("acl", "relcl", "ccomp")
                                        and c.i > root.i and c.left_edge.lower_ in ("that", "whether")), None)
    if clause is None:  # "denied reports in a weekly that …": the parser may hang the clause on the verb
        clause = next((t.head for t in span if t.dep_ == "mark" and t.lower_ in ("that", "whether")
                       and t.head.left_edge.i == t.i and t.i > root.i), None)
    if clause is None or clause.left_edge.i <= span.start or clause.right_edge.i >= span.end:
        return start, end
    return clause.left_edge.idx, end


def _author_claims(doc: Doc, analysis: Analysis) -> list[Claim]:
    # the text itself, not the parsed copy's (see parse/window.py)
    text = analysis.text
    spans = [(s.start_char, min(s.end_char, len(text))) for s in author_sentences(doc, analysis)]
    spans = [(start, start + len(text[start:end].rstrip())) for start, end in spans]
    return [Claim(id="", text=text[start:end], start=start, end=end, unattributed=True)
            for start, end in spans if end > start]


def _link_fragments(doc: Doc, claims: list[Claim], feats: list[Features], analysis: Analysis) -> dict[str, str]:
    """Thin content ('calling this idea "crazy"') points back at the same source's earlier
    claim in the same sentence, and takes that attribution's stance towards it: whoever
    rejected a claim and called it crazy has not thereby asserted it. Returns the stances
    so taken, by attribution id."""
    sources = {a.id: a.source_id for a in analysis.attributions}
    stances = {a.id: a.stance for a in analysis.attributions}
    taken: dict[str, str] = {}
    for i, claim in enumerate(claims):
        if not claim.attribution_ids or not is_fragment(feats[i]):
            continue
        mine = {sources.get(aid) for aid in claim.attribution_ids} - {None}
        words = span_at(doc, claim.start, claim.end)
        if words is None:
            continue
        sentence = words[0].sent
        for j in range(i - 1, -1, -1):
            earlier = claims[j]
            if earlier.end < sentence.start_char:
                if all(stances.get(aid) == "deny" for aid in claim.attribution_ids):
                    _disputed(doc, claim, claims[:i], sources, mine)
                break
            theirs = [aid for aid in earlier.attribution_ids if sources.get(aid) in mine]
            if theirs:
                connect(claim, earlier)
                taken.update((aid, stances[theirs[0]]) for aid in claim.attribution_ids
                             if sources.get(aid) in mine)
                break
        else:
            if all(stances.get(aid) == "deny" for aid in claim.attribution_ids):
                _disputed(doc, claim, claims[:i], sources, mine)
    return taken


REBUTTAL_GAP = 3  # characters between the bare object and the cue of the words after it: ", "


def _said_instead(analysis: Analysis) -> dict[str, str]:
    """"Ms Obi disputed that, saying buses would run": one denial, whose words are what she says
    instead. The bare "that" (kept, no statement) carries the denial of the claim before it; the
    words after it are what she asserts. The stances so taken, by attribution id."""
    ends = {(a.source_id, a.content.end) for a in analysis.attributions if a.stance == "deny" and not a.statement}
    taken = {}
    for a in analysis.attributions:
        if a.stance != "deny" or not a.statement or a.cue is None:
            continue
        if any((a.source_id, a.cue.start - gap) in ends for gap in range(REBUTTAL_GAP + 1)):
            taken[a.id] = "assert"
    return taken


def _disputed(doc: Doc, claim: Claim, before: list[Claim], sources: dict[str, str | None], mine: set) -> None:
    """"Parents said the timetable would cost them a day's pay. Ms Obi disputed that": a bare
    denied object is the claim someone else made just before, in this sentence or the last."""
    here = span_at(doc, claim.start, claim.end)
    if here is None:
        return
    sentence = here[0].sent
    reach = doc[sentence.start - 1].sent.start_char if sentence.start > 0 else sentence.start_char
    for earlier in reversed(before):
        if earlier.end < reach:
            return
        if earlier.attribution_ids and not {sources.get(aid) for aid in earlier.attribution_ids} & mine:
            connect(claim, earlier)
            return


def _attach_no_responses(doc: Doc, claims: list[Claim], feats: list[Features],
                         analysis: Analysis, known: frozenset[str]) -> None:
    """A source that 'has not responded for comment on the matter' is silent on the claim its
    words name, or else on the article's central claim."""
    for a in (a for a in analysis.attributions if a.stance == "no_response"):
        topic = features(_span(doc, a.content.start, a.content.end), known)
        target = next((c for c, f in zip(claims, feats) if not is_fragment(topic) and same_thing(topic, f)), None)
        group = _cluster_of(claims, target) if target else _central_cluster(doc, claims, feats, analysis, known)
        if group:
            anchor = next((c for c in group if c.attribution_ids), group[0])
            anchor.attribution_ids.append(a.id)


def _central_cluster(doc: Doc, claims: list[Claim], feats: list[Features], analysis: Analysis,
                     known: frozenset[str]) -> list[Claim]:
    """The cluster the headline speaks of, else the one with the most sources and claims."""
    groups = clusters(claims)
    if not groups:
        return []
    index = {c.id: i for i, c in enumerate(claims)}
    for start, end in headline_ranges(analysis.text, analysis.meta.title)[:1]:
        headline = features(_span(doc, start, end), known)
        matches = [g for g in groups if any(same_thing(headline, feats[index[c.id]]) for c in g)]
        if matches:
            return max(matches, key=lambda g: sum(same_thing(headline, feats[index[c.id]]) for c in g))
    attributions = {a.id: a for a in analysis.attributions}

    def weight(group: list[Claim]) -> tuple[int, int]:
        sources = {attributions[aid].source_id for c in group for aid in c.attribution_ids if aid in attributions}
        return len(sources - {None}), len(group)
    return max(groups, key=weight)


def _cluster_of(claims: list[Claim], claim: Claim) -> list[Claim]:
    return next(g for g in clusters(claims) if any(c.id == claim.id for c in g))


def _span(doc: Doc, start: int, end: int) -> Span:
    span = span_at(doc, start, end)
    return span if span is not None else doc[0:0]  # callers needing a sentence use span_at


def _normal(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))
