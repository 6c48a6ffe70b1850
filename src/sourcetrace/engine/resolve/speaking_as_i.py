"""A name the tagger took for a body's is a person's when its own quoted words speak as "I"
("'I think the plan is dead,' Grace Mills said"), or when the next source in its paragraph is a
"she" or "he" ("Kimberly Hart said the plan was dead. She said …"). A body speaks as "we" and is
"it", never "I" or "she", so the text settles what the name alone leaves open ("Grace Mills" may be
a mill; "Georgia Power" is a utility). Only names shaped as a person's: two or three capitalised
words with no word of a body's kind, a firm's ending, a legal form or a title among them."""
from __future__ import annotations

from spacy.tokens import Doc

from ..extract.base import Found
from ..lexicon import kind_words
from ..parse import span_at, text_of
from . import gender
from .mentions import Mention
from .surname_gender import opens_a_quote
from .names import is_title_word, kind_vocabulary, name_word, surname_of

FIRST_PERSON = {"i", "me", "my", "mine", "myself"}
SEXED = {"she": "f", "he": "m"}


def people_speaking_as_i(doc: Doc, found: list[Found], mentions: dict[int, Mention]) -> None:
    """Make each named "organization" that speaks as a person one, in place."""
    text = text_of(doc)
    ordered = sorted(mentions.items(), key=lambda im: im[1].start)
    for k, (i, m) in enumerate(ordered):
        if m.kind != "organization" or not m.named or not _person_shaped(m.name):
            continue
        nxt = ordered[k + 1][1] if k + 1 < len(ordered) else None
        between = text[m.end:nxt.start] if nxt is not None else "\n\n"
        sex = SEXED.get(nxt.text.strip().lower()) if "\n\n" not in between and not opens_a_quote(between) else None
        if sex is None and not (found[i].type in ("direct", "mixed") and _says_i(doc, found[i])):
            continue
        words = m.name.split()
        m.kind, m.first_name, m.surname = "person", words[0], surname_of(m.name)
        m.gender = m.gender or sex or gender.from_first_name(words[0])


def _person_shaped(name: str) -> bool:
    words = name.split()
    body_words = kind_vocabulary() | kind_words()["firm_name_words"]
    return 2 <= len(words) <= 3 and all(name_word(w) for w in words) \
        and not any(w.lower() in body_words or w in kind_words()["legal_form_words"] or is_title_word(w)
                    for w in words)


def _says_i(doc: Doc, f: Found) -> bool:
    for start, end in f.content:
        span = span_at(doc, start, end)
        if span is not None and any(t.lower_ in FIRST_PERSON and t.pos_ == "PRON" for t in span):
            return True
    return False
