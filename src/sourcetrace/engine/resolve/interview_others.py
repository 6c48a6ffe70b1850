"""In an interview, the one answering speaks of themselves as "I" and to the interviewer as "you":
someone an answer calls by a description ("The regional delegate told us in June …" in the
mayor's answer) is neither, whatever a rule of likeness joined them to."""
from __future__ import annotations

from spacy.tokens import Doc

from ..extract.base import Found
from ..lexicon import kind_words
from .coref import Entity, move_mention
from .cover import Cover
from .mentions import Mention, analyse_mention
from ..parse import span_at

THIRD = ("they", "it")  # never the interviewee ("I", "we") nor the interviewer ("you")


def others_in_answers(doc: Doc, found: list[Found], mentions: dict[int, Mention],
                      entity_of: dict[int, Entity]) -> None:
    """Part from the interviewee and the interviewer each described speaker inside an answer (in place)."""
    answers = [f.content_span for f in found if f.extractor == "interview" and f.stance != "question"]
    turns = {id(entity_of[id(mentions[i])]) for i, f in enumerate(found) if f.extractor == "interview" and i in mentions}
    _i_is_the_answerer(found, mentions, entity_of)
    for i, m in mentions.items():
        # a pronoun ("I", "she") may be the interviewee; a description recalling someone ("the
        # regional delegate", read as one who was met before) may not, nor "they"
        third = m.text.strip().lower() in THIRD
        if found[i].extractor == "interview" or m.named or m.pronoun is not None and " " not in m.text.strip() \
                and not third:
            continue
        whole = entity_of[id(m)]
        if id(whole) not in turns or not any(start <= m.start < end for start, end in answers):
            continue
        # "What happened when you showed the findings to the education department?" "They said …"
        like = (_body_asked_about(doc, found, m.start) if third else None) or m
        apart = Entity(kind=like.kind, named=like.named, name=like.name, description=like.description,
                       count=like.count, head_lemma=like.head_lemma, surname=like.surname,
                       member_of=like.member_of, last_seen=m.start, in_passing=like.in_passing, aside=like.aside)
        whole.mentions = [x for x in whole.mentions if x is not m]
        apart.absorb(m)
        entity_of[id(m)] = apart


def _body_asked_about(doc: Doc, found: list[Found], at: int) -> Mention | None:
    """The body the question before an answer names last ("… to the education department?"), as
    the "they" of the answer, where the question names one."""
    asked = [f for f in found if f.extractor == "interview" and f.stance == "question" and f.content_span[1] <= at]
    if not asked:
        return None
    question = span_at(doc, *max(asked, key=lambda f: f.content_span[1]).content_span)
    if question is None:
        return None
    words = kind_words()["organization"]
    bodies = [c for c in question.noun_chunks if c.root.lemma_.lower() in words and c.root.pos_ == "NOUN"]
    if not bodies:
        return None
    body = bodies[-1]
    return analyse_mention(doc, body.start_char, body.end_char, body.root.i)


def _i_is_the_answerer(found: list[Found], mentions: dict[int, Mention], entity_of: dict[int, Entity]) -> None:
    """"I am asking that we keep them", between a question and the next turn of an interview: the
    "I" is the one interviewed, not the person the answers spoke of last ("My father, Hassan …")
    (in place). Only where one person gives every answer, and only inside the questions and answers:
    an "I" past the last turn may be the writer's."""
    turns = sorted((f.content_span, i) for i, f in enumerate(found) if f.extractor == "interview")
    answerers = {id(entity_of[id(mentions[i])]): entity_of[id(mentions[i])] for _, i in turns
                 if found[i].stance != "question" and i in mentions}
    if len(answerers) != 1 or not turns:
        return
    answerer = next(iter(answerers.values()))
    # an "I" inside someone's quoted words in an answer ("He would say, 'I never see the film'") is theirs
    taken = Cover([span for span, _ in turns] + [f.content_span for f in found
                                                 if f.type == "direct" and f.extractor != "interview"])
    for i, m in mentions.items():
        if found[i].extractor == "interview" or m.text.strip().lower() != "i" \
                or not turns[0][0][1] <= m.start < turns[-1][0][0] or entity_of[id(m)] is answerer \
                or m.start in taken:
            continue
        move_mention(m, answerer, entity_of)
