"""A surname that opens on a particle, called alone ("Al Mansoori", "Le Pen", "van Dijk", "dos
Santos"), is the one person named in full with it: two words, but no given name among them."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..lexicon import word_set


def in_full_by_particle_surname(doc: Doc, name: str) -> str | None:
    """The full name, named once in the text, that ends on `name`, a surname opening on a particle
    (name_particles.txt, surname_particles.txt), or opens a double-barrelled surname with it; None
    if none or two people bear it."""
    words = name.split()
    if len(words) < 2 or words[0].lower() not in word_set("name_particles") | word_set("surname_particles"):
        return None
    from .names import person_entities, without_possessive, without_titles  # names.py reads this module's other rule
    fulls = set()
    for person in person_entities(doc):
        full = without_possessive(without_titles(person))
        # "Van den Berg", capitalised to open a sentence, is "van den Berg", and the first part of
        # a double-barrelled "van den Berg-Oosterhout"
        lowered, called = full.lower(), name.lower()
        if (lowered.endswith(" " + called) or f" {called}-" in lowered) and len(full.split()) > len(words):
            fulls.add(full)
    return fulls.pop() if len(fulls) == 1 else None


def bare_surname_words(key: str) -> list[str] | None:
    """The words of `key` where it is a surname alone: one word ("rawahi"), or one after the
    particles that open it ("al rawahi", "van der berg"), which a reader hears as one surname;
    None for anything longer (a given name and a surname)."""
    words = key.split()
    particles = word_set("name_particles") | word_set("surname_particles")
    return words if words and all(w in particles for w in words[:-1]) else None


def misread_particle_surnames(doc: Doc, people: list[Span], labels: set[str]) -> list[Span]:
    """"Al Rawahi says" after "Salim bin Khamis Al Rawahi", tagged a body (`labels`): a surname
    opening on a particle, set apart, that ends a person's name found is that surname, a person's."""
    particles = word_set("name_particles") | word_set("surname_particles")
    endings = {tuple(t.lower_ for t in p[-k:]) for p in people for k in (2, 3) if len(p) > k}
    taken = {(p.start, p.end) for p in people}
    found = [e for e in doc.ents if e.label_ in labels and 2 <= len(e) <= 3 and (e.start, e.end) not in taken
             and e[0].lower_ in particles and tuple(t.lower_ for t in e) in endings]
    return sorted(people + found, key=lambda p: p.start) if found else people
