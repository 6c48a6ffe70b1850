"""Score predicted attributions against gold ones, one document at a time.

Everything here takes plain offsets: the article text plus lists of
`GoldAttribution` (predictions use the same shape, see `convert.py`).

Role scores (source, cue, content), each role scored on its own:
  every attribution that has the role contributes one span to that role's
  list, on both sides (a source shared by two attributions counts twice on
  both sides), and predicted spans are matched one-to-one to gold spans.
  - exact: spans match when their normalised fragments are equal
    (`spans.normalise`: edges trimmed of whitespace, punctuation and quote
    marks, adjacent fragments merged). P = matched / predicted,
    R = matched / gold.
  - overlap (soft, in the style of PARC/Citron evaluations): spans are
    paired one-to-one by greedy best Jaccard overlap of their word tokens;
    a pair earns |shared| / |predicted tokens| of precision credit and
    |shared| / |gold tokens| of recall credit. P = precision credit /
    predicted, R = recall credit / gold; unpaired spans earn nothing.

Attribution scores: a predicted attribution matches a gold one when all
three roles match: exact → equal normalised fragments; overlap → the two
spans share at least one token. A role absent on both sides matches; absent
on one side only does not. Matching is one-to-one; each match counts 1.

A role whose fragments normalise to nothing (only whitespace) is absent.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from .brat import GoldAttribution
from .cofenet import Sentences, within_one_sentence
from .counts import Counts, Tally
from .match import exact_matches, greedy_pairs, jaccard
from .spans import Fragments, normalise, tokens
from .speaker import direct_speaker

ROLES = ("source", "cue", "content")


@dataclass(frozen=True)
class Prepared:
    """One attribution's roles, normalised and tokenised once."""

    fragments: dict[str, Fragments]
    words: dict[str, frozenset[int]]

    @classmethod
    def of(cls, text: str, attribution: GoldAttribution) -> "Prepared":
        fragments = {role: normalise(text, getattr(attribution, role)) for role in ROLES}
        return cls(fragments, {role: tokens(text, frag) for role, frag in fragments.items()})


def _overlap_counts(predicted: Sequence[frozenset[int]], gold: Sequence[frozenset[int]]) -> Counts:
    counts = Counts(predicted=len(predicted), gold=len(gold))
    for i, j in greedy_pairs(predicted, gold, jaccard):
        shared = len(predicted[i] & gold[j])
        counts.precision_credit += shared / len(predicted[i])
        counts.recall_credit += shared / len(gold[j])
    return counts


def role_exact(predicted: Sequence[Prepared], gold: Sequence[Prepared], role: str) -> Counts:
    pred_spans = [p.fragments[role] for p in predicted if p.fragments[role]]
    gold_spans = [g.fragments[role] for g in gold if g.fragments[role]]
    hits = exact_matches(pred_spans, gold_spans)
    return Counts(len(pred_spans), len(gold_spans), hits, hits)


def role_overlap(predicted: Sequence[Prepared], gold: Sequence[Prepared], role: str) -> Counts:
    pred_words = [p.words[role] for p in predicted if p.fragments[role]]
    gold_words = [g.words[role] for g in gold if g.fragments[role]]
    return _overlap_counts(pred_words, gold_words)


def _exact_key(attribution: Prepared) -> tuple[Fragments, ...]:
    return tuple(attribution.fragments[role] for role in ROLES)


def _overlap_weight(p: Prepared, g: Prepared) -> float:
    """0 unless every role matches by overlap; otherwise 1 + the roles' Jaccard sum (for ranking)."""
    weight = 1.0
    for role in ROLES:
        pred_has, gold_has = bool(p.fragments[role]), bool(g.fragments[role])
        if pred_has != gold_has:
            return 0.0
        if pred_has:
            overlap = jaccard(p.words[role], g.words[role])
            if overlap == 0:
                return 0.0
            weight += overlap
    return weight


def attribution_exact(predicted: Sequence[Prepared], gold: Sequence[Prepared]) -> Counts:
    hits = exact_matches([_exact_key(p) for p in predicted], [_exact_key(g) for g in gold])
    return Counts(len(predicted), len(gold), hits, hits)


def attribution_overlap(predicted: Sequence[Prepared], gold: Sequence[Prepared]) -> Counts:
    hits = len(greedy_pairs(predicted, gold, _overlap_weight))
    return Counts(len(predicted), len(gold), hits, hits)


def _single_sentence(attributions: Sequence[Prepared], sentences: Sentences) -> list[Prepared]:
    return [a for a in attributions
            if within_one_sentence([f for role in ROLES for f in a.fragments[role]], sentences)]


def score_document(text: str, gold: Sequence[GoldAttribution], predicted: Sequence[GoldAttribution],
                   sentences: Sentences | None = None) -> Tally:
    """All counts for one document against one annotator's gold.

    Keys: "exact/<role>", "overlap/<role>", "attribution/exact",
    "attribution/overlap", "direct_speaker" and, when sentences are given,
    "cofenet/<role>" and "cofenet/attribution" (see `cofenet.py`).
    """
    pred = [Prepared.of(text, a) for a in predicted]
    gold_prepared = [Prepared.of(text, a) for a in gold]
    tally: Tally = {}
    for role in ROLES:
        tally[f"exact/{role}"] = role_exact(pred, gold_prepared, role)
        tally[f"overlap/{role}"] = role_overlap(pred, gold_prepared, role)
    tally["attribution/exact"] = attribution_exact(pred, gold_prepared)
    tally["attribution/overlap"] = attribution_overlap(pred, gold_prepared)
    tally["direct_speaker"] = direct_speaker(text, gold, predicted)
    if sentences is not None:
        pred_in, gold_in = _single_sentence(pred, sentences), _single_sentence(gold_prepared, sentences)
        for role in ROLES:
            tally[f"cofenet/{role}"] = role_exact(pred_in, gold_in, role)
        tally["cofenet/attribution"] = attribution_exact(pred_in, gold_in)
    return tally
