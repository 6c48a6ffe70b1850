"""Attributions marked by punctuation: "Smith: “…”", "“…” — Jane Doe", a
paragraph that ends "X said:" introducing the next one, quoted or set as a block,
and labelled lines: transcript turns ("WALLACE: …") and "Name: …" headlines."""
from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Token

from . import extractors
from .base import Found
from .precision import statement_words
from .quotemarks import Quote, find_quotes
from .syntax import cue_phrase, cue_verb_stance, speaker_offsets, subject, trim
from ..lexicon import kind_words, word_set
from ..parse import entities_of, scratch, span_at, text_of

MAX_LABEL_TOKENS = 6
# A line opening "LABEL: …", perhaps after a stray quote mark left by the transcript's source.
LABELLED_LINE = re.compile(r"(?m)^[\"'“]?[ \t]*([^\W\d][^:\n]{0,60}?)[ \t]*:[ \t\u00a0]+(\S[^\n]*)")
SPEAKING_ENTITIES = {"PERSON", "ORG", "NORP", "GPE"}
# what may stand above a dateline: a headline, a kicker, a byline and the outlet, each one short line
HEAD_LINES_MOST = 5
HEAD_LINE_CHARS = 120
TURN_TAKERS = {"PERSON", "ORG"}
PLACES = {"GPE", "LOC"}


def _name_like(doc: Doc, start: int, end: int) -> bool:
    """A short speaker label: a name or a short noun phrase, no verb."""
    span = span_at(doc, start, end)
    if span is None or not 0 < len(span) <= MAX_LABEL_TOKENS:
        return False
    if any(t.pos_ in ("VERB", "AUX") for t in span):
        return False
    return any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in span)


def _lead_in_verb(doc: Doc, colon: int) -> Token | None:
    """The cue verb of a sentence ending at `colon` ("The Times reports:"), if it has a speaker."""
    span = span_at(doc, colon, colon + 1)
    if span is None:
        return None
    root = span[0].sent.root
    if not cue_verb_stance(root) or subject(root) is None:
        return None
    # "He said the plan was this:" already has its content.
    if any(c.dep_ in ("ccomp", "xcomp") for c in root.children):
        return None
    return root


def _lead_ins(doc: Doc, quotes: list[Quote]) -> list[Found]:
    """"Caddell continued:" closing a paragraph: the next paragraph is what was said."""
    text = text_of(doc)
    out = []
    opening_at = {q.outer[0]: q for q in reversed(quotes)}  # the first quote opening at each place
    for end in re.finditer(r":[ \t\r]*\n\s*", text):  # CR LF line ends too
        colon, nxt = end.start(), end.end()
        if nxt >= len(text):
            continue
        verb = _lead_in_verb(doc, colon)
        if verb is None or verb.idx > colon:
            continue  # the sentence's verb comes after the colon: no "X said:" leads in
        quote = opening_at.get(nxt)
        if quote is not None:
            content = list(quote.parts)
        else:
            para_end = text.find("\n", nxt)
            block = trim(doc, nxt, len(text) if para_end < 0 else para_end)
            if block is None:
                continue
            content = [block]
        cue = cue_phrase(verb)
        if not text[cue[1]:colon].strip():
            cue = (cue[0], colon + 1)  # PolNeAR's cue takes the colon: "said:"
        speaker = subject(verb)
        out.append(Found(content=content, cue=cue, source=speaker_offsets(speaker),
                         type="direct", stance=cue_verb_stance(verb), extractor="colon",
                         source_head=speaker.i))
    return out


def _speaking_label(doc: Doc, start: int, end: int, headline: bool, turns: Counter) -> bool:
    """A transcript turn's label is a name in capitals that the text also writes as a name
    ("PENCE" for Mike Pence, unlike "UPDATE"), or one of two or more such labels taking turns;
    a headline's label names a person, a body or a document ("Poll: …")."""
    label = text_of(doc)[start:end]
    if not _name_like(doc, start, end) or label.strip().lower() in word_set("piece_labels"):
        return False  # "Review: …", "Q&A: …", "THE CLAIM: …" say what follows, not who
    names, places = _speakers_and_places(doc)
    if label.strip() in places:
        return False  # "Angola: nine miners killed …", as agencies head a story with its country
    if label.isupper() and len(label) > 1:
        if len(turns) >= 2 and max(turns.values()) >= 2:
            return True
        wanted = {w.strip(".").lower() for w in label.split()}
        # Only a person or a body takes turns; a place in capitals before a colon is a dateline ("PUNE: …").
        speakers = [e for e in names if e.label_ in TURN_TAKERS and not e.text.isupper()]
        if any(w in wanted for e in speakers for w in e.text.lower().split()):
            return True
    if _initials_take_turns(label, turns):
        return True
    if not headline:
        return False
    span = span_at(doc, start, end)
    if span is None or _dated_topic(span):
        return False
    # Headlines defeat the entity recogniser: a label of proper nouns alone is a name too; a
    # name inside a longer label ("From Kerala to the Prairies") is no speaker.
    return any(start <= e.start_char <= start + len("the ") and end - 1 <= e.end_char <= end for e in names) \
        or all(t.pos_ == "PROPN" or t.is_punct for t in span) and len(span) <= 4 \
        or span.root.lower_ in kind_words()["document"]


def _speakers_and_places(doc: Doc) -> tuple[list, frozenset[str]]:
    """The entities that may speak and the names of places, listed once per doc for all its labels."""
    memory = scratch(doc)
    if "colon_entities" not in memory:
        ents = entities_of(doc)
        memory["colon_entities"] = ([e for e in ents if e.label_ in SPEAKING_ENTITIES],
                                    frozenset(e.text for e in ents if e.label_ in PLACES))
    return memory["colon_entities"]


def _dated_topic(label) -> bool:
    """"Budget 2025-26: …", "Election 2024: …": a headline label holding a year or a number names the
    story's topic, not who speaks."""
    return any(t.like_num or any(c.isdigit() for c in t.text) for t in label)


def _initials_take_turns(label: str, turns: Counter) -> bool:
    """"Mick Tierney: Raw, still." then "MT: Look, …": a transcript names a speaker in full on the
    first turn and by initials after; a name of capitalised words whose initials label other
    turns, among two labels or more that take turns, is a turn's label too."""
    words = label.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and not w.isupper() for w in words):
        return False
    return len(turns) >= 2 and turns.get("".join(w[0] for w in words), 0) >= 1


def _dateline(text: str, line: re.Match, turns: Counter) -> bool:
    """A lone label in capitals opening the story's first paragraph, under its headline (and a kicker
    or byline: short lines, no paragraph), is where the story was filed ("PUNE: Every morning …"),
    whatever the entity recogniser makes of the place."""
    label = line.group(1)
    above = [row for row in text[:line.start()].splitlines() if row.strip()]
    return label.isupper() and len(above) <= HEAD_LINES_MOST and all(len(row) <= HEAD_LINE_CHARS for row in above) \
        and sum(turns.values()) == 1


def _labelled_lines(doc: Doc, done: list[Found]) -> list[Found]:
    text = text_of(doc)
    lines = list(LABELLED_LINE.finditer(text))
    turns = Counter(m.group(1) for m in lines if m.group(1).isupper())
    out = []
    for m in lines:
        (ls, le), (cs, ce) = m.span(1), m.span(2)
        colon = text.index(":", le)
        if any(f.cue == (colon, colon + 1) for f in done):
            continue
        if _dateline(text, m, turns) or any(mark in m.group(1) for mark in "\"“”"):
            continue  # a colon inside a quoted title ('The study, "Vanishing Potholes: …"') labels no one
        if _speaking_label(doc, ls, le, m.start() == 0, turns):
            content = trim(doc, cs, ce)
            if content:
                out.append(Found(content=[content], cue=(colon, colon + 1), source=(ls, le), type="direct",
                                 extractor="colon"))
    return out


@extractors.register("colon")
def extract_colon(doc: Doc) -> list[Found]:
    text = text_of(doc)
    quotes = list(find_quotes(text))
    out = _lead_ins(doc, quotes)
    for quote in quotes:
        qs, qe = quote.outer
        # "Label: “…”" at a line's or sentence's start.
        line_start = text.rfind("\n", 0, qs) + 1
        lead = text[line_start:qs].rstrip()
        if lead.endswith(":"):
            label = trim(doc, line_start, len(text[:line_start]) + len(lead) - 1)
            if label and _name_like(doc, *label):
                colon = line_start + len(lead) - 1
                out.append(Found(content=[p for p in quote.parts], cue=(colon, colon + 1), source=label,
                                 type="direct", extractor="colon"))
                continue
        # "“…” — Label" closing a line.
        line_end = text.find("\n", qe)
        line_end = len(text) if line_end < 0 else line_end
        tail = text[qe:line_end]
        stripped = tail.lstrip(" ,.\u00a0\t")
        if stripped[:1] in ("—", "–", "-", "―"):
            dash = qe + (len(tail) - len(stripped))
            label = trim(doc, dash + 1, line_end, ".")
            if label and _name_like(doc, *label):
                out.append(Found(content=list(quote.parts), cue=(dash, dash + 1), source=label,
                                 type="direct", extractor="colon"))
    return out + _labelled_lines(doc, out)
