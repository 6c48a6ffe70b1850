"""In an interview, the one answering speaks of themselves as "I" and to the interviewer as "you":
someone an answer calls by a description ("The regional delegate told us in June …" in the
mayor's answer) is neither, whatever a rule of likeness joined them to."""
from __future__ import annotations

from ..extract.base import Found
from .coref import Entity
from .mentions import Mention


def others_in_answers(found: list[Found], mentions: dict[int, Mention], entity_of: dict[int, Entity]) -> None:
    """Part from the interviewee and the interviewer each described speaker inside an answer (in place)."""
    answers = [f.content_span for f in found if f.extractor == "interview" and f.stance != "question"]
    turns = {id(entity_of[id(mentions[i])]) for i, f in enumerate(found) if f.extractor == "interview" and i in mentions}
    for i, m in mentions.items():
        # a pronoun ("I", "she") may be the interviewee; a description recalling someone ("the
        # regional delegate", read as one who was met before) may not
        if found[i].extractor == "interview" or m.named or m.pronoun is not None and " " not in m.text.strip():
            continue
        whole = entity_of[id(m)]
        if id(whole) not in turns or not any(start <= m.start < end for start, end in answers):
            continue
        apart = Entity(kind=m.kind, named=False, name=m.name, description=m.description, count=m.count,
                       head_lemma=m.head_lemma, surname=m.surname, member_of=m.member_of, last_seen=m.start,
                       in_passing=m.in_passing, aside=m.aside)
        whole.mentions = [x for x in whole.mentions if x is not m]
        apart.absorb(m)
        entity_of[id(m)] = apart
