"""A post followed by the place it governs, then the holder's name, as South Asian outlets write
it: "Deputy Commissioner Lahore Ayesha Farooq Cheema", "District Collector Pune Rajesh Deshmukh",
"SSP Multan Kamran Ali". The tagger reads the place as the name's first word ("Lahore Ayesha"); a
reader reads the post, its place, then a name that opens on a given name."""
from __future__ import annotations

from spacy.tokens import Span

from . import gender
from ..lexicon import word_set


def _a_post(word: str) -> bool:
    """Offices only: after an honour ("Datuk Azman Ismail") an unknown word is a given name."""
    return word.lower().rstrip(".") in word_set("post_words_before_places")


def without_place_after_post(person: Span, is_title_word) -> Span:
    """The name less the post and the place after it, before or inside the span: the word after
    the post is no given name (a place), the one after that is ("SSP Multan Kamran Ali")."""
    doc = person.doc
    post = person.start - 1 if person.start and _a_post(doc[person.start - 1].text) else \
        person.start if _a_post(person[0].text) else None
    if post is None or post + 2 >= person.end:
        return person
    place, given = doc[post + 1], doc[post + 2]
    if not place.is_title or is_title_word(place.text) or gender.is_first_name(place.text) \
            or not gender.is_first_name(given.text):
        return person
    return doc[post + 2:person.end]


def places_after_posts_dropped(people: list[Span], is_title_word) -> list[Span]:
    """Each name less a place after a post, joined to the rest of the name where the tagger cut it
    in two ("Lahore Ayesha" and "Farooq Cheema": "Ayesha Farooq Cheema")."""
    out: list[Span] = []
    for p in people:
        last = out[-1] if out else None
        if last is not None and trimmed and last.end == p.start and "\n" not in last[-1].whitespace_ \
                and last[-1].whitespace_ and all(t.is_title for t in p):
            out[-1], trimmed = p.doc[last.start:p.end], False
            continue
        short = without_place_after_post(p, is_title_word)
        trimmed = short is not p
        out.append(short)
    return out
