"""Questions nobody is shown asking are no one's statements: "Asked whether he would retire, Grierley-Tse
laughed" where the story names no audience its people spoke to ("told reporters"), and the "questions
about whether …" a silent body did not answer, which are part of its non-response."""
from __future__ import annotations

from spacy.tokens import Doc

from .base import Found
from ..lexicon import word_set
from ..parse import parsed_text, scratch

SENTENCE_ENDS = (".", "!", "?", '"', "”", "’", "'")
QUESTION_WORDS = ("whether", "if", "why", "how", "what", "when", "who", "where")


def put_to_the_silent(f: Found, finds: list[Found]) -> bool:
    """"did not respond to questions about whether it would order an inquiry": the questions, with
    no asker, are what the body left unanswered (its non-response), not a second find."""
    return f.stance == "question" and f.source is None and f.cue is not None and any(
        g is not f and g.stance == "no_response" and g.content_span[0] <= f.cue[0] < g.content_span[1] for g in finds)


def asked_by_nobody(doc: Doc, f: Found, finds: list[Found]) -> bool:
    """"Asked whether …" opening a sentence, with no "by …", in a story that names no audience
    (reporters, journalists) its sources spoke to: nobody is shown asking it."""
    text = parsed_text(doc)
    if f.stance != "question" or f.source is not None or f.cue is None or text[f.cue[0]:f.cue[1]].lower() != "asked":
        return False
    start = f.content_span[0]
    # opening a sentence, read from the marks, not the parser's sentences ("by 4 p.m. Asked whether …")
    opens = text[f.cue[0]] == "A" and text[max(0, f.cue[0] - 3):f.cue[0]].strip()[-1:] in ("", *SENTENCE_ENDS)
    if not opens or text[f.cue[1]:start].strip() or not text[start:start + 8].lower().startswith(QUESTION_WORDS):
        return False
    named = scratch(doc).setdefault("audience_named", {})  # read once per list of finds, however many questions
    if id(finds) not in named:
        named[id(finds)] = any(_an_audience(doc, g) for g in finds)
    return not named[id(finds)]


def _an_audience(doc: Doc, f: Found) -> bool:
    """The find's recipient is a group of people ("reporters", "journalists outside the court")."""
    if not f.recipient:
        return False
    last = f.recipient.split()[-1].lower().rstrip(".,")
    people = word_set("person_nouns")
    return last.endswith("s") and (last in people or last[:-1] in people)
