""""According to X, …" and "…, according to X.": the rest of the sentence is the content."""
from __future__ import annotations

from spacy.tokens import Doc

from . import extractors
from .base import Found
from .syntax import token_offsets
from ..parse import text_of


@extractors.register("according_to")
def extract_according_to(doc: Doc) -> list[Found]:
    out = []
    for tok in doc[:-1]:
        if tok.lower_ != "according" or doc[tok.i + 1].lower_ != "to":
            continue
        to = doc[tok.i + 1]
        obj = next((g for g in to.children if g.dep_ == "pobj"), None) or next(
            (g for g in tok.children if g.dep_ == "pobj"), None)
        if obj is None:
            obj = doc[tok.i + 2] if tok.i + 2 < len(doc) else None
        if obj is None:
            continue
        src_end = max(obj.right_edge.i, obj.i)
        source = token_offsets(doc, tok.i + 2, src_end)
        sent = tok.sent
        parts = [p for p in (token_offsets(doc, sent.start, tok.i - 1, "."),
                             token_offsets(doc, src_end + 1, sent.end - 1, "."))
                 if p is not None and any(c.isalnum() for c in text_of(doc)[p[0]:p[1]])]
        if not parts or source is None:
            continue
        out.append(Found(content=parts, cue=(tok.idx, to.idx + len(to.text)), source=source,
                         type="according_to", stance="assert", extractor="according_to", source_head=obj.i))
    return out
