"""Whether two news claims say the same thing: a small logistic model over what the matcher already measures
(static-embedding cosine, word and soft overlap, names and numbers each side, the hard checks), fitted on news
claim pairs (`sourcetrace.lab.story_pairs fit`) with its two cut-offs chosen there, all in data/pairs.json.

The shared matcher's fused score ranks fact-checks for tweets; its value depends on the rest of the collection
and means nothing as a yes/no for two news sentences. Every feature here is a function of the two texts alone
(an unfitted embedder, no collection statistics), so a pair scores the same in a window of ten claims or ten
thousand, and the cut-offs chosen on the pairs set hold in the store.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from sourcetrace.corpus.match.checks import _words, check, quantities
from sourcetrace.corpus.match.embed import Embedder, load_model
from sourcetrace.corpus.match.text import clean, tokens

DATA = Path(__file__).with_name("data")
MODEL_FILE = DATA / "pairs.json"
FEATURES = ("cosine", "cover_min", "cover_max", "soft_min", "soft_max", "length_ratio", "names_swapped",
            "names_extra", "numbers_agree", "inside", "reordered", "swap", "own_words", "negation", "number", "subject")
FLAGS = ("negation", "number", "subject")
LIKENESS = ("cosine", "cover_min", "cover_max", "soft_min", "soft_max", "numbers_agree")  # never lower the odds
NAME = re.compile(r"\b[A-Z][\w'\u2019.-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'\u2019.-]*)*")


@dataclass(frozen=True)
class PairModel:
    weights: np.ndarray     # over standardised FEATURES
    bias: float
    mean: np.ndarray
    scale: np.ndarray
    high: float             # at or above: a link is made
    low: float              # at or above (below high): a link is suggested for a person to confirm

    def probability(self, rows: np.ndarray) -> np.ndarray:
        z = ((np.atleast_2d(rows) - self.mean) / self.scale) @ self.weights + self.bias
        return 1 / (1 + np.exp(-z))

    def as_dict(self) -> dict:
        return {"features": list(FEATURES), "weights": [round(float(w), 5) for w in self.weights],
                "bias": round(float(self.bias), 5), "mean": [round(float(m), 5) for m in self.mean],
                "scale": [round(float(s), 5) for s in self.scale], "high": round(self.high, 4),
                "low": round(self.low, 4)}


def load_pair_model(path: Path = MODEL_FILE) -> PairModel:
    data = json.loads(path.read_text(encoding="utf-8"))
    if tuple(data["features"]) != FEATURES:
        raise ValueError(f"{path}: fitted on features {data['features']}, this code computes {list(FEATURES)}")
    return PairModel(np.asarray(data["weights"], dtype=np.float64), float(data["bias"]),
                     np.asarray(data["mean"], dtype=np.float64), np.asarray(data["scale"], dtype=np.float64),
                     float(data["high"]), float(data["low"]))


@lru_cache(maxsize=1)
def shipped_model() -> PairModel:
    return load_pair_model()


@lru_cache(maxsize=1)
def embedder() -> Embedder:
    """The shipped static model, unfitted: uniform token weights, so a text's vector depends on it alone."""
    return Embedder(load_model())


@dataclass(frozen=True)
class Side:
    """What the features need of one text, worked out once per text."""
    text: str
    vector: np.ndarray
    token_ids: np.ndarray
    terms: frozenset[str]
    words: frozenset[str]    # every word, lower-cased, function words and figures too
    names: tuple[str, ...]
    quantities: tuple


@lru_cache(maxsize=8192)
def side(text: str) -> Side:
    emb = embedder()
    words = _words(text)
    return Side(text, emb.encode([text])[0], np.unique(emb.token_ids([text])[0]), frozenset(tokens(text)),
                frozenset(words), tuple(names(text)), tuple(quantities(words)))


def names(text: str) -> list[str]:
    """Capitalised spans; a text's first word is a name only when the next word is capitalised too, since
    'About', 'Dozens' or 'More' open sentences without naming anyone."""
    text = clean(text)
    out = []
    for match in NAME.finditer(text):
        span = match.group(0)
        if match.start() == 0 and " " not in span:
            continue
        if match.start() == 0 and text.split()[0].lower() in {"the", "a", "an"}:
            span = span.split(None, 1)[1]
        out.append(span)
    return out


def similar(a: str, b: str) -> float:
    va, vb = embedder().encode([a, b])
    return float(va @ vb)


def _unnamed(mine: tuple[str, ...], other: Side) -> list[str]:
    """The names of one side the other never mentions: every word of a name must begin a word there, give or
    take an ending ('Cuban' in 'Cuba'), as the subject check reads a mention."""
    return [n for n in mine if not all(any(w.startswith(part[:max(4, len(part) - 2)]) for w in other.words)
                                       for part in n.lower().split())]


def features(a: str, b: str, flags: tuple[str, ...] | None = None) -> np.ndarray:
    """One row of FEATURES for the pair, the same either way round; `flags` are the hard checks' verdict when
    already known (None: run them; (): the pair as if it passed them all)."""
    sa, sb = side(a), side(b)
    shared = len(sa.terms & sb.terms)
    covers = sorted((shared / max(len(sa.terms), 1), shared / max(len(sb.terms), 1)))
    softs = sorted(_soft(sa.token_ids, sb.token_ids))
    lengths = sorted((max(len(sa.terms), 1), max(len(sb.terms), 1)))
    only_a, only_b = _unnamed(sa.names, sb), _unnamed(sb.names, sa)
    swapped = bool(only_a and only_b)
    extra = bool(only_a or only_b) and not swapped
    units = {q.unit for q in sa.quantities} & {q.unit for q in sb.quantities}
    if flags is None:
        flags = check(a, b, similar)
    agree = bool(units) and "number" not in flags
    # The shape of the edit, over every word: one text inside the other (a trim, an added detail), the same
    # words in another order (who did what to whom), a near-copy with a word or three swapped each side
    # (another figure, day, verb, 'at least' for 'at most'), or a rewording with words of its own on both sides.
    own = sorted((len(sa.words - sb.words), len(sb.words - sa.words)))
    shape = [own[0] == 0 < own[1], own[1] == 0, 1 <= own[0] and own[1] <= 3, min(own[0], 8) / 8]
    return np.asarray([float(sa.vector @ sb.vector), covers[0], covers[1], softs[0], softs[1],
                       lengths[0] / lengths[1], swapped, extra, agree] + shape + [f in flags for f in FLAGS],
                      dtype=np.float64)


def _soft(ids_a: np.ndarray, ids_b: np.ndarray) -> tuple[float, float]:
    if not len(ids_a) or not len(ids_b):
        return 0.0, 0.0
    unit = embedder().unit_tokens()
    sim = unit[ids_a] @ unit[ids_b].T
    return float(sim.max(1).mean()), float(sim.max(0).mean())


@dataclass(frozen=True)
class Decision:
    relation: str      # same | contradicts
    status: str        # made | suggested
    score: float
    checks: tuple[str, ...]


def decide(a: str, b: str, model: PairModel | None = None) -> Decision | None:
    """The story's verdict on two claims. The model's probability decides a same-claim link (made at `high`,
    suggested at `low`), with the readings of the hard checks a story needs: a pair failing on negation is never
    the same claim, and if it fails on nothing else and would otherwise be linked it says the opposite (it rebuts
    the claim; made at `high`, suggested at `low`); one failing only on numbers that would otherwise be linked
    may be the same claim with a revised figure, which a person decides (suggested)."""
    model = model or shipped_model()
    passed = float(model.probability(features(a, b, ()))[0])   # as if the checks all passed
    if passed < model.low:
        return None  # the checks only lower the score (`fit` keeps their weights at or below zero), and cost most
    flags = check(a, b, similar)
    if "negation" in flags:  # never the same claim: the one check that is rarely wrong on news pairs
        if flags != ("negation",):
            return None
        return Decision("contradicts", "made" if passed >= model.high else "suggested", passed, flags)
    if flags == ("number",):
        return Decision("same", "suggested", passed, flags)
    score = float(model.probability(features(a, b, flags))[0])
    if score >= model.high:
        return Decision("same", "made", score, flags)
    if score >= model.low:
        return Decision("same", "suggested", score, flags)
    return None
