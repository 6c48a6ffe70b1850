"""A surname that opens on a particle, called alone ("Al Mansoori", "Le Pen", "van Dijk", "dos
Santos"), is the one person named in full with it: two words, but no given name among them."""
from __future__ import annotations

from spacy.tokens import Doc

from ..lexicon import word_set
from .names import person_entities, without_titles


def in_full_by_particle_surname(doc: Doc, name: str) -> str | None:
    """The full name, named once in the text, that ends on `name`, a surname opening on a particle
    (name_particles.txt, surname_particles.txt); None if none or two people bear it."""
    words = name.split()
    if len(words) < 2 or words[0].lower() not in word_set("name_particles") | word_set("surname_particles"):
        return None
    fulls = set()
    for person in person_entities(doc):
        full = "".join(t.text_with_ws for t in without_titles(person) if t.tag_ != "POS").strip()
        if full.endswith(" " + name) and len(full.split()) > len(words):
            fulls.add(full)
    return fulls.pop() if len(fulls) == 1 else None
