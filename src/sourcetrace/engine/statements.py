"""Only what sources said or wrote: the view for users who count statements."""
from __future__ import annotations

from sourcetrace.contract import Analysis

from .audit import build_audit


def keep_statements(analysis: Analysis) -> Analysis:
    """A copy without the attributions that report feelings, wishes or acts (`statement` false);
    claims that rested only on those go too, and the audit is counted again."""
    dropped = {a.id for a in analysis.attributions if not a.statement}
    if not dropped:
        return analysis
    kept = analysis.model_copy(deep=True)
    kept.attributions = [a for a in kept.attributions if a.id not in dropped]
    claims = []
    for claim in kept.claims:
        had = bool(claim.attribution_ids)
        claim.attribution_ids = [i for i in claim.attribution_ids if i not in dropped]
        if claim.attribution_ids or not had:
            claims.append(claim)
    remaining = {c.id for c in claims}
    for claim in claims:
        claim.same_as = [i for i in claim.same_as if i in remaining]
    kept.claims = claims
    kept.audit = build_audit(kept)
    return kept
