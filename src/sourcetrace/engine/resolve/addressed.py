""""You" in an interviewer's question is the one interviewed: in "KL: You've said publicly that
the department is stretched thin. How thin?" the one who said it is the fire chief answering."""
from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc

from ..extract.base import Found
from ..parse import span_at, text_of


def addressed_in_questions(doc: Doc, found: list[Found]) -> dict[int, tuple[int, int, int]]:
    """For each find whose source is "you" inside a Q&A question, where the interviewee is
    named (offsets and head token)."""
    questions = sorted(f.content_span for f in found if f.extractor == "interview" and f.stance == "question")
    answer = next((f for f in found if f.extractor == "interview" and f.stance != "question" and f.source), None)
    if not questions or answer is None:
        return {}
    person = span_at(doc, *answer.source)
    if person is None:
        return {}
    text = text_of(doc)
    starts = [start for start, _ in questions]
    out = {}
    for i, f in enumerate(found):
        if f.source is None or text[f.source[0]:f.source[1]].lower() != "you":
            continue
        k = bisect_right(starts, f.source[0]) - 1
        if k >= 0 and f.source[0] < questions[k][1]:
            out[i] = (person.start_char, person.end_char, person.root.i)
    return out


def name_yours_in_questions(doc: Doc, found: list[Found], mentions: dict, entity_of: dict) -> None:
    """"Q: Your predecessor said the figure was 35 per cent": someone the interviewer calls the
    interviewee's ("your predecessor") is called by the interviewee's name ("Amina Mwakyusa's
    predecessor"), as "his office" is by whose it is (in place)."""
    questions = sorted(f.content_span for f in found if f.extractor == "interview" and f.stance == "question")
    answer = next((k for k, f in enumerate(found) if f.extractor == "interview" and f.stance != "question"
                   and k in mentions), None)
    if not questions or answer is None:
        return
    owner = entity_of[id(mentions[answer])]
    if not owner.named or owner.kind != "person":
        return
    text = text_of(doc)
    starts = [start for start, _ in questions]
    for i, m in mentions.items():
        words = text[m.start:m.end].split()
        k = bisect_right(starts, m.start) - 1
        e = entity_of[id(m)]
        if len(words) < 2 or words[0].lower() != "your" or k < 0 or m.start >= questions[k][1] \
                or e.named or e is owner:
            continue
        e.name = f"{owner.name}'s {' '.join(words[1:])}"
