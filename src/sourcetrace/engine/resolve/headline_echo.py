"""A headline's words with no speaker of their own are the speaker's who says them in the story.

Headlines clip their grammar: '"We cannot keep borrowing water": city's water chief', 'Court
frees builder, says police probe "lacked diligence"'. The extractors find the words but no one
who said them. The story below gives them again, whole or in part, in a statement with a speaker;
that speaker, and only where every statement of the body that holds those words has the same one.
Over an interview, a headline quote the body does not repeat is the interviewee's, where every
answer is one person's (the interviewer asks, the headline quotes the one answering).
"""
from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from ..extract.base import Found
from ..parse.breaks import headline_lines

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# quoted words: an opening mark at the start or after a space, colon or dash; its closing mark
QUOTED = re.compile(r"(?:^|(?<=[\s:—–-]))[\"“‘']([^\"“”‘’]*?\w[^\"“”‘’]*?)[\"”’'](?!\w)")
# words a headline trades for shorter ones ("cannot" for "could not"): no evidence either way
LOOSE = {"cannot", "can't", "won't", "isn't", "wasn't", "aren't", "don't", "doesn't", "didn't"}
MIN_WORDS = 2  # one shared word ("budget") ties a headline to nothing in particular


def echoed_in_body(text: str, found: list[Found], source_ids: list[str | None]) -> dict[int, int]:
    """Headline finds with no source, each with a body find whose source is theirs."""
    heads = headline_lines(text)
    if not heads:
        return {}
    body_from = heads[-1][1]
    orphans = [i for i, f in enumerate(found)
               if source_ids[i] is None and any(s <= f.content_span[0] and f.content_span[1] <= e for s, e in heads)]
    if not orphans:
        return {}
    # body statements with a speaker, their words read once
    said = [(j, set(_words(text[f.content_span[0]:f.content_span[1]]))) for j, f in enumerate(found)
            if source_ids[j] is not None and f.content_span[0] >= body_from and f.stance != "question"]
    out = {}
    for i in orphans:
        words = text[found[i].content_span[0]:found[i].content_span[1]]
        for wanted in (*_quoted(words), words):
            keys = set(_words(wanted))
            if len(keys) < MIN_WORDS:
                continue
            holders = [j for j, have in said if keys <= have]
            if holders and len({source_ids[j] for j in holders}) == 1:
                out[i] = holders[0]
            break  # the quoted words when there are any, else the whole: never a looser second try
        if i not in out and found[i].type == "direct" and (answerer := _interviewee(found, source_ids)) is not None:
            out[i] = answerer
    return out


def _interviewee(found: list[Found], source_ids: list[str | None]) -> int | None:
    """The first answer of an interview whose answers are all one speaker's."""
    answers = [j for j, f in enumerate(found) if f.extractor == "interview" and f.stance != "question"]
    if len(answers) < 2 or None in {source_ids[j] for j in answers} or len({source_ids[j] for j in answers}) > 1:
        return None
    return answers[0]


def _quoted(words: str) -> list[str]:
    return [m.group(1) for m in QUOTED.finditer(words)]


def _words(text: str) -> list[str]:
    return [w for w in (m.group().lower().replace("’", "'") for m in WORD.finditer(text))
            if w not in STOP_WORDS and w not in LOOSE and len(w) > 1]
