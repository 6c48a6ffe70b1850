"""A quote that opens the story, or a paragraph before anyone has spoken, with its speaker named
in the sentence right after it: "“I had no idea.” Hannah Weiss, 34, says she found out about the
closure online." Features everywhere open on the words and then bring in who said them; the next
sentence, opening on its subject and a verb of saying, ties the quote to that one speaker. Only
where no one has spoken before the quote (else the last speaker goes on, as the quote finder
reads it) and the next sentence opens on the speaker.
"""
from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc

from ..extract.base import Found
from ..lexicon import cue_stance
from ..parse import span_at, text_of
from ..parse.breaks import paragraphs

OPENERS = " \t\"“‘'"
CLOSERS = " \t\r\n\"'”’"
ENDS = ".!?…"


def named_next(doc: Doc, found: list[Found]) -> dict[int, int]:
    """Cue-less quotes before any speaker, each with the find of the next sentence that opens on
    its speaker."""
    text = text_of(doc)
    sourced = [g for g in found if g.source is not None]
    if not sourced:
        return {}
    first = min(g.source[0] for g in sourced)
    opening = {g.source[0]: j for j, g in enumerate(found) if g.source is not None and g.cue is not None
               and g.source[1] <= g.cue[0] and g.statement}
    starts = [s for s, _ in paragraphs(text)]
    out = {}
    for i, f in enumerate(found):
        start, end = f.content_span
        if f.type != "direct" or f.source is not None or f.cue is not None or start > first:
            continue
        if not _opens_paragraph(text, starts, start) or not _ends_sentence(text, end):
            continue
        k = end
        while k < len(text) and text[k] in CLOSERS:
            k += 1
        j = opening.get(k)
        if j is not None and _said(doc, found[j]):
            out[i] = j
    return out


def _opens_paragraph(text: str, starts: list[int], at: int) -> bool:
    """Nothing but quote marks between the paragraph's start and the quote."""
    n = bisect_right(starts, at) - 1
    return n >= 0 and not text[starts[n]:at].strip(OPENERS)


def _ends_sentence(text: str, end: int) -> bool:
    """The quote ends its sentence: its last mark is a full stop, or one follows the closing mark."""
    k = end
    while k > 0 and text[k - 1] in CLOSERS:
        k -= 1
    if k > 0 and text[k - 1] in ENDS:
        return True
    k = end
    while k < len(text) and text[k] in "\"'”’":
        k += 1
    return k < len(text) and text[k] in ENDS


def _said(doc: Doc, g: Found) -> bool:
    """The next sentence's verb is one of saying."""
    cue = span_at(doc, *g.cue)
    verb = next((t for t in cue if t.pos_ in ("VERB", "AUX")), None) if cue is not None else None
    return verb is not None and cue_stance(verb.lemma_) is not None
