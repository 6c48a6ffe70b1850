"""The story linker's same-claim decision on news claim pairs (eval/pairs): fit it, and measure it.

    python -m sourcetrace.lab.story_pairs fit eval/pairs    # fit on even stories, write corpus/story/data/pairs.json
    python -m sourcetrace.lab.story_pairs eval eval/pairs   # precision/recall on odd stories, overall and by kind
    python -m sourcetrace.lab.story_pairs eval eval/pairs --fused   # the same for the fused score's verdicts

The model is a logistic regression (numpy, L2, Newton steps) over `corpus.story.pairs.FEATURES`, fitted on every
pair of claims within the even stories (the labelled pairs, and the rest labelled by what the labels imply) and
on each claim with its last phrase trimmed. Its cut-offs are chosen on out-of-fold probabilities of the set's own
pairs (folds by story, so a story's near-copies never score their siblings), read as `pairs.decide` reads the
hard checks: `high` is the lowest at which at least `--least` pairs are at least `--precision` same-claim (1.0,
never, when there is none), `low` the highest that keeps recall at least `--recall`. `fit` never reads the odd
stories; `eval` reports on them: every outcome is the link pass's own, the same-words rule included.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from sourcetrace.corpus.match.checks import check
from sourcetrace.corpus.story.matching import same_opening, word_key
from sourcetrace.corpus.story.pairs import (FEATURES, FLAGS, LIKENESS, MODEL_FILE, PairModel, decide, features,
                                            load_pair_model, similar)

FOLDS = 5


@dataclass(frozen=True)
class Pair:
    a: str
    b: str
    same: int
    kind: str
    story: str


def read_claims(folder: Path, as_written: bool = False) -> dict[str, tuple[str, str]]:
    """claim id -> (story id, text). The set's claims are sentences as a report prints them, with their
    attribution ('..., the ministry said'); the store keeps what the engine makes of them, the claim alone, so
    each sentence goes through the engine and its first claim is what the pair model sees (the sentence when
    the engine finds none). `as_written` keeps the sentences."""
    with (folder / "claims.tsv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    texts = [r["text"] for r in rows]
    if not as_written:
        from sourcetrace.engine.engine import Engine
        texts = [a.claims[0].text if a.claims else t for t, a in zip(texts, Engine(profile="fast").pipe(texts))]
    return {r["claim_id"]: (r["story_id"], text) for r, text in zip(rows, texts)}


def load_pairs(folder: Path, claims: dict[str, tuple[str, str]]) -> list[Pair]:
    """The labelled pairs with their claims' texts; the story id is the claims' (both are of one story)."""
    with (folder / "pairs.tsv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [Pair(claims[r["claim_a"]][1], claims[r["claim_b"]][1], int(r["same"]), r["kind"],
                 claims[r["claim_a"]][0]) for r in rows]


def every_pair(claims: dict[str, tuple[str, str]], labelled: list[Pair]) -> list[Pair]:
    """The labelled pairs and every other pair of claims within their stories, labelled by what the labels
    imply: same-claim links make groups (one claim, said several ways), so two claims of one group are the same
    claim (`same/inferred`) and two claims in different groups are not (`not/inferred`; a story's near-misses
    are labelled against one claim of a group, and its other facts are other groups). Over every pair the mix
    is the link pass's own: a claim meets mostly the other facts of its story, some rewordings, few near-copies."""
    stories = {p.story for p in labelled}
    texts: dict[str, list[str]] = defaultdict(list)
    for story, text in claims.values():
        if story in stories:
            texts[story].append(text)
    group = {t: t for ts in texts.values() for t in ts}

    def root(t: str) -> str:
        while group[t] != t:
            group[t] = group[group[t]]
            t = group[t]
        return t
    for p in labelled:
        if p.same:
            group[root(p.a)] = root(p.b)
    known = {frozenset((p.a, p.b)) for p in labelled}
    out = list(labelled)
    for story, ts in sorted(texts.items()):
        for i, a in enumerate(ts):
            for b in ts[i + 1:]:
                if frozenset((a, b)) not in known:
                    same = int(root(a) == root(b))
                    out.append(Pair(a, b, same, "inferred", story))
    return out


CUT = re.compile(r",\s|\s(?:to|in|on|at|for|after|before|over|with|from|by|as|when|while|because)\s")


def trims(pairs: list[Pair], shortest: int = 6) -> list[Pair]:
    """A claim and itself less its last phrase (from its last comma or preposition on, keeping at least
    `shortest` words): the same claim, as an outlet trimming the copy carries it. The set has no such pairs (its
    same-claim pairs are rewordings), and without them 'one text inside the other' would be learnt from its
    near-misses alone ('would appeal' / 'would not appeal'), though in the store it is mostly a trimmed copy."""
    out = []
    for text, story in sorted({(t, p.story) for p in pairs for t in (p.a, p.b)}):
        cuts = [m.start() for m in CUT.finditer(text) if len(text[:m.start()].split()) >= shortest]
        if cuts:
            out.append(Pair(text, text[:cuts[-1]].rstrip(" ,"), 1, "trim", story))
    return out


def half(pairs: list[Pair], which: str) -> list[Pair]:
    """'fit': stories with an even number; 'report': the odd ones."""
    parity = 0 if which == "fit" else 1
    return [p for p in pairs if int("".join(ch for ch in p.story if ch.isdigit())) % 2 == parity]


def logistic(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 50) -> tuple[np.ndarray, float]:
    """Weights and bias of an L2-regularised logistic regression on standardised x (Newton's method)."""
    design = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(design.shape[1])
    penalty = np.full(design.shape[1], l2)
    penalty[-1] = 0.0   # the bias is not shrunk
    for _ in range(steps):
        p = 1 / (1 + np.exp(-design @ w))
        grad = design.T @ (p - y) + penalty * w
        hess = (design * (p * (1 - p))[:, None]).T @ design + np.diag(penalty)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w[:-1], float(w[-1])


def fit_model(rows: np.ndarray, y: np.ndarray, l2: float) -> PairModel:
    """The model on these rows, with the signs the features must have: more likeness never lowers the odds
    (a near-copy's risk is told by the edit-shape and check features, not by likeness itself), and failing
    a hard check never raises them (`pairs.decide` relies on it). A weight fitted against its sign is held at
    zero and the rest refit."""
    mean = rows.mean(0)
    scale = rows.std(0)
    scale[scale == 0] = 1.0
    x = (rows - mean) / scale
    free = np.ones(len(FEATURES), dtype=bool)
    while True:
        w, b = logistic(x[:, free], y, l2)
        weights = np.zeros(len(FEATURES))
        weights[free] = w
        wrong = [i for i in (FEATURES.index(f) for f in FLAGS) if weights[i] > 0]
        wrong += [i for i in (FEATURES.index(f) for f in LIKENESS) if weights[i] < 0]
        if not wrong:
            return PairModel(weights, b, mean, scale, 1.0, 0.0)
        free[wrong] = False


def out_of_fold(rows: np.ndarray, y: np.ndarray, stories: list[str], l2: float) -> np.ndarray:
    names = sorted(set(stories))
    fold_of = {s: i % FOLDS for i, s in enumerate(names)}
    folds = np.asarray([fold_of[s] for s in stories])
    out = np.zeros(len(y))
    for k in range(FOLDS):
        test = folds == k
        out[test] = fit_model(rows[~test], y[~test], l2).probability(rows[test])
    return out


def choose_high(scores: np.ndarray, y: np.ndarray, precision: float, least: int = 20) -> float:
    """The lowest cut-off whose pairs at or above it, `least` of them at the least (a precision over two or three
    pairs says nothing), are at least `precision` same-claim; 1.0, which no pair reaches, when there is none."""
    order = np.argsort(-scores, kind="stable")
    ranked = scores[order]
    prec = np.cumsum(y[order]) / np.arange(1, len(y) + 1)
    for i in range(len(y) - 1, least - 2, -1):
        # a cut-off takes every pair with its score, so it is judged at the last of a run of ties
        if prec[i] >= precision and (i == len(y) - 1 or ranked[i + 1] < ranked[i]):
            return float(ranked[i])
    return 1.0


def choose_low(scores: np.ndarray, y: np.ndarray, recall: float) -> float:
    """The highest score that keeps at least `recall` of the same-claim pairs at or above it."""
    positives = np.sort(scores[y == 1])[::-1]
    if not len(positives):
        return 0.0
    return float(positives[max(int(np.ceil(recall * len(positives))) - 1, 0)])


def matrix(pairs: list[Pair]) -> tuple[np.ndarray, np.ndarray]:
    return (np.vstack([features(p.a, p.b) for p in pairs]), np.asarray([p.same for p in pairs], dtype=np.float64))


def by_words(pair: Pair) -> bool:
    """Whether the link pass decides this pair before the model: the same content words in the same order, or
    one claim the other cut short, the hard checks passed, make a link (`matching.same_words`)."""
    return (word_key(pair.a) == word_key(pair.b) or same_opening(pair.a, pair.b)) \
        and not check(pair.a, pair.b, similar)


def fit(claims: dict[str, tuple[str, str]], labelled: list[Pair], out: Path, precision: float, recall: float,
        l2: float, least: int = 20) -> dict:
    pairs = every_pair(claims, half(labelled, "fit"))
    pairs = [p for p in pairs + trims(pairs) if not by_words(p)]
    rows, y = matrix(pairs)
    held = out_of_fold(rows, y, [p.story for p in pairs], l2)
    real = np.asarray([p.kind != "trim" for p in pairs])   # the cut-offs answer to the set's own pairs
    # as `decide` reads the checks: a pair failing on negation is never linked, one failing only on numbers
    # is never linked without a person
    negation = rows[:, FEATURES.index("negation")] > 0
    number_only = (rows[:, FEATURES.index("number")] > 0) & ~negation & (rows[:, FEATURES.index("subject")] == 0)
    high = choose_high(np.where(negation | number_only, 0.0, held)[real], y[real], precision, least)
    low = min(choose_low(np.where(negation, 0.0, held)[real], y[real], recall), high)
    model = fit_model(rows, y, l2)
    data = {"_doc": "Same-claim decision for news claim pairs (corpus/story/pairs.py): logistic regression over "
                    "standardised features; a link is made at `high`, suggested at `low`. Written by "
                    "`python -m sourcetrace.lab.story_pairs fit eval/pairs`.",
            **PairModel(model.weights, model.bias, model.mean, model.scale, high, low).as_dict(),
            "chosen_on": f"eval/pairs even stories, every pair of claims in a story and each claim with its last phrase trimmed ({len(pairs)} pairs, {int(y.sum())} same; pairs of the same words are linked before the model and left out), out-of-fold by story "
                         f"({FOLDS} folds): high = precision >= {precision} over {least} pairs or more, low = recall >= {recall}; l2 = {l2}"}
    out.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    return data


def outcome(pair: Pair, model: PairModel) -> str:
    """What the link pass makes of the pair: 'words' (made by the same-words rule, before the model), 'made',
    'suggested' or 'none' (a contradiction is not a same link)."""
    if by_words(pair):
        return "words"
    decision = decide(pair.a, pair.b, model)
    if decision is None or decision.relation != "same":
        return "none"
    return decision.status


def fused_outcomes(pairs: list[Pair]) -> list[str]:
    """What the link pass made of each pair before the pair model: the shared matcher over the pairs' claims,
    each claim searched as the pass searches (candidates + 1 deep, checks on), its fused score's verdict read
    with the same checks (negation alone: a rebuttal, not a same link; numbers alone: suggested)."""
    from sourcetrace.corpus.story.config import config
    from sourcetrace.corpus.story.matching import window_matcher
    texts = sorted({t for p in pairs for t in (p.a, p.b)})
    matcher = window_matcher(list(enumerate(texts)))
    index = {t: str(i) for i, t in enumerate(texts)}
    found: dict[tuple[str, str], tuple[float, tuple[str, ...], str]] = {}
    for text in texts:
        for match in matcher.search(text, top=config()["candidates"] + 1):
            found[(index[text], match.claim_id)] = (match.score, match.flags, match.verdict)
    thresholds = matcher.thresholds
    out = []
    for pair in pairs:
        if by_words(pair):
            out.append("words")
            continue
        seen = [found[k] for k in ((index[pair.a], index[pair.b]), (index[pair.b], index[pair.a])) if k in found]
        verdicts = set()
        for score, flags, verdict in seen:
            undemoted = score / thresholds["demote"] ** len(flags)
            if flags == ("number",) and undemoted >= thresholds["high"]:
                verdicts.add("suggested")
            elif flags == ("negation",) and undemoted >= thresholds["high"]:
                continue
            elif verdict == "link":
                verdicts.add("made")
            elif verdict == "suggest":
                verdicts.add("suggested")
        out.append("made" if "made" in verdicts else "suggested" if verdicts else "none")
    return out


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


def evaluate(pairs: list[Pair], model: PairModel | None, fused: bool = False) -> dict:
    """Precision and recall of the links made (`high`: by the same-words rule or by the model) and of those made
    or suggested (`low`); the same for the model alone, over the pairs the rule leaves to it; and per kind the
    share of pairs made and made-or-suggested (for a same kind that is its recall; for a near-miss kind, how
    often it is wrongly linked). `fused`: the fused score's verdicts instead of the model's."""
    got = fused_outcomes(pairs) if fused else [outcome(p, model) for p in pairs]
    report = {"pairs": len(pairs), "same": sum(p.same for p in pairs),
              "same_words_rule": sum(g == "words" for g in got)}
    left = [(p, g) for p, g in zip(pairs, got) if g != "words"]
    for name, counted, among in (("high", {"words", "made"}, list(zip(pairs, got))),
                                 ("low", {"words", "made", "suggested"}, list(zip(pairs, got))),
                                 ("model_high", {"made"}, left), ("model_low", {"made", "suggested"}, left)):
        tp = sum(1 for p, g in among if g in counted and p.same)
        predicted = sum(1 for _p, g in among if g in counted)
        report[name] = {"precision": _share(tp, predicted), "recall": _share(tp, sum(p.same for p, _g in among)),
                        "linked": predicted}
    kinds: dict[tuple[int, str], Counter] = defaultdict(Counter)
    for p, g in zip(pairs, got):
        kinds[(p.same, p.kind)][g] += 1
    report["kinds"] = {f"{'same' if same else 'not'}/{kind}": {
        "n": sum(c.values()), "made": _share(c["words"] + c["made"], sum(c.values())),
        "made_or_suggested": _share(c["words"] + c["made"] + c["suggested"], sum(c.values())),
        "by_same_words": c["words"]}
        for (same, kind), c in sorted(kinds.items(), key=lambda kv: (-kv[0][0], kv[0][1]))}
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sourcetrace.lab.story_pairs", description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("fit", "eval"))
    parser.add_argument("folder", type=Path, help="a pairs set: claims.tsv and pairs.tsv (eval/pairs)")
    parser.add_argument("--model", type=Path, default=MODEL_FILE)
    parser.add_argument("--precision", type=float, default=0.95, help="fit: precision the high cut-off keeps")
    parser.add_argument("--recall", type=float, default=0.75, help="fit: recall the low cut-off keeps")
    parser.add_argument("--least", type=int, default=20, help="fit: fewest pairs the high cut-off is judged on")
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--as-written", action="store_true", help="pair the sentences, not the engine's claims")
    parser.add_argument("--fused", action="store_true",
                        help="eval: the shared matcher's fused-score verdicts (before the pair model), to compare")
    parser.add_argument("--half", choices=("fit", "report"), default="report", help="eval: which stories")
    args = parser.parse_args(argv)
    try:
        claims = read_claims(args.folder, args.as_written)
        labelled = load_pairs(args.folder, claims)
        if args.command == "fit":
            data = fit(claims, labelled, args.model, args.precision, args.recall, args.l2, args.least)
            print(json.dumps({k: data[k] for k in ("high", "low", "chosen_on")}, indent=1))
            print(" ".join(f"{f}={w:+.2f}" for f, w in zip(FEATURES, data["weights"])))
        else:
            labelled = half(labelled, args.half)
            model = load_pair_model(args.model)
            report = {"labelled": evaluate(labelled, model, args.fused),
                      "every_pair": evaluate(every_pair(claims, labelled), model, args.fused)}
            print(json.dumps(report, indent=1))
    except (OSError, KeyError, ValueError) as error:
        print(f"story_pairs: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
