"""Texts of any length into one parsed doc, at a cost linear in the length.

spaCy is given a copy of the text the same length as the original: lone surrogates (which
spaCy cannot hash) become U+FFFD, and a run of marks with no word or space in it (10,000 `"`,
a row of emoji) keeps its first `MAX_RUN` characters, the rest turned to spaces, since the
tokenizer strips such a run one mark at a time, each time copying the rest (quadratic). A
long copy is parsed in windows of whole paragraphs and the windows' docs joined into one, so
every offset is into the whole text; the original text is kept on the doc for `text_of`.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import deque
from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from sourcetrace.settings import Settings
from .breaks import wrap_breaks
from .unwrap import restored, without, wrap_spaces

WINDOW_CHARS: int = Settings.model_fields["window_chars"].default
MAX_RUN = 24  # marks in a row spaCy sees; "?!?!?!" and "-----" rows are far shorter
_LONG_RUN = re.compile(r"[^\w\s]{%d,}" % (MAX_RUN + 1))
_SURROGATE = re.compile("[\ud800-\udfff]")
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")  # CR LF CR LF too
TEXT_KEY = "sourcetrace_text"  # where `text_of` finds the original text


def parse_copy(text: str) -> str:
    """What spaCy parses in place of `text`: the same length, so offsets carry over. A wrap
    (`breaks.wraps`) is parsed as the space it stands for, so that a wrapped paragraph reads
    as the paragraph did before it was wrapped."""
    copy = _SURROGATE.sub("\ufffd", text)
    copy = _LONG_RUN.sub(lambda m: m.group()[:MAX_RUN] + " " * (len(m.group()) - MAX_RUN), copy)
    breaks = wrap_breaks(text)
    if breaks:
        chars = list(copy)
        for at in breaks:
            chars[at] = " "
            if at and chars[at - 1] == "\r":
                chars[at - 1] = " "
        copy = "".join(chars)
    return copy


def windows(text: str, size: int) -> list[tuple[int, int]]:
    """(start, end) pieces covering `text`, each at most `size` characters, cut after a blank
    line where one falls in the piece, else after a line break, else at a space; a piece with
    none of those (a paragraph-long run of letters) is cut at `size`."""
    out = []
    start = 0
    while len(text) - start > size:
        limit = start + size
        blank = None
        for blank in _BLANK_LINE.finditer(text, start, limit):
            pass
        cut = blank.end() if blank is not None else text.rfind("\n", start, limit) + 1
        if cut <= start:
            cut = max(text.rfind(" ", start, limit), text.rfind("\t", start, limit)) + 1
        if cut <= start:
            cut = limit
        out.append((start, cut))
        start = cut
    out.append((start, len(text)))
    return out


def _window_size(nlp: Language, window_chars: int | None) -> int:
    return max(1, min(window_chars or WINDOW_CHARS, nlp.max_length))


def _joined(docs: list[Doc], text: str, copy: str) -> Doc:
    doc = docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False)
    end = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if end != len(copy):
        raise RuntimeError(f"the joined windows cover {end} of {len(copy)} characters")
    doc.user_data[TEXT_KEY] = text
    return doc


def parse_windows(nlp: Language, texts: Iterable[str], batch_size: int = 8,
                  window_chars: int | None = None) -> Iterator[Doc]:
    """One doc per text, in order; the windows of all texts go through `nlp.pipe` in batches.
    A window with wraps is parsed without their whitespace tokens (see `unwrap.py`)."""
    size = _window_size(nlp, window_chars)
    pending: list[tuple[str, str, int]] = []  # (text, copy, windows) per text not yet joined
    unwrapped: deque[tuple[Doc, list[int]] | None] = deque()  # per window sent: tokens, left out

    def pieces() -> Iterator[str | Doc]:
        for text in texts:
            copy = parse_copy(text)
            cuts = windows(copy, size)
            breaks = sorted(wrap_breaks(text))
            pending.append((text, copy, len(cuts)))
            for start, end in cuts:
                piece = copy[start:end]
                inside = [b - start for b in breaks[bisect_left(breaks, start):bisect_left(breaks, end)]]
                tokens = nlp.make_doc(piece) if inside else None
                left_out = wrap_spaces(tokens, inside) if inside else []
                unwrapped.append((tokens, left_out) if left_out else None)
                if left_out:
                    yield without(tokens, left_out)
                else:  # tokenized already where it has wraps: spaCy takes the doc as it is
                    yield piece if tokens is None else tokens

    group: list[Doc] = []
    for doc in nlp.pipe(pieces(), batch_size=batch_size):
        wrapped = unwrapped.popleft()
        group.append(doc if wrapped is None else restored(wrapped[0], doc, wrapped[1]))
        text, copy, count = pending[0]
        if len(group) == count:
            pending.pop(0)
            yield _joined(group, text, copy)
            group = []
