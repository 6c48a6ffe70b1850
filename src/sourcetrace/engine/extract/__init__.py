"""Attribution extraction: one extractor per module, registered by name."""
from __future__ import annotations

from typing import Callable

import catalogue
from spacy.tokens import Doc

from .base import Found, Offsets, SpanIndex, overlap
from .coordinated import split_coordinated
from .dateline import trim_dateline
from .precision import mark, no_attribution
from .whole_words import with_whole_words
from ..parse import text_of

# What may trail a nested content past its outer one: “… words.”
PUNCTUATION = " \t\n.,;:!?\"'”’»›)]"

Extractor = Callable[[Doc], list[Found]]
extractors = catalogue.create("sourcetrace", "extractors")


def run_extractors(doc: Doc, names: list[str]) -> list[Found]:
    """Run the named extractors; earlier names win where contents overlap, except that a
    bare quote (no cue, no speaker) gives way to a later find that names who said it."""
    _load_builtin()
    text = text_of(doc)
    kept: list[Found] = []
    dropped: set[int] = set()
    index: SpanIndex[Found] = SpanIndex()  # kept finds by content and cue: rivals are looked up, not scanned
    for name in names:
        for found in extractors.get(name)(doc):
            found = with_whole_words(trim_dateline(found, text), text)
            if not found.content:
                continue  # words of punctuation alone ("“—,” she said"): nothing was said
            found.extractor = found.extractor or name
            nearby = list(index.near(*_ranges(found)))
            if no_attribution(doc, found, nearby):
                continue  # dropped before it can crowd out a real one
            rivals = [k for k in nearby if _conflict(found, k, text)]
            if rivals and found.cue is not None and all(_bare(k) for k in rivals):
                for k in rivals:
                    dropped.add(id(k))
                    index.remove(k, *_ranges(k))
                rivals = []
            if not rivals:
                kept.append(found)
                index.add(found, *_ranges(found))
    marked = mark(doc, sorted((k for k in kept if id(k) not in dropped), key=lambda f: f.content_span))
    return [split_coordinated(doc, f) for f in marked]  # after `mark`, which reads each content whole


def _ranges(found: Found) -> list[Offsets]:
    return [found.content_span] + ([found.cue] if found.cue is not None else [])


def _bare(found: Found) -> bool:
    """A quote no one is known to have said; a Q&A turn is the interviewer's even where the
    story does not say who asked."""
    return found.cue is None and found.source is None and found.extractor != "interview"


def _nested(inner: Found, outer: Found, text: str) -> bool:
    """An attribution reported inside another's content ("X said that Y fears …"); the inner
    content may run past the outer one by closing marks and punctuation alone."""
    if inner.cue is None:
        return False
    (s, e), (os_, oe) = inner.content_span, outer.content_span
    cue = inner.cue
    inside = os_ <= s and (e <= oe or not text[oe:e].strip(PUNCTUATION))
    return inside and (s, e) != (os_, oe) and os_ <= cue[0] and cue[1] <= oe


def _conflict(a: Found, b: Found, text: str) -> bool:
    if a.cue is not None and b.cue is not None and overlap(a.cue, b.cue):
        return True
    return a.overlaps(b) and not (_nested(a, b, text) or _nested(b, a, text) or _two_voices(a, b, text))


def _two_voices(a: Found, b: Found, text: str) -> bool:
    """"Jennings denied that the vote was set for spring break, as some parents had claimed": the
    same words reported by two sources, each with a cue of its own, are two statements."""
    if a.cue is None or b.cue is None or a.source is None or b.source is None or overlap(a.source, b.source):
        return False

    def words(f: Found) -> str:
        said = text[f.content_span[0]:f.content_span[1]].strip(PUNCTUATION + " ")
        return said[5:] if said.lower().startswith("that ") else said

    return words(a) == words(b)


def _load_builtin() -> None:
    from . import according_to, colon, crf, headline_reports, interview, no_response, nominal, quotes, verbal  # noqa: F401
