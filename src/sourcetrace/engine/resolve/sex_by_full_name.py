"""A bare surname takes the sex of the given name it was first written with in full.

"The two no votes came from board members Latoya Grimes and Oscar Bell. Grimes said the city was
cutting where it hurts most, a charge the mayor rejected. “This is about the budget,” he said."
Only the list named Latoya Grimes in full; the source is "Grimes", who by that given name is no
"he". Where every person the text named in full with that surname before the mention has a given
name of one sex, the surname mention is of that sex; two of different sexes (a husband and wife)
leave it open.
"""
from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Doc

from .family_names import written_family_first
from .gender import from_first_name
from .mentions import Mention
from .names import person_entities, without_titles


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
