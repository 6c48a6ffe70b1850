"""A speaker's surname the parser misread as an adverb of the speech verb: "Tully recalled that her
boss …" parsed with "Tully" as the verb's modifier, leaving the verb with no subject. A verb with no
subject whose sentence opens with a surname of someone the text names in full, set right before
the verb, is that person's."""
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
    return out
