""""Pere's grandson, Nikau Pere … His grandmother has. “I'm not going anywhere,” she said": a
relative known only as someone's ("Nikau Pere's grandmother") is the one other person the text
names with that surname whom the kin word fits, as a reader takes it."""
from __future__ import annotations

from ..lexicon import gendered_words, kind_words
from .coref import Entity


def join_owned_kin(ordered: list, entity_of: dict[int, Entity]) -> None:
    """Join each source called "X's <kin>" to the one other named person of X's surname (in place)."""
    people = {id(e): e for e in entity_of.values() if e.kind == "person" and e.named}
    kin = kind_words()["kin"]
    for m in ordered:
        e = entity_of[id(m)]
        words = e.name.split() if e.kind == "person" and not e.named else []
        if len(words) < 2 or not words[-2].endswith(("'s", "’s")) or words[-1] not in kin:
            continue
        owner_name = " ".join(words[:-1])[:-2]
        owner = next((p for p in people.values() if p.name == owner_name), None)
        if owner is None or not owner.surname:
            continue
        said = gendered_words().get(words[-1])
        same = [p for p in people.values() if p is not owner and p is not e and p.surname == owner.surname
                and " " in p.name.strip() and p.fits(said)]
        if len(same) != 1:
            continue
        into = same[0]
        for x in list(e.mentions):
            entity_of[id(x)] = into
            into.absorb(x)
        e.mentions = []
