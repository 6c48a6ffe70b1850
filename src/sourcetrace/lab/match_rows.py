"""Candidate rows for re-ranker experiments: every train and dev query's candidates to a given depth, with the
shipped features, candidate extras under trial, labels and each candidate's first-stage rank, saved to one .npz.

    python -m sourcetrace.lab.match_rows ../shared/data/claim-matching 2020 /tmp/rows-2020.npz --depth 100

Run once per edition (they are independent, so two processes on two cores); `lab/match_variants.py` then fits and
scores variants on the saved rows in seconds. A smaller candidate depth is a subset of these rows (a candidate is
in the depth-d pool when its best first-stage rank is under d), so one run serves every depth up to its own.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np

from sourcetrace.corpus.match.matcher import head, load_matcher
from sourcetrace.corpus.match.text import body, tokens
from sourcetrace.lab.checkthat import load_edition

# Features under trial, computed here beside the shipped ones. Issue 17's BODY features (features.py) were trialled
# as these six extras, then moved into the matcher; a new trial puts its columns here and in `extras`.
EXTRA = ("soft_body_query", "soft_body_claim", "maxsim_body_query", "maxsim_body_claim", "body_head_cos",
         "body_head_bm25_rel")


def first_ranks(scores: list[np.ndarray], candidates: np.ndarray) -> np.ndarray:
    """Each candidate's best 0-based rank over the first-stage rankings (strictly higher scores ahead of it)."""
    out = np.full(len(candidates), np.iinfo(np.int32).max)
    for s in scores:
        ordered = np.sort(s)
        out = np.minimum(out, len(s) - np.searchsorted(ordered, s[candidates], side="right"))
    return out


def maxsim(unit: np.ndarray, a: np.ndarray, b: np.ndarray) -> tuple[float, float]:
    """Plain (unweighted) mean over each side's tokens of its best cosine to the other side's tokens."""
    if not len(a) or not len(b):
        return 0.0, 0.0
    sim = unit[a] @ unit[b].T
    return float(sim.max(1).mean()), float(sim.max(0).mean())


def extras(matcher, text: str, candidates: np.ndarray) -> np.ndarray:
    emb = matcher.embedder
    text_body = body(text)
    ids = np.unique(emb.token_ids([text_body])[0])
    unit = emb.unit_tokens()
    q_body = emb.encode([text_body])[0]
    head_bm25 = matcher.head_bm25.scores(tokens(text_body))
    top_head = float(head_bm25.max()) or 1.0
    rows = []
    for c in candidates:
        soft = emb.soft_overlap(ids, matcher.token_ids[c])
        plain = maxsim(unit, ids, matcher.token_ids[c])
        rows.append((*soft, *plain, float(matcher.head_vectors[c] @ q_body), head_bm25[c] / top_head))
    return np.asarray(rows, dtype=np.float32).reshape(len(candidates), len(EXTRA))


def rows(matcher, queries: dict[str, str], qrels: dict[str, set[str]], depth: int):
    matcher.reranker = {**matcher.reranker, "candidates": depth}
    xs, es, ys, gs, rs, cs = [], [], [], [], [], []
    for qid, text in queries.items():
        if qid not in qrels:
            continue
        sig = matcher.signals(text)
        candidates, feats = matcher.candidates(sig)
        xs.append(feats)
        es.append(extras(matcher, text, candidates))
        ys.append(np.array([matcher.ids[c] in qrels[qid] for c in candidates], dtype=np.int8))
        gs.append(np.full(len(candidates), len(gs), dtype=np.int32))
        rs.append(first_ranks([sig["bm25"], sig["cosine"], sig["body_bm25"]], candidates))
        cs.append(candidates)
    c = np.concatenate(cs)
    return [np.concatenate(a) for a in (xs, es, ys, gs, rs)] + [c, matcher.original[c]]


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("edition", choices=("2020", "2022"))
    parser.add_argument("out", type=Path)
    parser.add_argument("--depth", type=int, default=100)
    args = parser.parse_args(argv)
    splits = ("train", "dev")
    edition = load_edition(args.root / args.edition, splits)
    t0 = time.perf_counter()
    matcher = load_matcher(list(edition.claims.items()))
    print(f"index {time.perf_counter() - t0:.1f} s", flush=True)
    saved = {}
    for split in splits:
        queries = edition.queries[split]
        if args.edition == "2022" and split == "train":   # 2022's train repeats 2020's train and dev tweets
            dev20 = set(load_edition(args.root / "2020", ("dev",)).queries["dev"].values())
            queries = {q: t for q, t in queries.items() if t not in dev20}
        t0 = time.perf_counter()
        for name, a in zip(("x", "e", "y", "g", "r", "c", "o"), rows(matcher, queries, edition.qrels[split], args.depth)):
            saved[f"{split}_{name}"] = a
        print(f"{split}: {len(queries)} queries, {time.perf_counter() - t0:.1f} s", flush=True)
    np.savez(args.out, **saved)


if __name__ == "__main__":
    main()
