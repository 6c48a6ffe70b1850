"""CheckThat! verified-claim retrieval: load an edition, score a run (MAP@5 as the lab's scorer), compare matchers.

    python -m sourcetrace.lab.checkthat compare ../shared/data/claim-matching   # MAP@5 of bm25, embedding, fused
    python -m sourcetrace.lab.checkthat fit ../shared/data/claim-matching       # re-ranker weights from train
    python -m sourcetrace.lab.checkthat thresholds ../shared/data/claim-matching  # link/suggest cut-offs on dev

A threshold decides twice per dev query: on the best right claim's score (the fact-check is in the collection)
and on the best wrong claim's score (it is not); precision is over both kinds of decision.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

csv.field_size_limit(sys.maxsize)


@dataclass
class Edition:
    name: str
    claims: dict[str, str]
    queries: dict[str, dict[str, str]]          # split -> qid -> text
    qrels: dict[str, dict[str, set[str]]]       # split -> qid -> relevant claim ids


def read_tsv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [row for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE) if row]


def load_edition(folder: Path, splits=("train", "dev")) -> Edition:
    claims = {row[0]: row[1] for row in read_tsv(folder / "claims.tsv")}
    queries, qrels = {}, {}
    for split in splits:
        queries[split] = {row[0]: row[1] for row in read_tsv(folder / f"{split}.queries.tsv")}
        rel: dict[str, set[str]] = {}
        for row in read_tsv(folder / f"{split}.qrels.tsv"):
            qid, _, cid, grade = (row + ["", "", "", ""])[:4] if len(row) >= 4 else row[0].split()
            if int(grade) > 0:
                rel.setdefault(qid, set()).add(cid)
        qrels[split] = rel
    return Edition(folder.name, claims, queries, qrels)


def _tie_key(claim_id: str):
    # trectools breaks score ties by the claim id, larger first; ids compare as numbers when they are numbers.
    return (0, int(claim_id), "") if claim_id.isdigit() else (1, 0, claim_id)


def ranked(run: dict[str, dict[str, float]], qid: str) -> list[str]:
    scores = run.get(qid, {})
    return sorted(scores, key=lambda c: (scores[c], _tie_key(c)), reverse=True)


def average_precision(ranking: list[str], relevant: set[str], depth: int = 5) -> float:
    hits, total = 0, 0.0
    for i, claim_id in enumerate(ranking[:depth], start=1):
        if claim_id in relevant:
            hits += 1
            total += hits / i
    return total / len(relevant) if relevant else 0.0


def evaluate(run: dict[str, dict[str, float]], qrels: dict[str, set[str]]) -> dict[str, float]:
    """MAP@5 (the lab's measure), MAP@1, recall@5 and recall@20, averaged over the queries in the qrels."""
    out = {"map@5": 0.0, "map@1": 0.0, "recall@5": 0.0, "recall@20": 0.0}
    for qid, relevant in qrels.items():
        ranking = ranked(run, qid)
        out["map@5"] += average_precision(ranking, relevant, 5)
        out["map@1"] += average_precision(ranking, relevant, 1)
        out["recall@5"] += len(relevant & set(ranking[:5])) / len(relevant)
        out["recall@20"] += len(relevant & set(ranking[:20])) / len(relevant)
    return {k: round(v / max(len(qrels), 1), 4) for k, v in out.items()}


def run_matcher(search, queries: dict[str, str], top: int = 20) -> dict[str, dict[str, float]]:
    return {qid: {m.claim_id: m.score for m in search(text, top)} for qid, text in queries.items()}


def compare(root: Path, split: str = "dev", model_dir: str | None = None) -> dict:
    from sourcetrace.corpus.match.matcher import load_matcher
    results = {}
    for edition_dir in sorted(p for p in root.iterdir() if p.is_dir()):
        edition = load_edition(edition_dir, splits=(split,))
        t0 = time.perf_counter()
        matcher = load_matcher(list(edition.claims.items()), model_dir)
        index_s = time.perf_counter() - t0
        texts = list(edition.claims.values())
        t0 = time.perf_counter()
        matcher.embedder.encode(texts)
        embed_s = time.perf_counter() - t0
        row = {"claims": len(edition.claims), "claims_embedded_per_s": round(len(texts) / embed_s),
               "claims_indexed_per_s": round(len(texts) / index_s)}
        for mode in ("bm25", "embedding", "fused"):
            run = run_matcher(lambda q, k: matcher.search(q, k, mode=mode), edition.queries[split])
            row[mode] = evaluate(run, edition.qrels[split])
        results[edition.name] = row
    return results


# --- training the re-ranker and choosing the thresholds -----------------------------------------------------------
def training_rows(matcher, queries: dict[str, str], qrels: dict[str, set[str]], first_group: int = 0):
    """Features, 0/1 labels and query numbers (from first_group) of every candidate of every query (queries
    whose gold is not a candidate add only negatives), and which rows the ranking is fitted on: a record listed
    twice is one record to the re-ranker (its first listing's row, labelled right if either listing is), as the
    matcher ranks a repeat right behind its first listing whatever its features say."""
    xs, ys, gs, fs = [], [], [], []
    for qid, text in queries.items():
        if qid not in qrels:
            continue
        candidates, feats = matcher.candidates(matcher.signals(text))
        labels = np.array([matcher.ids[c] in qrels[qid] for c in candidates], dtype=np.float32)
        origins = matcher.original[candidates]
        first = np.ones(len(candidates), dtype=bool)
        for origin in np.unique(origins[origins != candidates]):
            at = np.flatnonzero(origins == origin)
            at = at[np.argsort(candidates[at])]
            first[at[1:]] = False
            labels[at[0]] = labels[at].max()
        xs.append(feats)
        ys.append(labels)
        gs.append(np.full(len(candidates), first_group + len(gs)))
        fs.append(first)
    return np.concatenate(xs), np.concatenate(ys), np.concatenate(gs), np.concatenate(fs)


def fit_rows(root: Path, model_dir: str | None = None, cache: Path | None = None):
    """The training candidates' features, labels and query numbers, read from `cache` when it holds them
    (features of the current NAMES), else computed and saved there: the refits then take seconds."""
    from sourcetrace.corpus.match.features import ALL
    from sourcetrace.corpus.match.matcher import load_matcher
    if cache is not None and cache.is_file():
        saved = np.load(cache)
        if saved["x"].shape[1] == len(ALL) and "first" in saved:
            return saved["x"], saved["y"], saved["g"], saved["first"]
    e20 = load_edition(root / "2020", ("train", "dev"))
    e22 = load_edition(root / "2022", ("train",))
    dev20 = set(e20.queries["dev"].values())
    xs, ys, gs, fs = [], [], [], []
    for edition, queries in ((e20, e20.queries["train"]),
                             (e22, {q: t for q, t in e22.queries["train"].items() if t not in dev20})):
        matcher = load_matcher(list(edition.claims.items()), model_dir)
        x, y, g, f = training_rows(matcher, queries, edition.qrels["train"], sum(len(set(g)) for g in gs))
        xs.append(x)
        ys.append(y)
        gs.append(g)
        fs.append(f)
    x, y, g, first = (np.concatenate(a) for a in (xs, ys, gs, fs))
    if cache is not None:
        np.savez(cache, x=x, y=y, g=g, first=first)
    return x, y, g, first


def fit(root: Path, out: Path, model_dir: str | None = None, cache: Path | None = None) -> dict:
    """Train on the 2020 train tweets (2020 claims) and the 2022 train tweets that are not 2020 dev tweets
    (2022 claims): 2022's train repeats 2020's train and dev, and 2020 dev must stay unseen."""
    from sourcetrace.corpus.match.features import ALL
    from sourcetrace.corpus.match.matcher import load_json
    from sourcetrace.lab.rerank import calibrate, choose_l2, fit_listwise, margins
    x, y, g, first = fit_rows(root, model_dir, cache)
    # the ranking is fitted with each repeated record once; the calibration on every row, as the matcher scores
    cv = choose_l2(x[first], y[first], g[first])
    l2 = max(cv, key=cv.get)
    ranking = fit_listwise(x[first], y[first], g[first], l2)
    raw = x @ ranking
    slope, margin_slope, bias = calibrate(raw, margins(raw, g), y)
    weights = ranking * slope
    config = {"candidates": load_json("reranker.json")["candidates"], "bias": round(bias, 5),
              "margin": round(margin_slope / slope, 6),
              "weights": {n: round(float(w), 6) for n, w in zip(ALL, weights)},
              "learner": f"listwise softmax over candidates with a repeated record once, L2 {l2} by 3-fold train CV "
                         f"(MRR {cv}), then logistic calibration",
              "trained_on": "CheckThat! 2020 train + 2022 train less 2020 dev tweets (lab/checkthat.py fit)"}
    out.write_text(json.dumps(config, indent=1) + "\n", encoding="utf-8")
    return config


def link_decisions(matcher, queries: dict[str, str], qrels: dict[str, set[str]]) -> tuple[list[float], list[float]]:
    """Per query, the best score of a right claim and the best score of a wrong one: the two decisions a
    threshold makes (with and without the fact-check in the collection)."""
    right, wrong = [], []
    for qid, text in queries.items():
        matches = matcher.search(text, top=20)
        right.append(max((m.score for m in matches if m.claim_id in qrels.get(qid, ())), default=0.0))
        wrong.append(max((m.score for m in matches if m.claim_id not in qrels.get(qid, ())), default=0.0))
    return right, wrong


def choose_thresholds(right: list[float], wrong: list[float], high_precision: float, low_precision: float) -> dict:
    """The lowest score at which links reach high_precision, and the lowest at which suggestions reach low_precision."""
    out = {}
    for name, target in (("high", high_precision), ("low", low_precision)):
        best = 1.0
        for t in sorted(set(right) | set(wrong), reverse=True):
            kept_right = sum(r >= t for r in right)
            kept_wrong = sum(w >= t for w in wrong)
            if kept_right and kept_right / (kept_right + kept_wrong) >= target:
                best = t   # keep going down: the lowest score at which the whole band above still meets it
        out[name] = round(best, 4)
        out[f"{name}_recall"] = round(sum(r >= best for r in right) / len(right), 4)
        kept = sum(r >= best for r in right) + sum(w >= best for w in wrong)
        out[f"{name}_precision"] = round(sum(r >= best for r in right) / max(kept, 1), 4)
    return out


def thresholds(root: Path, out: Path, model_dir: str | None = None) -> dict:
    """Choose high (links 95% right) and low (suggestions 75% right) on both editions' dev splits."""
    from sourcetrace.corpus.match.matcher import load_json, load_matcher
    right, wrong = [], []
    for name in ("2020", "2022"):
        edition = load_edition(root / name, ("dev",))
        r, w = link_decisions(load_matcher(list(edition.claims.items()), model_dir),
                              edition.queries["dev"], edition.qrels["dev"])
        right += r
        wrong += w
    chosen = choose_thresholds(right, wrong, 0.95, 0.75)
    config = {**load_json("thresholds.json"), "high": chosen["high"], "low": chosen["low"],
              "chosen_on": f"CheckThat! 2020+2022 dev: {chosen}"}
    out.write_text(json.dumps(config, indent=1) + "\n", encoding="utf-8")
    return config


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("compare", "fit", "thresholds"))
    parser.add_argument("root", type=Path, help="the claim-matching folder (2020/, 2022/)")
    parser.add_argument("--split", default="dev")
    parser.add_argument("--model", default=None, help="a distilled model folder other than the shipped one")
    parser.add_argument("--cache", type=Path, default=None,
                        help="fit: an .npz file keeping the training candidates' features between refits")
    args = parser.parse_args(argv)
    data = Path(__file__).resolve().parents[1] / "corpus" / "match" / "data"
    if args.action == "fit":
        result = fit(args.root, data / "reranker.json", args.model, args.cache)
    elif args.action == "thresholds":
        result = thresholds(args.root, data / "thresholds.json", args.model)
    else:
        result = compare(args.root, args.split, args.model)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
