"""The shipped static sentence embedder (MiniLM distilled by model2vec): numpy only, loaded from the package.

A text's vector is the IDF-weighted mean of its token vectors, the IDF taken over the indexed collection:
a static model's plain mean is dominated by common tokens, which the collection's own statistics discount.
The collection's mean and its top principal directions, which every sentence vector shares, are then removed
("all-but-the-top", Mu & Viswanath 2018), so that cosine compares what texts say rather than that they are English.
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import numpy as np

from sourcetrace.corpus.match.text import clean

MODEL_DIR = Path(__file__).with_name("model")


@lru_cache(maxsize=2)
def load_model(path: str | None = None):
    """The StaticModel from a local folder; the hub is never asked (offline by construction)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from model2vec import StaticModel
    folder = Path(path) if path else MODEL_DIR
    if not (folder / "model.safetensors").is_file():
        raise FileNotFoundError(f"{folder}: no distilled model here (run `make distil`)")
    return StaticModel.from_pretrained(folder)


class Embedder:
    """Token vectors from the static model, weighted by IDF over a collection (uniform until `fit`)."""

    def __init__(self, model=None):
        self.model = model or load_model()
        table = self.model.embedding
        self.table = np.asarray(table, dtype=np.float32)
        scale = getattr(self.model, "weights", None)   # per-token weights, when the model was saved with them
        if scale is not None:
            self.table = self.table * np.asarray(scale, dtype=np.float32)[:, None]
        self.idf = np.ones(len(self.table), dtype=np.float32)
        self.mean = np.zeros(self.table.shape[1], dtype=np.float32)
        self.common = np.zeros((0, self.table.shape[1]), dtype=np.float32)

    def unit_tokens(self) -> np.ndarray:
        """Token vectors less their mean, at unit length: for word-to-word similarity (built once, on demand)."""
        if getattr(self, "_unit", None) is None:
            centred = self.table - self.table.mean(0)
            self._unit = centred / np.maximum(np.linalg.norm(centred, axis=1, keepdims=True), 1e-9)
        return self._unit

    def soft_overlap(self, query_ids: np.ndarray, claim_ids: np.ndarray) -> tuple[float, float]:
        """How well each side's tokens find a similar token on the other side, IDF-weighted (0..1 each way):
        a paraphrase scores where BM25 sees no shared word ('Moscow' for 'Russian')."""
        if not len(query_ids) or not len(claim_ids):
            return 0.0, 0.0
        unit = self.unit_tokens()
        sim = unit[query_ids] @ unit[claim_ids].T
        wq, wc = self.idf[query_ids], self.idf[claim_ids]
        return float(wq @ sim.max(1) / wq.sum()), float(wc @ sim.max(0) / wc.sum())

    def overlaps(self, query_ids: np.ndarray, claim_ids: np.ndarray) -> tuple[float, float, float, float]:
        """`soft_overlap` both ways, then the same best cosines as a plain mean over each side's tokens
        (max-sim: a rare word and a common one count alike)."""
        if not len(query_ids) or not len(claim_ids):
            return 0.0, 0.0, 0.0, 0.0
        unit = self.unit_tokens()
        sim = unit[query_ids] @ unit[claim_ids].T
        best_q, best_c = sim.max(1), sim.max(0)
        wq, wc = self.idf[query_ids], self.idf[claim_ids]
        return (float(wq @ best_q / wq.sum()), float(wc @ best_c / wc.sum()), float(best_q.mean()),
                float(best_c.mean()))

    def token_ids(self, texts: list[str]) -> list[np.ndarray]:
        encoded = self.model.tokenizer.encode_batch_fast([clean(t) for t in texts], add_special_tokens=False)
        return [np.asarray(e.ids, dtype=np.int64) for e in encoded]

    def fit(self, texts: list[str], common: int = 5, sample: int = 4000, least: int = 200) -> "Embedder":
        """IDF of each token over these texts (smoothed), then their mean and `common` top directions
        (from an evenly spaced sample, so the cost stays flat); a collection under `least` texts is too small
        to tell what all texts share from what these few happen to say, and keeps the plain vectors."""
        df = np.zeros(len(self.table), dtype=np.float64)
        for ids in self.token_ids(texts):
            df[np.unique(ids)] += 1
        self.idf = np.log((1 + len(texts)) / (1 + df)).astype(np.float32) + 1.0
        if len(texts) >= max(least, common + 1):
            pooled = self._pool(texts[::max(1, len(texts) // sample)])
            self.mean = pooled.mean(0)
            _, _, directions = np.linalg.svd(pooled - self.mean, full_matrices=False)
            self.common = directions[:common].astype(np.float32)
        return self

    def _pool(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.table.shape[1]), dtype=np.float32)
        for i, ids in enumerate(self.token_ids(texts)):
            if len(ids):
                w = self.idf[ids]
                out[i] = w @ self.table[ids] / w.sum()
        return out

    def encode(self, texts: list[str]) -> np.ndarray:
        """Unit-length float32 vectors (zero for a text with no known token)."""
        pooled = self._pool(texts)
        empty = ~pooled.any(axis=1)
        out = pooled - self.mean
        out -= (out @ self.common.T) @ self.common
        out[empty] = 0.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.maximum(norms, 1e-9)
