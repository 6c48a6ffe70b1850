"""Corpus-level scores: group annotators by article, average, micro-average, summarise.

Several annotators of one article: the prediction is scored against each
annotator's gold and the resulting counts are averaged (`counts.mean_tally`),
so every article weighs once. The corpus score is then the micro-average:
counts summed over articles, P/R/F1 computed once from the sums.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

from sourcetrace.ingest import InputError
from .brat import GoldAttribution, GoldDocument, read_corpus
from .cofenet import Sentences
from .counts import Counts, Ratio, Tally, add_tallies, mean_tally
from .score import ROLES, score_document


@dataclass
class GoldArticle:
    name: str
    text: str
    annotations: list[list[GoldAttribution]]  # one list per annotator


def group_articles(documents: Iterable[GoldDocument]) -> list[GoldArticle]:
    """One `GoldArticle` per article name, annotators in file order."""
    articles: dict[str, GoldArticle] = {}
    for doc in documents:
        article = articles.setdefault(doc.name, GoldArticle(doc.name, doc.text, []))
        article.annotations.append(doc.attributions)
    return list(articles.values())


def load_gold(gold_dir: str | Path, limit: int | None = None) -> list[GoldArticle]:
    """The split's articles, or a one-line `InputError` when there are none."""
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise InputError(f"{gold_dir}: no such directory")
    for needed in ("text", "attributions"):
        if not (gold_dir / needed).is_dir():
            raise InputError(f"{gold_dir}: expected a brat split with text/ and attributions/ folders")
    articles = group_articles(read_corpus(gold_dir))
    if not articles:
        raise InputError(f"{gold_dir}: no .ann files with a matching text/NAME.txt")
    return articles[:limit] if limit is not None else articles


def score_article(article: GoldArticle, predicted: Sequence[GoldAttribution],
                  sentences: Sentences | None = None) -> Tally:
    return mean_tally([score_document(article.text, gold, predicted, sentences)
                       for gold in article.annotations])


def total_tally(tallies: Iterable[Tally]) -> Tally:
    total: Tally = {}
    for tally in tallies:
        total = add_tallies(total, tally)
    return total


def percent(fraction: float) -> float:
    return round(fraction * 100, 1)


def _prf(counts: Counts) -> dict[str, float]:
    return {name: percent(value) for name, value in zip(("p", "r", "f1"), counts.prf())}


def summarise(total: Tally, documents: int, model: str) -> dict:
    """The report's JSON shape. Every score is a percentage, 0–100, rounded to one decimal."""
    def roles(prefix: str) -> dict:
        return {role: _prf(total.get(f"{prefix}/{role}", Counts())) for role in ROLES}

    speaker = total.get("direct_speaker", Ratio())
    return {
        "exact": roles("exact"),
        "overlap": roles("overlap"),
        "attribution": {kind: _prf(total.get(f"attribution/{kind}", Counts()))
                        for kind in ("exact", "overlap")},
        "cofenet": {**roles("cofenet"), "attribution": _prf(total.get("cofenet/attribution", Counts()))},
        # None (JSON null) when no gold direct quote was found: there is nothing to be right about.
        "direct_speaker_accuracy": percent(speaker.value()) if speaker.total else None,
        "documents": documents,
        "model": model,
    }
