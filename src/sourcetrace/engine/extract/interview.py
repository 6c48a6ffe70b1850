"""Question-and-answer layout: "Q: … / A: …" paragraphs after an introduction, or the same
without the letters (each question a paragraph of its own) after one that says it is an interview.

Each answer is the interviewee's own words, a direct quote with no cue; the questions are the
reporter's and are attributed to no one. The interviewee is the person the introduction names
most often (first named, on a tie): "a Q&A with retiring river pilot Agnes Mbeki … She spoke to
the Gazette". The layout counts only with two questions and two answers at least, so a lone
"A:" line is left to the other extractors.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from . import extractors
from .base import Found
from .precision import statement_words
from .syntax import trim
from ..parse import breaks, text_of

QUESTION = re.compile(r"(?m)^[ \t]*(?:Q|Question)[ \t]*[:.][ \t]+\S")
ANSWER = re.compile(r"(?m)^[ \t]*(?:A|Answer)[ \t]*[:.][ \t]+(\S[^\n]*)")
MIN_TURNS = 2


def _interviewee(doc: Doc, before: int) -> tuple[int, int] | None:
    """Where the introduction first gives, in full, the person it names most often: a run of two
    or three proper nouns opening with a known first name (the tagger often misses a name set in
    a headline, so its labels are not trusted here)."""
    names: dict[str, list[tuple[int, int]]] = {}
    tokens = [t for t in doc if t.idx + len(t.text) <= before]
    for i, token in enumerate(tokens):
        if token.pos_ != "PROPN" or not token.is_title or not _first_name(token.text):
            continue
        run, parts = [token], 1
        while parts < 3 and i + len(run) < len(tokens):
            nxt = tokens[i + len(run)]
            if nxt.text == "-" and not run[-1].whitespace_ and not nxt.whitespace_ \
                    and i + len(run) + 1 < len(tokens) and tokens[i + len(run) + 1].is_title:
                run += [nxt, tokens[i + len(run) + 1]]  # "Ferreira-Lund"
            elif nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and run[-1].whitespace_:
                run.append(nxt)
                parts += 1
            else:
                break
        if len(run) >= 2:
            span = (run[0].idx, run[-1].idx + len(run[-1].text))
            names.setdefault(text_of(doc)[span[0]:span[1]], []).append(span)
    if not names:
        return None
    best = max(names, key=lambda name: (len(names[name]), -names[name][0][0]))
    return names[best][0]


@lru_cache(maxsize=1)
def _detector():
    from gender_guesser.detector import Detector  # a first-name list, loaded once a Q&A is met
    return Detector(case_sensitive=False)


def _first_name(word: str) -> bool:
    return _detector().get_gender(word) != "unknown"


@extractors.register("interview")
def extract_interview(doc: Doc) -> list[Found]:
    text = text_of(doc)
    questions = list(QUESTION.finditer(text))
    answers = [a.span(1) for a in ANSWER.finditer(text)]
    if len(questions) < MIN_TURNS or len(answers) < MIN_TURNS:
        first, answers = _unmarked_turns(text)
        if first is None:
            return []
    else:
        first = questions[0].start()
    who = _interviewee(doc, first)
    if who is None:
        return []
    out = []
    for answer in answers:
        content = trim(doc, *answer)
        if content:
            out.append(Found(content=[content], cue=None, source=who, type="direct", extractor="interview"))
    asker = _interviewer(doc, first, who) if len(questions) >= MIN_TURNS else None
    for question in questions if len(questions) >= MIN_TURNS else []:
        line_end = text.find("\n", question.end())
        content = trim(doc, question.end() - 1, line_end if line_end >= 0 else len(text))
        # with no one named as asking, the "Q" label stands for the interviewer (resolve/initials.py)
        label = re.search(r"Q(?:uestion)?", text[question.start():question.end()])
        source = asker or (question.start() + label.start(), question.start() + label.end())
        if content:
            out.append(Found(content=[content], cue=None, source=source, type="direct", stance="question",
                             extractor="interview"))
    return out


ASKING_VERBS = {"speak", "talk", "sit"}


def _interviewer(doc: Doc, before: int, interviewee: tuple[int, int]) -> tuple[int, int] | None:
    """Who puts the questions, as the introduction says: "She sat down with the Valley Ledger's Ben
    Achterberg", "He spoke to Arjun Mehrotra of The Courier", "She spoke with The National Ledger",
    or the outlet that "spoke with" the interviewee. Each question is that reporter's (or that
    outlet's) statement, as a reader takes it; none where the introduction does not say."""
    for verb in (t for t in doc if t.idx < before and t.lemma_.lower() in ASKING_VERBS and t.pos_ == "VERB"):
        other = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "with")
                      for g in c.children if g.dep_ == "pobj"), None)
        if other is None or other.pos_ != "PROPN":
            continue
        if interviewee[0] <= other.idx < interviewee[1]:  # "the Prairie Ledger spoke with <interviewee>"
            other = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
            if other is None:
                continue
        start = other.i
        while start > 0:
            before = doc[start - 1]
            if before.text == "-" and start >= 2 and not before.whitespace_ and not doc[start - 2].whitespace_:
                start -= 2  # "Fortin-Lévesque": the parts of a hyphenated name
            elif before.dep_ in ("compound", "det") and before.head.i == other.i:
                start -= 1  # "the Valley Ledger", "Ben Achterberg"
            else:
                break
        return doc[start].idx, other.idx + len(other.text)
    return None


MAX_QUESTION_WORDS = 30
MIN_TURN_SHARE = 0.5  # of the paragraphs from the first question to the last answer, the turns: strict alternation


def _unmarked_turns(text: str) -> tuple[int | None, list[tuple[int, int]]]:
    """A Q&A set without "Q:"/"A:": paragraphs that are one short question each, every one followed
    by a paragraph of answer. Where the first question starts, and each answer, the one paragraph
    right after its question (what follows the last turns is the reporter's again); none without
    two turns at least."""
    paragraphs = breaks.paragraphs(text)
    turns: list[tuple[int, tuple[int, int]]] = []
    for k, (start, end) in enumerate(paragraphs[:-1]):
        nxt = paragraphs[k + 1]
        if _lone_question(text[start:end]) and not _lone_question(text[nxt[0]:nxt[1]]):
            turns.append((start, nxt))
    if len(turns) < MIN_TURNS:
        return None, []
    first_at = next(k for k, (start, _) in enumerate(paragraphs) if start == turns[0][0])
    last_at = next(k for k, span in enumerate(paragraphs) if span == turns[-1][1])
    if len(turns) < MIN_TURN_SHARE * (last_at - first_at + 1):
        return None, []  # a story with a question or two set as subheads, not questions and answers in turn
    intro = text[:turns[0][0]].lower()
    if not any(marker in intro for marker in statement_words()["interview_markers"]):
        return None, []  # an explainer's question subheads ("What happens next?") are no interview
    return turns[0][0], [answer for _, answer in turns]


def _lone_question(paragraph: str) -> bool:
    """One line of a few words closed by a question mark, perhaps after one sentence that sets it
    up ("Some critics have called the album a step down. How do you answer that?"); not a quote."""
    line = paragraph.strip()
    return "\n" not in line and line.endswith("?") and len(line.split()) <= MAX_QUESTION_WORDS \
        and len(re.findall(r"[.!?][\"'”’]?(?:\s|$)", line)) <= 2 and not line.startswith(('"', "“", "'", "‘"))
