""""Professor Kumudini Wijesekera … died. Her daughter, Nilmini Wijesekera-Perera, said her
mother had insisted …": the daughter's mother is the one she was introduced as the daughter of;
a reader needs no new person for "her mother", however far the words are from the name."""
from __future__ import annotations

from ..lexicon import gendered_words

OWNERS = {"her": "f", "his": "m"}
PARENTS = {"mother", "father", "mum", "mom", "dad"}
CHILDREN = {"son", "daughter", "child"}
REACH = 600  # characters back to the child who calls someone "her mother"


def join_parents_of_children(ordered: list, entity_of: dict) -> None:
    """Join each source called only "her/his <parent>" to the person the last named person before
    it was introduced as the child of ("Her daughter, Nilmini …"), where the pronouns and the kin
    words fit each one's sex (in place)."""
    named = [m for m in ordered if m.pronoun is None and entity_of[id(m)].kind == "person" and entity_of[id(m)].named]
    for m in ordered:
        e = entity_of[id(m)]
        words = m.text.lower().split()
        if e.named or e.kind != "person" or len(words) != 2 or words[0] not in OWNERS or words[1] not in PARENTS \
                or any(x.pronoun is None and x.text.lower() != m.text.lower() for x in e.mentions):
            continue
        before = [x for x in named if x.start < m.start]
        if not before or m.start - before[-1].start > REACH:
            continue
        child = entity_of[id(before[-1])]
        parent = _introduced_as_child_of(child, named, entity_of, gendered_words().get(words[1])) \
            if child.fits(OWNERS[words[0]]) else None
        if parent is None or parent is e:
            continue
        for x in list(e.mentions):
            entity_of[id(x)] = parent
            parent.absorb(x)
        e.mentions = []


def _introduced_as_child_of(child, named: list, entity_of: dict, sex: str | None):
    """The person "Her daughter, …" points to: the last named person before that introduction
    whom the "her" or "his" fits; None where the child had no such opening, or where its "her"
    says a sex other than `sex`, the parent word's ("her father" is not whom "Her daughter" is)."""
    intro = next((x for x in child.mentions if _child_of(x.description)), None)
    if intro is None:
        return None
    owner = OWNERS[(intro.description or "").lower().split()[0]]
    if sex != owner:
        return None
    for x in reversed([x for x in named if x.start < intro.start]):
        person = entity_of[id(x)]
        if person is not child and person.fits(owner):
            return person
    return None


def _child_of(description: str | None) -> bool:
    words = (description or "").lower().split()
    return len(words) == 2 and words[0] in OWNERS and words[1] in CHILDREN
