"""A headline's own reports, which its clipped grammar hides from the parser: "Minister rejects
claims he fast-tracked contract", "Education minister denies paper leak, orders probe",
"Burglaries up 40%, police say". The extractor runs last in every profile, so any other
extractor's find on the same words wins (and `headline.repair` mends those the parser half read).
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from . import extractors
from ..lexicon import cue_stance
from ..parse import span_at, text_of
from ..parse.breaks import headline_lines
from .base import Found
from .claim_nouns import names_a_claim
from .headline import MAX_SOURCE_WORDS, deny_form
from .precision import statement_words
from .syntax import token_offsets

_CLAUSE_ENDS = re.compile(r"[;,:]\s+|\s+[–—-]\s+")
_HEADER = re.compile(r"([A-Za-z][A-Za-z-]{0,20}):[^\n]*\n")


def headline_span(text: str) -> tuple[int, int] | None:
    """The first line (after a mail's header block, "From: …/Subject: …"), when it reads as a
    headline (`parse.breaks.headline_lines`) and stands alone above a blank line."""
    top = _after_mail_headers(text)
    lines = headline_lines(text[top:])
    if not lines or "\n" in text[top + lines[0][0]:top + lines[0][1]]:
        return None
    start, end = top + lines[0][0], top + lines[0][1]
    below = text[end:].lstrip(" \t\r")
    alone = below.startswith("\n") and below[1:].lstrip(" \t\r").startswith("\n")  # a blank line under it
    return (start, len(text[:end].rstrip())) if alone and not text[top:start].strip() else None


def _after_mail_headers(text: str) -> int:
    """Where the text starts after a leading block of mail headers and the blank line closing it; 0
    when it opens with none (lexicon: statements.json mail_header_fields)."""
    fields = statement_words()["mail_header_fields"]
    at = 0
    while (m := _HEADER.match(text, at)) is not None and m.group(1).lower() in fields:
        at = m.end()
    if at == 0:
        return 0
    blank = re.compile(r"[ \t\r]*\n").match(text, at)
    return blank.end() if blank else 0


def _clauses(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """"Sweetener linked to stroke risk; maker disputes results" → its two clauses."""
    out, start = [], span[0]
    for m in _CLAUSE_ENDS.finditer(text, span[0], span[1]):
        out.append((start, m.start()))
        start = m.end()
    return out + [(start, span[1])]


def _words(doc: Doc, start: int, end: int) -> list[Token]:
    span = span_at(doc, start, end)
    return [t for t in span if not t.is_space] if span is not None else []


def _says(doc: Doc, clauses: list[tuple[int, int]], k: int) -> Found | None:
    """"Burglaries up 40% in Brennerton, police say", "Tram to open a year late, city admits": a
    short "X says" (or admits, warns …) after a clause reports it, with the cue verb's stance."""
    words = _words(doc, *clauses[k])
    if k == 0:
        return None
    words = _before_when(words)
    if not 2 <= len(words) <= 4:
        return None
    if words[0].lower_ in statement_words()["headline_inverting_verbs"] and cue_stance(words[0].lemma_):
        # "Library closure 'a last resort', says council leader", "…, claims opposition": the
        # speaker after the verb (not "…, announces hub": a verb with an object of its own)
        return Found(content=[clauses[k - 1]], cue=token_offsets(doc, words[0].i, words[0].i),
                     stance=cue_stance(words[0].lemma_), source=token_offsets(doc, words[1].i, words[-1].i),
                     source_head=words[-1].i, extractor="headline")
    verb = words[-1]
    stance = cue_stance(verb.lemma_)
    if verb.lower_ not in ("say", "says") and not (verb.lower_.endswith("s") and verb.pos_ == "VERB"):
        return None
    if stance is None or stance in ("deny", "question"):
        return None  # "…, minister denies" has no claim of its own to report
    return Found(content=[clauses[k - 1]], cue=token_offsets(doc, verb.i, verb.i), stance=stance,
                 source=token_offsets(doc, words[0].i, words[-2].i), source_head=words[-2].i, extractor="headline")


def _present_cue(token: Token) -> bool:
    """"says", "claims", "warns": a cue verb's present form, as headlines write it."""
    return token.lower_ == "says" or token.lower_.endswith("s") and token.pos_ in ("VERB", "NOUN") \
        and cue_stance(token.lemma_) is not None


def _before_when(words: list[Token]) -> list[Token]:
    """"…, judge says as he is jailed", "…, coroner warns after crash": the clause up to the
    subordinator that tells when the speaker spoke (lexicon: statements.json headline_when_words)."""
    when = statement_words()["headline_when_words"]
    cut = next((k for k, t in enumerate(words) if 2 <= k <= 4 and t.lower_ in when
                and any(_present_cue(w) for w in words[:k])), None)
    return words[:cut] if cut is not None else words


def _claimed(token: Token) -> bool:
    """A word that names something said or found: "claims", "report", "results", "findings"."""
    return names_a_claim(token, tags=None, findings=True) or token.lemma_.lower() in statement_words()["disputed_findings"]


def _denial_in(doc: Doc, clause: tuple[int, int]) -> Found | None:
    """"State senator denies steering grant to nephew's charity": the words before a deny verb's
    present form deny the words after it."""
    words = _words(doc, *clause)
    at = next((k for k, t in enumerate(words) if 0 < k <= MAX_SOURCE_WORDS and t.lower_.endswith("s")
               and deny_form(t)), None)
    if at is None or at + 1 >= len(words) or not any(t.pos_ in ("NOUN", "PROPN") for t in words[:at]):
        return None
    verb, last_cue = words[at], at
    if at + 2 < len(words) and names_a_claim(words[at + 1], tags=("NOUN", "VERB")):
        last_cue = at + 1  # "rejects claims he …": the cue takes the claim noun, as `headline.repair` reads it
    elif verb.lemma_.lower() != "deny" and not words[at + 1].lower_.endswith("ing") \
            and not any(_claimed(t) for t in words[at + 1:]):
        return None  # "Club rejects offer for striker": a decision, not a denial
    elif verb.lemma_.lower() == "deny" and ({words[at + 1].lemma_.lower(), words[at + 1].lower_}
                                             & statement_words()["granted_things"]):
        return None  # "Council denies permit", "… denies planning permission": a decision
    return Found(content=[token_offsets(doc, words[last_cue + 1].i, words[-1].i)],
                 cue=token_offsets(doc, verb.i, words[last_cue].i),
                 source=token_offsets(doc, words[0].i, words[at - 1].i), source_head=words[at - 1].i,
                 stance="deny", extractor="headline")


def _object_reported(doc: Doc, clause: tuple[int, int]) -> Found | None:
    """"Caledon confirms £2.4m fund for wind farm", "DC promises desilting within a week": a
    speaker, a verb of saying in the present that names what it says as its object (lexicon:
    statements.json headline_object_verbs), and that object; the parser may read the verb as a
    plural noun, or find no clause to report. After a subordinator ("… as opposition claims …")
    the speaker starts past it."""
    words = _words(doc, *clause)
    when = statement_words()["headline_when_words"]
    at = next((k for k, t in enumerate(words) if 0 < k <= MAX_SOURCE_WORDS and t.lower_.endswith("s")
               and _stem(t.lower_) in statement_words()["headline_object_verbs"]), None)
    if at is None or at + 1 >= len(words):
        return None
    first = max((k + 1 for k, t in enumerate(words[:at]) if t.lower_ in when), default=0)
    who = words[first:at]
    if not who or not any(t.pos_ in ("NOUN", "PROPN") for t in who) or words[at + 1].is_punct and not words[at + 1].is_quote:
        return None
    verb, stem = words[at], _stem(words[at].lower_)
    return Found(content=[token_offsets(doc, words[at + 1].i, words[-1].i)], cue=token_offsets(doc, verb.i, verb.i),
                 source=token_offsets(doc, who[0].i, who[-1].i), source_head=who[-1].i,
                 stance=cue_stance(stem) or "assert", extractor="headline")


def _stem(word: str) -> str:
    """"confirms" → "confirm", "promises" → "promise", "denies" → "deny"."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    return word[:-1]


@extractors.register("headline")
def extract_headline(doc: Doc) -> list[Found]:
    """A headline's own reports, which its clipped grammar hides from the parser: "Minister rejects
    claims he fast-tracked contract", "…, police say". Run last: any other extractor's find wins."""
    text = text_of(doc)
    span = headline_span(text)
    if span is None:
        return []
    clauses = _clauses(text, span)
    finds = [f for k, clause in enumerate(clauses)
             if (f := _denial_in(doc, clause) or _says(doc, clauses, k) or _object_reported(doc, clause))]
    return [f for f in finds if f.content[0] is not None and f.cue is not None and f.source is not None]
