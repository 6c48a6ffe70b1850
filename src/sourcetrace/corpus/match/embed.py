"""The shipped static sentence embedder (MiniLM distilled by model2vec): numpy only, loaded from the package."""
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


def embed(texts: list[str], model=None) -> np.ndarray:
    """Unit-length float32 vectors of the cleaned texts (a zero vector for a text with no known token)."""
    model = model or load_model()
    vectors = np.asarray(model.encode([clean(t) for t in texts], show_progress_bar=False), dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-9)
