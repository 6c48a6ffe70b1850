"""The story's writer on its byline ("By Ardiansyah Putra", "By FARAI GUMBO-MUCHENA")."""
from __future__ import annotations

import re

from spacy.tokens import Span

from ..parse import parsed_text
from .names import from_capitals

BYLINE_WORDS_MOST = 12
# a name's words as a byline sets them in capitals: letters, a hyphen or an apostrophe inside
CAPITALS_NAME = re.compile(r"[A-Z][A-Z'’-]*[A-Z](?:[ \t]+[A-Z][A-Z'’-]*[A-Z]){1,4}")


def on_a_byline(ent: Span) -> bool:
    """"By Ardiansyah Putra", "Words and photos by …", "Interview by …": the story's writer, on a
    short line of their own, is no one in its context a pronoun may stand for."""
    text = parsed_text(ent.doc)
    start = text.rfind("\n", 0, ent.start_char) + 1
    end = text.find("\n", ent.end_char)
    line = text[start:end if end != -1 else len(text)]
    return len(line.split()) <= BYLINE_WORDS_MOST and text[start:ent.start_char].lower().rstrip().endswith("by")


def byline_name_in_capitals(span: Span) -> str | None:
    """"By FARAI GUMBO-MUCHENA": a byline set in capitals names its writer, whom the tagger, reading
    capitals, may take for a number or a noun; the name as a reader writes it ("Farai
    Gumbo-Muchena"), or None."""
    words = " ".join(span.text.split())
    if not CAPITALS_NAME.fullmatch(words) or not on_a_byline(span):
        return None
    return from_capitals(words)
