"""Okapi BM25 over an inverted index in numpy: postings hold each term's precomputed per-document weight."""
from __future__ import annotations

from collections import Counter

import numpy as np


class BM25:
    def __init__(self, docs: list[list[str]], k1: float = 1.2, b: float = 0.75):
        self.size = len(docs)
        lengths = np.array([len(d) for d in docs], dtype=np.float32)
        norm = k1 * (1 - b + b * lengths / max(float(lengths.mean()) if len(docs) else 1.0, 1e-9))
        rows: dict[str, tuple[list[int], list[float]]] = {}
        for i, doc in enumerate(docs):
            for term, tf in Counter(doc).items():
                ids, tfs = rows.setdefault(term, ([], []))
                ids.append(i)
                tfs.append(tf)
        self.postings: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        for term, (ids, tfs) in rows.items():
            ids_a = np.array(ids, dtype=np.int32)
            tf_a = np.array(tfs, dtype=np.float32)
            idf = np.log(1 + (self.size - len(ids) + 0.5) / (len(ids) + 0.5))
            self.postings[term] = (ids_a, (idf * tf_a * (k1 + 1) / (tf_a + norm[ids_a])).astype(np.float32))

    def idf(self, term: str) -> float:
        """The term's IDF in this collection (that of a term seen once where the collection lacks it)."""
        hit = self.postings.get(term)
        df = len(hit[0]) if hit is not None else 1
        return float(np.log(1 + (self.size - df + 0.5) / (df + 0.5)))

    def scores(self, query: list[str]) -> np.ndarray:
        """BM25 of every document for the query's distinct terms (cost: the terms' postings)."""
        out = np.zeros(self.size, dtype=np.float32)
        for term in set(query):
            hit = self.postings.get(term)
            if hit is not None:
                out[hit[0]] += hit[1]
        return out
