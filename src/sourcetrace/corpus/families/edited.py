"""An edited copy: most of the smaller text's sentences found in the larger with a few words changed.

Word shingles break at every edit (a cut word loses four of them), so a copy desk's rewrite can keep well under
the copy share of its shingles while every sentence is still plainly the original's. Matching sentence to
sentence on their words tolerates the edits; another report on the same event or a passage quoted from the
original matches only the sentences it shares, which is a small part of either.
"""
from __future__ import annotations

from collections import Counter

from sourcetrace.corpus.families.sketch import SENTENCE, words


def sentence_words(text: str, min_words: int) -> list[list[str]]:
    return [ws for ws in map(words, SENTENCE.split(text)) if len(ws) >= min_words]


def matched_share(smaller: list[list[str]], larger: list[list[str]], min_overlap: float) -> float:
    """Share of the smaller text's words that lie in a sentence whose best match in the larger text has at
    least `min_overlap` of their words in common (Jaccard); the best match is the one sharing most word pairs."""
    by_pair: dict[tuple[str, str], list[int]] = {}
    for k, ws in enumerate(larger):
        for pair in set(zip(ws, ws[1:])):
            by_pair.setdefault(pair, []).append(k)
    larger_sets = [set(ws) for ws in larger]
    matched = total = 0
    for ws in smaller:
        total += len(ws)
        hits = Counter(k for pair in set(zip(ws, ws[1:])) for k in by_pair.get(pair, ()))
        if not hits:
            continue
        best = larger_sets[hits.most_common(1)[0][0]]
        mine = set(ws)
        if len(mine & best) / len(mine | best) >= min_overlap:
            matched += len(ws)
    return matched / total if total else 0.0
