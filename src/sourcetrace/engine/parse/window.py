"""Texts of any length into one parsed doc, at a cost linear in the length.

spaCy is given a copy of the text the same length as the original: lone surrogates (which
spaCy cannot hash) become U+FFFD, and a run of marks with no word or space in it (10,000 `"`,
a row of emoji) keeps its first `MAX_RUN` characters, the rest turned to spaces, since the
tokenizer strips such a run one mark at a time, each time copying the rest (quadratic). A
long copy is parsed in windows of whole paragraphs and the windows' docs joined into one, so
every offset is into the whole text; the original text is kept on the doc for `text_of`.

Windows are small (`Settings.window_chars`, 2,000) and go through `nlp.pipe` many at a time
(`WINDOW_BATCH`): spaCy's parser advances every doc of a batch one transition per step,
scoring all of them in one matrix product, so 32 windows of a text cost it less CPU than the
same words as one doc (the 4,000-attribution text of `lab/bench_scaling`: parser 1.36 → 0.88 s,
all of spaCy about 6.0 → 5.0 s; the NER's cost does not depend on the batch; docs/performance.md,
Round 8). A window holds whole paragraphs, so no sentence is cut.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import deque
from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from sourcetrace.settings import Settings
from ..lexicon import is_given_name
from .breaks import wrap_breaks
from .glosses import glosses
from .lead_capitals import lead_capitals
from .surname_capitals import surname_capitals
from .unwrap import restored, without, wrap_spaces

WINDOW_CHARS: int = Settings.model_fields["window_chars"].default
WINDOW_BATCH = 32  # windows per `nlp.pipe` batch: the parser steps over a batch's states at once
LONGEST_PARAGRAPH = 50_000  # a paragraph over the window is parsed whole up to this many characters
MAX_RUN = 24  # marks in a row spaCy sees; "?!?!?!" and "-----" rows are far shorter
_LONG_RUN = re.compile(r"[^\w\s]{%d,}" % (MAX_RUN + 1))
_SURROGATE = re.compile("[\ud800-\udfff]")
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")  # CR LF CR LF too
TEXT_KEY = "sourcetrace_text"  # where `text_of` finds the original text


def parse_copy(text: str) -> str:
    """What spaCy parses in place of `text`: the same length, so offsets carry over. A wrap
    (`breaks.wraps`) is parsed as the space it stands for, so that a wrapped paragraph reads
    as the paragraph did before it was wrapped; a name's gloss in its own script (`glosses.py`)
    as blank; the words in capitals opening a paragraph as words (`lead_capitals.py`), family
    names in capitals as names (`surname_capitals.py`)."""
    copy = _SURROGATE.sub("\ufffd", text)
    copy = _LONG_RUN.sub(lambda m: m.group()[:MAX_RUN] + " " * (len(m.group()) - MAX_RUN), copy)
    breaks, glossed = wrap_breaks(text), glosses(text)
    if breaks or glossed:
        chars = list(copy)
        for at in breaks:
            chars[at] = " "
            if at and chars[at - 1] == "\r":
                chars[at - 1] = " "
        for start, end in glossed:
            chars[start:end] = " " * (end - start)
        copy = "".join(chars)
    for at, word in lead_capitals(copy, _english, is_given_name) + surname_capitals(copy, _english, is_given_name):
        copy = copy[:at] + word + copy[at + len(word):]
    return copy


def _english(lowered: str) -> bool:
    from . import english_words  # the package imports this module first
    return lowered in english_words()


def windows(text: str, size: int, longest: int | None = None) -> list[tuple[int, int]]:
    """(start, end) pieces covering `text`, each of whole paragraphs and at most `size`
    characters: cut after the last blank line in the piece, else after its last line break (in
    the parse copy every line break left is a paragraph's end). A paragraph longer than `size`
    is a piece of its own up to `longest` characters; past that it is cut at a line break, else
    at a space, else (a run of letters) at `longest`."""
    longest = max(size, longest or size)
    out = []
    start = 0
    while len(text) - start > size:
        cut = _paragraph_end(text, start, start + size)
        if cut <= start:  # one paragraph over the window: whole, if it is not over `longest`
            if len(text) - start <= longest and text.find("\n", start + size) < 0:
                break
            cut = _line_end(text, text.find("\n", start + size, start + longest))
        if cut <= start:
            cut = max(text.rfind(" ", start, start + longest), text.rfind("\t", start, start + longest)) + 1
        if cut <= start:
            cut = start + longest
        out.append((start, cut))
        start = cut
    out.append((start, len(text)))
    return out


def _paragraph_end(text: str, start: int, limit: int) -> int:
    """The end of the last blank line in text[start:limit], else of its last line break; -1 if neither."""
    blank = None
    for blank in _BLANK_LINE.finditer(text, start, limit):
        pass
    return blank.end() if blank is not None else text.rfind("\n", start, limit) + 1


def _line_end(text: str, at: int) -> int:
    """Just past the line break at `at` and the blank line it opens, if it opens one; 0 if `at` is -1."""
    blank = _BLANK_LINE.match(text, at) if at >= 0 else None
    return blank.end() if blank else at + 1


def _window_size(nlp: Language, window_chars: int | None) -> int:
    return max(1, min(window_chars or WINDOW_CHARS, nlp.max_length))


def _joined(docs: list[Doc], text: str, copy: str) -> Doc:
    doc = docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False)
    end = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if end != len(copy):
        raise RuntimeError(f"the joined windows cover {end} of {len(copy)} characters")
    doc.user_data[TEXT_KEY] = text
    return doc


def parse_windows(nlp: Language, texts: Iterable[str], batch_size: int = WINDOW_BATCH,
                  window_chars: int | None = None) -> Iterator[Doc]:
    """One doc per text, in order; the windows of all texts go through `nlp.pipe` in batches
    of `batch_size` windows (`WINDOW_BATCH` at least). A window with wraps is parsed without
    their whitespace tokens (see `unwrap.py`)."""
    size = _window_size(nlp, window_chars)
    longest = min(max(size, LONGEST_PARAGRAPH), nlp.max_length)
    batch_size = max(batch_size, WINDOW_BATCH)
    pending: list[tuple[str, str, int]] = []  # (text, copy, windows) per text not yet joined
    unwrapped: deque[tuple[Doc, list[int]] | None] = deque()  # per window sent: tokens, left out

    def pieces() -> Iterator[str | Doc]:
        for text in texts:
            copy = parse_copy(text)
            cuts = windows(copy, size, longest)
            breaks = sorted(wrap_breaks(text) | {start + 1 for start, _ in glosses(text)})  # left out alike
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
