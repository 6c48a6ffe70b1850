"""Re-ranker variants on saved candidate rows (`lab/match_rows.py`): each chosen by 3-fold CV on train, then
scored once on each edition's dev (MAP@5 of the re-ranked candidates, hard checks off).

    python -m sourcetrace.lab.match_variants ../shared/data/claim-matching /tmp/rows-2020.npz /tmp/rows-2022.npz
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from sourcetrace.corpus.match.features import ALL
from sourcetrace.lab.checkthat import load_edition
from sourcetrace.lab.match_rows import EXTRA
from sourcetrace.lab.rerank import _dense, choose_l2, fit_listwise

NAMES = ALL + EXTRA


def relevant_counts(root: Path, edition: str, split: str) -> np.ndarray:
    """Each query's number of relevant claims, in the order match_rows wrote the queries."""
    e = load_edition(root / edition, (split,))
    queries = e.queries[split]
    if edition == "2022" and split == "train":
        dev20 = set(load_edition(root / "2020", ("dev",)).queries["dev"].values())
        queries = {q: t for q, t in queries.items() if t not in dev20}
    return np.array([len(e.qrels[split][q]) for q in queries if q in e.qrels[split]])


def repeats_after_first(scores: np.ndarray, c: np.ndarray, o: np.ndarray) -> np.ndarray:
    """One query's scores as the matcher ranks repeated records: the group's best, in listing order a step apart."""
    out = scores.copy()
    for origin in np.unique(o):
        at = np.flatnonzero(o == origin)
        if len(at) > 1:
            at = at[np.argsort(c[at])]
            out[at] = scores[at].max() * (1 - 1e-4) ** np.arange(len(at))
    return out


def merge_repeats(x, y, g, c, o):
    """Training rows with each repeated record's listings as one (the first listing's row, the group's label)."""
    keep = np.ones(len(y), dtype=bool)
    y = y.copy()
    key = g.astype(np.int64) * (1 << 32) + o
    for k in np.unique(key[c != o]):
        at = np.flatnonzero(key == k)
        at = at[np.argsort(c[at])]
        y[at[0]] = y[at].max()
        keep[at[1:]] = False
    return x[keep], y[keep], _dense(g[keep])


def map_at_5(scores: np.ndarray, y: np.ndarray, g: np.ndarray, relevant: np.ndarray, c=None, o=None) -> float:
    total = 0.0
    for q in range(len(relevant)):
        at = g == q
        s = scores[at] if c is None else repeats_after_first(scores[at], c[at], o[at])
        order = np.argsort(-s, kind="stable")[:5]
        hits = y[at][order] > 0
        total += float((np.cumsum(hits) / np.arange(1, len(hits) + 1))[hits].sum()) / relevant[q]
    return total / len(relevant)


def recall_at(r: np.ndarray, y: np.ndarray, g: np.ndarray, relevant: np.ndarray, depth: int) -> float:
    found = np.bincount(g, weights=(y > 0) & (r < depth), minlength=len(relevant))
    return float(np.mean(found / relevant))


class Rows:
    def __init__(self, root: Path, paths: list[Path]):
        self.parts = {}
        for path, edition in zip(paths, ("2020", "2022")):
            saved = np.load(path)
            for split in ("train", "dev"):
                x = np.hstack([saved[f"{split}_x"], saved[f"{split}_e"]]).astype(np.float64)
                self.parts[edition, split] = (x, saved[f"{split}_y"].astype(np.float64), saved[f"{split}_g"],
                                              saved[f"{split}_r"], relevant_counts(root, edition, split),
                                              saved[f"{split}_c"], saved[f"{split}_o"])

    def view(self, edition: str, split: str, columns, depth: int, transform=None):
        x, y, g, r, rel, c, o = self.parts[edition, split]
        keep = r < depth
        x = x[keep][:, columns]
        if transform is not None:
            x = transform(x)
        return x, y[keep], g[keep], rel, c[keep], o[keep]

    def train(self, columns, depth: int, transform=None, merge=False):
        a = self.view("2020", "train", columns, depth, transform)
        b = self.view("2022", "train", columns, depth, transform)
        x, y, g = np.vstack([a[0], b[0]]), np.r_[a[1], b[1]], np.r_[a[2], b[2] + len(a[3])]
        if merge:
            return merge_repeats(x, y, g, np.r_[a[4], b[4]], np.r_[a[5], b[5]])
        return x, y, g


def run_variant(rows: Rows, columns, depth: int, transform=None, merge=False) -> dict:
    x, y, g = rows.train(columns, depth, transform, merge)
    cv = choose_l2(x, y, g)
    l2 = max(cv, key=cv.get)
    w = fit_listwise(x, y, g, l2)
    out = {"cv_mrr": round(cv[l2], 4), "l2": l2}
    for edition in ("2020", "2022"):
        xd, yd, gd, rel, cd, od = rows.view(edition, "dev", columns, depth, transform)
        out[edition] = round(map_at_5(xd @ w, yd, gd, rel), 4)
        out[f"{edition} repeats after first"] = round(map_at_5(xd @ w, yd, gd, rel, cd, od), 4)
    out["weights"] = w
    return out


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("rows", type=Path, nargs=2)
    parser.add_argument("--variants", default="all")
    args = parser.parse_args(argv)
    rows = Rows(args.root, list(args.rows))
    for edition in ("2020", "2022"):
        for split in ("train", "dev"):
            _, y, g, r, rel, _, _ = rows.parts[edition, split]
            print(edition, split, "first-stage recall", {d: round(recall_at(r, y, g, rel, d), 4)
                                                         for d in (5, 10, 20, 30, 50, 75, 100)})
    base = list(range(len(ALL)))
    extras = [len(ALL) + k for k in range(len(EXTRA))]
    variants = {f"shipped features, depth {d}": (base, d, False) for d in (30, 50, 75, 100)}
    variants.update({f"repeats merged in training, depth {d}": (base, d, True) for d in (30, 50, 100)})
    for k, name in enumerate(EXTRA):
        variants[f"+ {name}, merged"] = (base + [len(ALL) + k], 50, True)
    for d in (30, 50, 100):
        variants[f"+ all extras, merged, depth {d}"] = (base + extras, d, True)
        variants[f"+ soft body both ways, merged, depth {d}"] = (base + extras[:2], d, True)
    chosen = args.variants.split(";") if args.variants != "all" else list(variants)
    for name in chosen:
        columns, depth, merge = variants[name]
        result = run_variant(rows, columns, depth, merge=merge)
        result.pop("weights")
        print(f"{name}: {json.dumps(result)}", flush=True)


if __name__ == "__main__":
    main()
