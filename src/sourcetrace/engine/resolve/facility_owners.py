""""A strike at Chile's Cerro Alto mine … the mine's operator warned … Minera Cerro Alto SpA said":
a body called only as a facility's owner or operator ("the mine's operator", "the hotel's
owners", "the port's operator") is the one named body whose own name holds the name the text
gives that facility ("Cerro Alto" of "Cerro Alto mine"). A facility named twice, or two bodies
holding its name, leave it. Linear: the facility's names are read once per document and word."""
from __future__ import annotations

from spacy.tokens import Doc

from ..lexicon import kind_words
from ..parse import scratch

OWNER_WORDS = {"operator", "operators", "owner", "owners", "manager", "managers"}


def owned_facility(words: list[str]) -> str | None:
    """The facility a description's possessive names ("mine" of "the mine's operator"), where its
    head is a word for who owns or runs it."""
    if len(words) != 3 or words[2].lower() not in OWNER_WORDS | kind_words()["facility_owner_words"]:
        return None
    facility = words[1].lower().replace("’", "'").removesuffix("'s")
    return facility if facility in kind_words()["facilities"] else None


def _facility_names(doc: Doc, facility: str) -> frozenset[str]:
    """The names the text gives facilities of a kind: the capitalised words just before the word
    ("Cerro Alto" of "Chile's Cerro Alto mine"), once per document and word."""
    memory = scratch(doc).setdefault("facility_names", {})
    if facility not in memory:
        names = set()
        for t in doc:
            if t.lower_ != facility:
                continue
            k = t.i
            while k > t.sent.start and doc[k - 1].is_title and doc[k - 1].pos_ == "PROPN" \
                    and doc[k - 1].ent_type_ != "NORP" and t.i - k < 4:  # not "a Chilean mine"
                k -= 1
            if k < t.i:
                names.add(doc[k:t.i].text.lower())
        memory[facility] = frozenset(names)
    return memory[facility]


def owner_by_facility_name(doc: Doc, facility: str, bodies: list) -> list:
    """The named bodies (sources) whose names hold the one name the text gives the facility."""
    names = _facility_names(doc, facility)
    if len(names) != 1:
        return []
    held = next(iter(names))
    return [b for b in bodies if f" {held} " in f" {b.name.lower()} " and b.name.lower() != held]
