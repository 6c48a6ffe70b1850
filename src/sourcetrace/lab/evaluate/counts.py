"""Tallies that add up over documents and average over annotators.

Precision and recall get separate credit because the soft (overlap) score
gives a matched pair a fraction of a hit on each side: precision credit is
the share of the predicted span's tokens that the gold span has, recall
credit the share of the gold span's tokens that the prediction has. For
exact scores both credits are 1 per matched pair.
"""
from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass
class Counts:
    predicted: float = 0.0
    gold: float = 0.0
    precision_credit: float = 0.0
    recall_credit: float = 0.0

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))

    def scaled(self, factor: float) -> "Counts":
        return Counts(*(getattr(self, f.name) * factor for f in fields(self)))

    def prf(self) -> tuple[float, float, float]:
        """Precision, recall, F1 as fractions; an empty side scores 0."""
        p = self.precision_credit / self.predicted if self.predicted else 0.0
        r = self.recall_credit / self.gold if self.gold else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f1


@dataclass
class Ratio:
    hits: float = 0.0
    total: float = 0.0

    def __add__(self, other: "Ratio") -> "Ratio":
        return Ratio(self.hits + other.hits, self.total + other.total)

    def scaled(self, factor: float) -> "Ratio":
        return Ratio(self.hits * factor, self.total * factor)

    def value(self) -> float:
        return self.hits / self.total if self.total else 0.0


Tally = dict[str, "Counts | Ratio"]


def add_tallies(a: Tally, b: Tally) -> Tally:
    total = dict(a)
    for key, value in b.items():
        total[key] = total[key] + value if key in total else value
    return total


def mean_tally(tallies: list[Tally]) -> Tally:
    """The average of several annotators' tallies of one article.

    Averaging the counts (not the scores) keeps the corpus score a plain
    micro-average in which each article weighs once, with its gold size the
    annotators' mean.
    """
    total: Tally = {}
    for tally in tallies:
        total = add_tallies(total, tally)
    return {key: value.scaled(1 / len(tallies)) for key, value in total.items()}
