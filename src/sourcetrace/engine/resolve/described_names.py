"""Names no name list knows ("Nikau Pere", "Sutrisno", "Hinemoa Pere"), which a reader still
takes for people by what the text sets beside them: an age ("Nikau Pere, 19,"), a word for what a
person is or does ("Sutrisno, a rice farmer in Central Java"), or a surname already a person's
("Hinemoa Pere" in a story where "Nikau Pere, 19," is named). Linear in the text: one pass over
its tokens for the runs of capitals, each run looked at once."""
from __future__ import annotations

import re
from typing import Callable

from spacy.tokens import Doc, Span

from ..lexicon import word_set
from ..parse import text_of

MOST_WORDS = 3
DESCRIPTION_WORDS = 5  # "a rice farmer in …": words from the article to the person noun, at most
AGED = re.compile(r",\s*\d{1,3}\s*[,.]")
DESCRIPTION_ENDS = {",", ".", ";", "of", "in", "from", "at", "who", "with", "for", "on", "and", "whose"}
PERSON_LABELS = {"PERSON"}
OTHER_LABELS = {"", "ORG", "GPE", "NORP", "PRODUCT", "WORK_OF_ART", "FAC", "LOC"}


def _capital_runs(doc: Doc, name_word: Callable[[str], bool]) -> list[Span]:
    """Maximal runs of one to three capitalised name words (hyphens kept inside: "Abdel-Rahman"),
    none a person's name already, each outside any sentence's first word unless alone."""
    runs, i = [], 0
    while i < len(doc):
        j = i
        while j < len(doc) and name_word(doc[j].text) and doc[j].ent_type_ in OTHER_LABELS:
            j += 1
            if j + 1 < len(doc) and doc[j].text == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_ \
                    and name_word(doc[j + 1].text):
                j += 1
        if j > i:
            if j - i <= MOST_WORDS + 2:
                runs.append(doc[i:j])
            i = j
        else:
            i += 1
    return runs


def _described(run: Span) -> bool:
    """Whether the words after the run say a person: ", 19," or ", a rice farmer …"."""
    doc, text = run.doc, text_of(run.doc)
    if AGED.match(text, run.end_char):
        return True
    k = run.end
    if k + 2 >= len(doc) or doc[k].text != "," or doc[k + 1].lower_ not in ("a", "an"):
        return False
    nouns = word_set("person_nouns") | word_set("titles")
    last = None
    for t in doc[k + 2:k + 2 + DESCRIPTION_WORDS]:
        if t.lower_ in DESCRIPTION_ENDS or t.is_punct:
            break
        last = t
    return last is not None and last.pos_ == "NOUN" and last.lemma_.lower() in nouns


def described_people(doc: Doc, people: list[Span], name_word: Callable[[str], bool],
                     plain: Callable[[Span], bool]) -> list[Span]:
    """The names among the runs of capitals that an age or a word for a person follows, and the
    runs of two or three words ending on one of their last words (the family's name), or on the
    last word of a name already a person's. `plain` says whether a run's words are all unknown to
    English and to the words for bodies, as a name's are."""
    runs = [r for r in _capital_runs(doc, name_word) if len(r.text.split()) <= MOST_WORDS and plain(r)]
    taken = {i for p in people for i in range(p.start, p.end)}
    runs = [r for r in runs if not taken & set(range(r.start, r.end))]
    found = [r for r in runs if _described(r)]
    surnames = {r.text.split()[-1] for r in found} | {p.text.split()[-1] for p in people if len(p.text.split()) > 1}
    singles = {r.text for r in found if len(r.text.split()) == 1}
    out = list(found)
    for r in runs:
        if r in found:
            continue
        words = r.text.split()
        if len(words) == 1 and r.text in singles or 2 <= len(words) and words[-1] in surnames:
            out.append(r)
    return out
