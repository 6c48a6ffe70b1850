"""A "no" to a yes-or-no question put to the speaker: "Asked whether Harimau was eyeing a stake in a
rival, Faizal said the company was 'not in any discussions'"; "Asked whether he would step aside,
Doyle-Renn said that was 'not on the table'". The question puts the thing to them, and an answer
whose own clause is negated denies it. An answer that is not negated ("Asked whether he would step
back, he said he would follow the commissioner's advice"), an open question ("Asked why …") or a
negation deeper in the answer ("… said it was a plan that did not work") stays an assertion.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from .base import Found
from ..lexicon import load_json
from ..parse import span_at
from .syntax import in_question

YES_NO_MARKS = {"whether", "if"}
NEGATIONS = {"not", "n't", "never", "no"}
NEGATED_PARTS = ("prep", "acomp", "attr", "advmod", "dobj", "nsubj", "nsubjpass")


def no_to_a_question_asked(doc: Doc, f: Found) -> bool:
    """`f` reports the answer to "Asked whether …" before its cue, with its own clause negated."""
    if f.type not in ("indirect", "mixed") or f.cue is None:
        return False
    cue = span_at(doc, *f.cue)
    verb = next((t for t in cue if t.pos_ == "VERB"), None) if cue is not None else None
    if verb is None or not any(_asks_yes_or_no(c) for c in verb.children if c.dep_ == "advcl" and c.i < verb.i):
        return False
    start, end = f.content_span
    answers = [c for c in verb.children if c.dep_ == "ccomp" and start <= c.idx < end]
    return any(_negated(a) and not _question_turned_away(a) and not _left_open(a) for a in answers) \
        and not in_question(verb)


def _asks_yes_or_no(clause: Token) -> bool:
    """"Asked whether he would step aside": a participle of asking holding a whether-question (an
    "if" one the parser may hang on it as a condition)."""
    return clause.lemma_.lower() == "ask" and clause.tag_ == "VBN" and any(
        c.dep_ in ("ccomp", "advcl") and any(m.dep_ == "mark" and m.lower_ in YES_NO_MARKS for m in c.children)
        for c in clause.children)


def _negated(answer: Token) -> bool:
    """The answer's own clause is negated: on its verb, or on a part of it the parser hung the
    negation on ('was "not in any discussions"', "no such talks were held")."""
    if any(c.dep_ == "neg" for c in answer.children):
        return True
    return any(c.dep_ in NEGATED_PARTS and any(d.dep_ == "neg" or d.dep_ == "det" and d.lower_ == "no" for d in c.children)
               for c in answer.children)


def _question_turned_away(answer: Token) -> bool:
    """"said the question was 'not relevant'": the answer speaks of the question, not of the thing asked."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _question_nouns() for c in answer.children)


def _left_open(answer: Token) -> bool:
    """"said the council had not decided", "said she did not know", "had not yet been told": a
    matter not settled or not known is still open, which denies nothing."""
    lex = load_json("statements.json")
    return answer.lemma_.lower() in lex["undecided_verbs"] or answer.lemma_.lower() in lex["unknowing_verbs"] \
        or any(c.lower_ in ("yet", "still") for c in answer.children)


@lru_cache(maxsize=1)
def _question_nouns() -> frozenset[str]:
    return frozenset(load_json("statements.json")["question_nouns"])
