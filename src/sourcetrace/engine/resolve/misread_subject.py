"""Speech verbs the parser left with no subject.

"Tully recalled that her boss …", with "Tully" read as the verb's adverb: a verb with no subject
whose sentence opens with a surname of someone the text names in full, set right before the verb,
is that person's. "Osei said the timing "stinks" and called for an inquiry", with "called" joined
to the quoted word rather than to "said": a second verb joined to the first verb's words, which
have no subject of their own, shares the first verb's subject."""
from __future__ import annotations

from spacy.tokens import Doc

from ..extract.base import Found
from .names import person_surnames

SUBJECTS = ("nsubj", "nsubjpass", "expl", "csubj")


def subjects_misread(doc: Doc, found: list[Found]) -> dict[int, tuple[int, int, int]]:
    """For each find with a cue and no source so set up, the surname's offsets and token."""
    out = {}
    for i, f in enumerate(found):
        if f.source is not None or f.cue is None:
            continue
        cue = doc.char_span(*f.cue, alignment_mode="expand")
        if cue is None:
            continue
        verb = next((t for t in cue if t.pos_ == "VERB"), None)
        if verb is None or verb.i == verb.sent.start or any(c.dep_ in SUBJECTS for c in verb.children):
            continue
        before = doc[verb.i - 1]
        opens = before.i == verb.sent.start or all(t.is_punct or t.is_space for t in doc[verb.sent.start:before.i])
        if opens and before.head.i == verb.i and before.dep_ in ("advmod", "npadvmod", "dep") \
                and before.is_title and before.text in person_surnames(doc):
            out[i] = (before.idx, before.idx + len(before.text), before.i)
        elif (subject := _shared_subject(verb)) is not None:
            out[i] = (subject.left_edge.idx, subject.idx + len(subject.text), subject.i)
    return out


def _shared_subject(verb):
    """The subject of the speech verb whose reported words the verb is joined to, where those
    words have no subject of their own (and so cannot be what the second verb shares)."""
    joined = verb.head
    if verb.dep_ != "conj" or joined.i == verb.i or joined.dep_ not in ("ccomp", "dobj") \
            or joined.head.pos_ != "VERB" or any(c.dep_ in SUBJECTS for c in joined.children):
        return None  # (the quoted word may be read as the object of "said": "said the timing "stinks"")
    return next((c for c in joined.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < joined.i), None)
