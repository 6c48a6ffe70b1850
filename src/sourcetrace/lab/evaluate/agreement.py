"""How far a split's annotators agree with each other, scored exactly as a model is.

On articles with two annotators, the second one's attributions are scored as
predictions against the first's (F1 is symmetric, so the order does not
matter). No system can be expected to agree with the gold more than the
annotators agree with each other, so this is the ceiling to read scores by.
"""
from __future__ import annotations

from .corpus import GoldArticle, summarise, total_tally
from .score import score_document


def annotator_agreement(articles: list[GoldArticle]) -> dict | None:
    """The scores of annotator 2 against annotator 1, or None when no article has two."""
    doubled = [a for a in articles if len(a.annotations) >= 2]
    if not doubled:
        return None
    total = total_tally(score_document(a.text, a.annotations[0], a.annotations[1]) for a in doubled)
    summary = summarise(total, documents=len(doubled), model="annotator agreement")
    del summary["cofenet"]  # it needs the parser's sentences, and only rates models against the paper
    return summary
