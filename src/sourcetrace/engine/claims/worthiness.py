"""Check-worthiness: a transparent weighted sum of a claim's features.

The weights and word lists are in lexicons/claims/worthiness.json; `explain`
returns each feature's contribution so the score can be shown, not just trusted.
"""
from __future__ import annotations

from spacy.tokens import Span

from sourcetrace.contract import Claim
from ..parse import entities_in
from ..parse.columns import columns
from .lexicon import has_phrase, load


def explain(span: Span, claim: Claim) -> dict[str, float]:
    """Each feature's share of the score (weight times how strongly it is present)."""
    cfg = load("worthiness")
    weights = cfg["weights"]
    col, tokens = columns(span.doc), range(span.start, span.end)
    words = [i for i in tokens if col.is_alpha[i] or col.like_num[i]]
    lowered = " " + " ".join(col.lower[span.start:span.end]) + " "
    entities = {e.text.lower() for e in entities_in(span) if e.label_ in cfg["entity_labels"]}
    factual = any(col.pos[i] in ("VERB", "AUX") and col.tag[i] in ("VBD", "VBZ", "VBP", "VBN") for i in tokens)
    opinion = has_phrase(lowered, cfg["opinion_or_modal"])
    parts = {
        "base": cfg["base"],
        "quantity": weights["quantity"] * bool(claim.quantities),
        "date": weights["date"] * bool(claim.dates),
        "entities": weights["entities"] * min(1.0, len(entities) / cfg["entities_full_at"]),
        "causal_or_comparative": weights["causal_or_comparative"] * has_phrase(lowered, cfg["causal_or_comparative"]),
        "factual_verb": weights["factual_verb"] * factual,
        "opinion_or_modal": weights["opinion_or_modal"] * opinion,
        "length": 0.0 if len(words) < cfg["length_min_words"]
        else weights["length"] * min(1.0, len(words) / cfg["length_full_at_words"]),
    }
    return {name: round(value, 4) for name, value in parts.items()}


def score(span: Span, claim: Claim) -> float:
    if claim.text.rstrip().rstrip("”\"'’").endswith("?"):
        return 0.0
    return round(min(1.0, max(0.0, sum(explain(span, claim).values()))), 3)
