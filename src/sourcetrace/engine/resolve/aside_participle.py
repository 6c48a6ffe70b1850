"""A participle set between a subject and its verb that the parser made the sentence's verb: "The
daily Sarnian Herald, citing two unnamed officials, reported on Tuesday that …", read with
"citing" the main verb and "reported" a modifier of "officials". The verb of saying after the
aside's closing comma has no subject; the aside's subject, set before its opening comma, is the
one who reports, as in every outlet's "X, citing / quoting / speaking to …, said".
"""
from __future__ import annotations

from spacy.tokens import Doc

from ..extract.base import Found
from ..parse import span_at

SUBJECTS = ("nsubj", "nsubjpass", "expl", "csubj")
REACH = 4  # heads climbed from the verb to the participle ("reported" → "officials" → "citing")


def past_asides(doc: Doc, found: list[Found]) -> dict[int, tuple[int, int, int]]:
    """For each source-less find whose verb follows a participle aside the parser took for the
    main verb, the aside's subject (offsets and head token)."""
    out = {}
    for i, f in enumerate(found):
        if f.source is not None or f.cue is None:
            continue
        cue = span_at(doc, *f.cue)
        verb = next((t for t in cue if t.pos_ == "VERB"), None) if cue is not None else None
        if verb is None or verb.i < 3 or doc[verb.i - 1].text != "," \
                or any(c.dep_ in SUBJECTS for c in verb.children):
            continue
        aside, steps = verb.head, 0
        while aside.tag_ != "VBG" and aside.head.i != aside.i and steps < REACH:
            aside, steps = aside.head, steps + 1
        if aside.tag_ != "VBG" or aside.i >= verb.i or aside.i < 2 or doc[aside.i - 1].text != ",":
            continue
        # the subject: the aside's own, or the noun phrase that opens the sentence and ends at the
        # aside's opening comma, which the parser may leave as a sentence root of its own
        last = doc[aside.i - 2]
        subject = next((c for c in aside.children if c.dep_ in SUBJECTS and c.i < aside.i
                        and c.right_edge.i == last.i), None)
        if subject is None and last.pos_ in ("NOUN", "PROPN") and last.dep_ == "ROOT" \
                and last.left_edge.i == last.sent.start:
            subject = last
        if subject is not None:
            out[i] = (subject.left_edge.idx, last.idx + len(last.text), subject.i)
    return out
