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


def body(text: str) -> str:
    """The text below its headline block (first paragraph, else first line) when that is headline-short;
    else all but the first sentence."""
    text = text.strip()
    for mark in ("\n\n", "\n"):
        head, _, rest = text.partition(mark)
        if rest and len(head) <= 300:
            return rest
    return " ".join(SENTENCE.split(text)[1:])


def content_key(text: str) -> bytes:
    """Equal for two texts with the same words in the same sentences and the same body below the headline:
    whatever the case, spacing or punctuation, everything a copy check or a relation reads of them is the same."""
    whole, below = b"".join(sentence_list(text)), b"".join(sentence_list(body(text)))
    return hashlib.blake2b(whole + b"/" + below, digest_size=16).digest()
