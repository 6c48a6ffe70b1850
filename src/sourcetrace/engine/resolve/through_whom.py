"""Who speaks for a body or a group through someone: "The petitioners, through their advocate Mr
Otieno Ochieng, had argued that …", "The family, through a lawyer, said …". The words are those of
the one they speak through where the text names them; "said through a spokeswoman" stays the
words of whom the spokeswoman speaks for."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..extract.base import Found
from ..extract.syntax import object_of
from ..parse import span_at


def spoken_through(doc: Doc, found: list[Found]) -> dict[int, tuple[int, int, int]]:
    """For each find whose cue says it was said through someone, the offsets and head token of
    that someone."""
    out = {}
    for i, f in enumerate(found):
        if f.cue is None or f.source is None:
            continue
        cue = span_at(doc, *f.cue)
        if cue is None:
            continue
        # on the verb, or set between the speaker and the verb whatever the parser hung it on
        between = [t for t in doc[cue.sent.start:cue.start] if f.source[1] <= t.idx and t.lower_ == "through"]
        throughs = [c for t in cue for c in t.children if c.dep_ == "prep" and c.lower_ == "through"] + between
        for through in throughs:
            whom = object_of(through)
            if whom is not None and _a_person(whom):
                start, end = whom.left_edge, whom.right_edge
                out[i] = (start.idx, end.idx + len(end.text), whom.i)
                break
    return out


def _a_person(t: Token) -> bool:
    """A person named ("their advocate Mr Otieno Ochieng"); one not named leaves the words with
    whom they speak for ("The county attorney said through a spokeswoman" is the attorney's), and
    a thing names no one ("through the courts")."""
    return t.ent_type_ == "PERSON" or any(c.dep_ in ("appos", "compound") and c.ent_type_ == "PERSON"
                                          for c in t.children)
