"""What a copy check compares: word shingles (and their MinHash) and hashes of whole sentences."""
from __future__ import annotations

import hashlib
import re

from rensa import RMinHash

WORD = re.compile(r"\w+")
SENTENCE = re.compile(r"(?<=[.!?\u201d\"])\s+|\n+")


def words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)]


def shingles(word_list: list[str], size: int) -> set[str]:
    if len(word_list) < size:
        return {" ".join(word_list)} if word_list else set()
    return {" ".join(word_list[i:i + size]) for i in range(len(word_list) - size + 1)}


def minhash(shingle_set: set[str], num_perm: int, seed: int) -> RMinHash:
    sketch = RMinHash(num_perm=num_perm, seed=seed)
    sketch.update(sorted(shingle_set))
    return sketch


def sentence_list(text: str) -> list[bytes]:
    """Stable hashes of the normalised sentences (and lines: a headline is its own unit), in order."""
    return [hashlib.blake2b(" ".join(ws).encode(), digest_size=8).digest()
            for ws in map(words, SENTENCE.split(text)) if ws]


def sentence_hashes(text: str, min_words: int) -> set[bytes]:
    """The sentences long enough to mean reuse when two articles share one."""
    return {hashlib.blake2b(" ".join(ws).encode(), digest_size=8).digest()
            for ws in map(words, SENTENCE.split(text)) if len(ws) >= min_words}
