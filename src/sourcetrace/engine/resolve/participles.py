"""“The board denied that the embankments had been poorly maintained, saying the surge was far above
design height”: a participle of saying set after another find's words, with only a comma
between, is said by that find's source, whatever the parser hung it on (here the passive
"maintained", whose subject says nothing)."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ..extract.base import Found
from ..parse import span_at, text_of

# a comma, and the word that may open a participle's clause: ", while insisting", ", before adding"
LINK = r",\s*(?:(?:while|whilst|before|after|when|also|then)\s+)?$"
JOIN = re.compile(r"[\"”’']?\s*" + LINK)


def participles_said_by(doc: Doc, found: list[Found]) -> dict[int, int]:
    """Source-less finds whose cue is a participle ("saying", "adding") just after another find's
    words, each with that find."""
    text, out = text_of(doc), {}
    ends = {f.content_span[1]: j for j, f in enumerate(found) if f.source is not None and f.content}
    for i, f in enumerate(found):
        if f.cue is None:
            continue
        cue = span_at(doc, *f.cue)
        if cue is None or len(cue) != 1 or cue[0].tag_ != "VBG":
            continue
        if f.source is not None:
            if (j := _claim_around(text, found, i)) is not None:
                out[i] = j
            continue
        for end, j in ends.items():
            if j != i and end <= f.cue[0] and f.cue[0] - end <= 12 and JOIN.match(text[end:f.cue[0]]):
                out[i] = j
                break
    return out


def _claim_around(text: str, found: list[Found], i: int) -> int | None:
    """"The governor denied that the province had promised a permit, telling a radio station the
    claim was gossip": a participle after a comma inside another find's words, whose subject the
    parser took from the clause reported there ("the province"), is that find's source's; what
    someone is said to have done says nothing of their own."""
    f = found[i]
    for j, other in enumerate(found):
        start, end = other.content_span
        # the other source speaks before its words ("denied that …"), not after ("…, according to")
        if j != i and other.source is not None and other.source[1] <= start \
                and start <= f.source[0] and f.source[1] <= f.cue[0] < end \
                and re.search(LINK, text[max(0, f.cue[0] - 12):f.cue[0]]):
            return j
    return None
