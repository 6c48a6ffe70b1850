"""Words a quote quotes: "Then Mathieu yelled 'hard!' and we ran", "The elders told us, 'Do not
drown the land.'", "I said, 'What have you got to lose?'". The marks of the other style inside a
quote (single inside double, double inside British single) that open straight after a cue verb
with a subject, or after its person told ("told us,"), hold that subject's words. Outside any quote
the same form makes a headline's quote ("…; skipper says 'best day of my career'").

A quoted word after a noun ("called the plan 'reckless'", "the film 'Low Tide'") is a name or a
scare quote, not words said: only a pronoun told stands between the verb and the mark; nor is one
the clause goes on past ("Islanders fear 'lifeline' ferry cuts will …")."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from .base import Found
from .quotemarks import Quote
from .syntax import cue_phrase, cue_verb_stance, speaker_offsets, subject
from ..parse import span_at, text_of

# an inner quote: apostrophes between letters ("don't") stay inside it
# (a line may wrap inside it, as in e-mailed releases, but no paragraph ends in it)
_SINGLE = re.compile(r"(?<![\w'‘’])['‘]((?:[^'‘’\n]|\n(?![ \t]*\n)|(?<=\w)['’](?=\w))+?)['’](?!\w)")
_DOUBLE = re.compile(r"(?<![\w\"“])[\"“]((?:[^\"“”\n]|\n(?![ \t]*\n))+?)[\"”](?!\w)")
_LEAD = " \t\n,:"  # what may stand between the cue and the opening mark (a wrapped line's break too)
_TOLD = {"dative", "dobj"}  # "told us, '…'": the person told, a pronoun
# words said end their clause: a stop inside the marks or after them, a closing mark, a line's end,
# or a word that opens the next clause ("Then Dana yelled 'now!' and we ran"); "fear 'lifeline' ferry cuts will …" goes on
_ENDED = re.compile(r"[ \t]*(?:$|[\"”’'.,;:!?)\n—–-]|(?:and|but|then|so|or|as|before|when|while|until)\b)")


def _cue_before(doc: Doc, mark: int) -> Token | None:
    """The cue verb the mark at `mark` opens the words of, or None."""
    text = text_of(doc)
    k = mark - 1
    while k >= 0 and text[k] in _LEAD:
        k -= 1
    span = span_at(doc, k, k + 1) if k >= 0 else None
    if span is None:
        return None
    token = span[-1]
    if token.dep_ in _TOLD and token.pos_ == "PRON" and token.head.i < token.i:
        token = token.head
    if not cue_verb_stance(token) or token.pos_ not in ("VERB", "AUX"):
        return None
    return token if subject(token) is not None else None


def quoted_within(doc: Doc, quotes: list[Quote], double_style: bool) -> list[Found]:
    """A find for each inner quote opened by a cue: inside the quotes of the text's own style,
    the marks of the other; outside them, single marks in a text that quotes with double ones."""
    text = text_of(doc)
    inner = _SINGLE if double_style else _DOUBLE
    # in double style the whole text: a headline's or a lede's single-marked quote too
    regions = [(0, len(text))] if double_style else [part for q in quotes for part in q.parts]
    out: list[Found] = []
    for start, end in regions:
        for m in inner.finditer(text, start, end):
            ended = m.group(1).rstrip()[-1:] in ".,!?" or _ENDED.match(text, m.end())  # "… lake.' She was"
            verb = _cue_before(doc, m.start()) if ended else None
            if verb is None:
                continue
            speaker = subject(verb)
            end = m.end(1)
            while end > m.start(1) and text[end - 1] in " \t\n,.;:":
                end -= 1  # "'Now you rest.'": the words, not the stop before the closing mark
            out.append(Found(content=[(m.start(1), end)], cue=cue_phrase(verb),
                             source=speaker_offsets(speaker), type="direct", stance=cue_verb_stance(verb),
                             extractor="quotes", source_head=speaker.i))
    return out
