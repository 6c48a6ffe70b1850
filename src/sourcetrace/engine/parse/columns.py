"""Token attributes as plain lists, read once per doc.

Stages that scan many tokens (the CRF's features, the claims stage) index these lists
instead of building a spaCy Token object on every visit, which was most of their time.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, IS_ALPHA, IS_STOP, LEMMA, LIKE_NUM, LOWER, POS, SHAPE, TAG
from spacy.tokens import Doc

from . import scratch, text_of

_STRINGS = (LOWER, LEMMA, SHAPE, POS, TAG, DEP, ENT_TYPE)
_NUMBERS = (IDX, IS_ALPHA, LIKE_NUM, IS_STOP)


@dataclass(frozen=True)
class Columns:
    lower: list[str]
    lemma: list[str]  # lower-cased
    shape: list[str]
    pos: list[str]
    tag: list[str]
    dep: list[str]
    ent_type: list[str]
    head: list[int]  # absolute index
    idx: list[int]  # character offset
    is_alpha: list[bool]
    like_num: list[bool]
    is_stop: list[bool]


def columns(doc: Doc) -> Columns:
    """The doc's columns, built on first use and kept in the doc's scratch memory."""
    memory = scratch(doc)
    if "columns" not in memory:
        memory["columns"] = _read(doc)
    return memory["columns"]


def _read(doc: Doc) -> Columns:
    strings = doc.to_array(_STRINGS).T.tolist() if len(doc) else [[] for _ in _STRINGS]
    numbers = doc.to_array(_NUMBERS).T.tolist() if len(doc) else [[] for _ in _NUMBERS]
    # HEAD comes back as an unsigned relative offset; int64 makes negative offsets negative again.
    relative = doc.to_array(HEAD).astype("int64").tolist() if len(doc) else []
    lookup = doc.vocab.strings
    spelled: dict[int, str] = {0: ""}

    def text(ids: list[int]) -> list[str]:
        # each distinct id looked up in the string store once, then every token by a dict index
        for i in set(ids).difference(spelled):
            spelled[i] = lookup[i]
        return [spelled[i] for i in ids]
    lower, lemma, shape, pos, tag, dep, ent_type = (text(ids) for ids in strings)
    return Columns(lower=lower, lemma=[x.lower() for x in lemma], shape=shape, pos=pos, tag=tag, dep=dep,
                   ent_type=ent_type, head=[i + h for i, h in enumerate(relative)], idx=numbers[0],
                   is_alpha=[bool(x) for x in numbers[1]], like_num=[bool(x) for x in numbers[2]],
                   is_stop=[bool(x) for x in numbers[3]])


def unwrapped_order(doc: Doc) -> list[int]:
    """The doc's tokens less the whitespace that stands for a wrap inside a line (see `unwrap.py`):
    a whitespace token with no line break where the original text has one. The sequence the
    CRF reads, so that a wrapped sentence reads as it did unwrapped."""
    memory = scratch(doc)
    if "unwrapped_order" not in memory:
        col, text = columns(doc), text_of(doc)
        memory["unwrapped_order"] = [
            i for i, low in enumerate(col.lower)
            if low.strip() or "\n" in low or "\n" not in text[col.idx[i]:col.idx[i] + len(low)]]
    return memory["unwrapped_order"]
