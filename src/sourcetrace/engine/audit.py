"""The sourcing audit: counts over one analysis.

Rules, so the numbers can be read:
- direct_share: direct and mixed attributions over all attributions that have a source.
- denials / no_responses: deny and no-response attributions, counting a source once per
  claim cluster ("rejected claims that …, calling this idea 'crazy'" is one denial).
- second_hand: sources that relay what others said or think: a media source, or one whose
  attributed content itself carries a reporting or cognition cue (lexicons/claims/audit.json),
  as in "dozens of commandos … fear they will be deported".
- single_source_claims, anonymous_only_claims, unattributed_claims: counted over claim
  clusters (claims linked by same_as are one claim said several times), not single claims.
"""
from __future__ import annotations

from collections import Counter

from .claims.lexicon import has_phrase, load
from .claims.linking import clusters
from sourcetrace.contract import Analysis, Attribution, Audit, Claim


def build_audit(analysis: Analysis) -> Audit:
    sourced = [a for a in analysis.attributions if a.source_id is not None]
    direct = sum(a.type in ("direct", "mixed") for a in sourced)
    groups = clusters(analysis.claims)
    return Audit(
        sources=len(analysis.sources),
        named=sum(s.named for s in analysis.sources),
        unnamed=sum(not s.named for s in analysis.sources),
        by_kind=dict(sorted(Counter(s.kind for s in analysis.sources).items())),
        direct_share=round(direct / len(sourced), 3) if sourced else 0.0,
        denials=_stance_count(analysis, groups, "deny"),
        no_responses=_stance_count(analysis, groups, "no_response"),
        second_hand=len({a.source_id for a in sourced if is_second_hand(a, analysis)}),
        single_source_claims=sum(g[0].single_source for g in groups),
        anonymous_only_claims=sum(g[0].anonymous_only for g in groups),
        unattributed_claims=sum(all(c.unattributed and not c.attribution_ids for c in g) for g in groups),
    )


def is_second_hand(attribution: Attribution, analysis: Analysis) -> bool:
    cfg = load("audit")
    source = analysis.source(attribution.source_id)
    if source is not None and source.kind in cfg["media_kinds"]:
        return True
    return has_phrase(attribution.content.text.lower(), cfg["relay_cues"])


def _stance_count(analysis: Analysis, groups: list[list[Claim]], stance: str) -> int:
    """Distinct (source, claim cluster) pairs with this stance."""
    cluster_of = {}
    for n, group in enumerate(groups):
        for claim in group:
            for aid in claim.attribution_ids:
                cluster_of[aid] = n
    pairs = {(a.source_id or a.id, cluster_of.get(a.id, a.id))
             for a in analysis.attributions if a.stance == stance}
    return len(pairs)
