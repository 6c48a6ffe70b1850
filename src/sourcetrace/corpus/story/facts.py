"""What the story layer keeps of one analysis: each claim's mentions (who, with what stance, where) and
quantities, and each source's names. Stored once per analysis (`story_facts`), so cluster summaries and source
profiles never re-read the engine's full JSON."""
from __future__ import annotations

from sourcetrace.contract import Analysis, Attribution, Claim

from .config import config


def analysis_facts(analysis: Analysis) -> dict:
    attributions = {a.id: a for a in analysis.attributions}
    return {
        "claims": {c.id: {"text": c.text, "start": c.start, "end": c.end, "same_as": c.same_as,
                          "mentions": _mentions(analysis, c, attributions),
                          "quantities": [q.model_dump() for q in c.quantities]}
                   for c in analysis.claims},
        "sources": [{"id": s.id, "name": s.name, "kind": s.kind, "named": s.named, "description": s.description,
                     "aliases": sorted({m.text for m in s.mentions} | {s.name})}
                    for s in analysis.sources],
    }


def _mentions(analysis: Analysis, claim: Claim, attributions: dict[str, Attribution]) -> list[dict]:
    """One mention per attribution of the claim's own words (a denial, an assertion …), one per source that
    did not respond about it, and a bare `reports` when the article states it in its own voice."""
    stance_of = config()["stance_of"]
    out = []
    for aid in claim.attribution_ids:
        a = attributions.get(aid)
        if a is None or a.stance == "no_response":
            continue  # told below, with the words that say who did not respond
        source = analysis.source(a.source_id)
        stance = stance_of.get(a.stance, "reports")
        if stance == "supports" and source is not None and source.kind == "media":
            stance = "reports"  # "X reported": the article passes on another outlet's report
        out.append(_mention(analysis, stance, source, claim.start, claim.end))
    for a in attributions.values():
        if a.stance == "no_response" and a.source_id in claim.no_response:
            spans = [s for s in (a.source, a.cue, a.content) if s is not None]
            out.append(_mention(analysis, "no_response", analysis.source(a.source_id),
                                min(s.start for s in spans), max(s.end for s in spans)))
    if not out:
        out.append(_mention(analysis, "reports", None, claim.start, claim.end))
    return out


def _mention(analysis: Analysis, stance: str, source, start: int, end: int) -> dict:
    return {"stance": stance, "start": start, "end": end, "text": analysis.text[start:end],
            "source": source.id if source else None, "by": source.name if source else None,
            "kind": source.kind if source else None, "named": source.named if source else None}
