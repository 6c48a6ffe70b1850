"""A bare surname takes the sex of the given name it was first written with in full.

"The two no votes came from board members Latoya Grimes and Oscar Bell. Grimes said the city was
cutting where it hurts most, a charge the mayor rejected. “This is about the budget,” he said."
Only the list named Latoya Grimes in full; the source is "Grimes", who by that given name is no
"he". Where every person the text named in full with that surname before the mention has a given
name of one sex, the surname mention is of that sex; two of different sexes (a husband and wife)
leave it open. With two such people of different sexes ("Delfina Ortega … Her son, Mateo
Ortega"), "Ortega said he planned to attend" is the one the pronoun opening the reported words says.
"""
from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Doc

from .family_names import written_family_first
from .gender import from_first_name
from .mentions import Mention
from .names import person_entities, without_titles
from ..extract.base import Found
from ..parse import text_of

OPENING_PRONOUN = {"he": "m", "she": "f"}


def _named_in_full(doc: Doc) -> dict[str, list[tuple[int, str | None]]]:
    """Each surname (lower case) with where a full name ending in it starts and the sex its given
    name says (None where the name list does not know it)."""
    by_surname: dict[str, list[tuple[int, str | None]]] = defaultdict(list)
    for person in person_entities(doc):
        words = [t.text for t in without_titles(person) if t.tag_ != "POS"]
        if len(words) < 2 or written_family_first(" ".join(words)):
            continue
        by_surname[words[-1].lower()].append((person.start_char, from_first_name(words[0])))
    return by_surname


def sex_by_full_name(doc: Doc, ordered: list[Mention], said: set[int]) -> None:
    """Give each bare-surname source mention (by id in `said`) with no sex of its own the one sex
    of the given names written before it with that surname (in place)."""
    by_surname = None
    for m in ordered:
        if id(m) not in said or m.kind != "person" or not m.named or m.pronoun is not None or m.gender \
                or " " in m.name.strip():
            continue
        by_surname = _named_in_full(doc) if by_surname is None else by_surname
        sexes = {sex for at, sex in by_surname.get(m.name.strip().lower(), ()) if at < m.start}
        if len(sexes) == 1 and None not in sexes:
            m.gender = sexes.pop()


def sex_by_reported_pronoun(doc: Doc, found: list[Found], mentions: dict[int, Mention]) -> None:
    """Give a bare-surname source mention that people of both sexes bear, named in full, the sex
    of the "he" or "she" that opens the words reported of it ("Ortega said he …") (in place)."""
    text, by_surname = text_of(doc), None
    for i, m in mentions.items():
        if m.kind != "person" or not m.named or m.pronoun is not None or m.gender or " " in m.name.strip() \
                or found[i].type == "direct" or not found[i].content:
            continue
        start, end = found[i].content[0]
        opening = text[start:min(end, start + 4)].split()[:1]
        sex = OPENING_PRONOUN.get(opening[0].lower()) if opening else None
        if sex is None:
            continue
        by_surname = _named_in_full(doc) if by_surname is None else by_surname
        if {sex for _, sex in by_surname.get(m.name.strip().lower(), ())} >= {"m", "f"}:
            m.gender = sex
