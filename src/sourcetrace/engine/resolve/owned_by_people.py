"""A firm owned by people: "the family's insurer", "her bank", "the couple's lender". What
people own is theirs, not the one body of that kind the text names ("Acme Insurance said … the
family's insurer had told them …" may be any insurer), as a facility's owner is ("the line's
operator" is the one rail firm named)."""
from __future__ import annotations

import re

from ..lexicon import people_words

OWNING_PRONOUNS = {"his", "her", "their", "my", "our", "your"}
_OWNER = re.compile(r"^(?:[Tt]he\s+)?([A-Za-z]+)(?:'s|’s|s'|s’)\s")


def people_word(word: str) -> bool:
    """A word for a person or people ("farmer", "couple", "family", "wife")."""
    return word.lower() in people_words()


def owned_by_people(text: str) -> bool:
    """Whether the phrase opens on a person's pronoun or on people's possessive."""
    words = text.split()
    if words and words[0].lower() in OWNING_PRONOUNS:
        return True
    owner = _OWNER.match(text)
    return owner is not None and (people_word(owner.group(1)) or people_word(owner.group(1) + "s"))
