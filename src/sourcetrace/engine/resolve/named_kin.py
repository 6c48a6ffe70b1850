""""Yolanda Mendoza, whose son Jhonny Carrasco Mendoza is serving a sentence … Her husband said
their son had phoned and told him: …": a relative known only as someone's ("their son", "Santos's
son") is the person the text introduced by name as that relative ("whose son Jhonny …", "His son,
Lucas dos Santos"), where it introduced exactly one so; a reader needs no new person."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..lexicon import kind_words
from .names import person_entities, without_titles

OWNING = {"whose", "his", "her", "their"}


def _kin_introduced(doc: Doc) -> dict[str, list[Span]]:
    """Each kin word with the names the text set right after it and an owner ("whose son Jhonny
    …", "her son, Luis …", "Ana's daughter Rosa …"), in order."""
    kin, found = set(kind_words()["kin"]), {}
    for person in person_entities(doc):
        k = person.start - 1
        if k >= 0 and doc[k].text == ",":
            k -= 1
        if k < 1 or doc[k].lower_ not in kin:
            continue
        owner = doc[k - 1]
        if owner.lower_ in OWNING or owner.tag_ == "POS":
            found.setdefault(doc[k].lower_, []).append(person)
    return found


def name_kin_introduced(doc: Doc, ordered: list, entity_of: dict) -> None:
    """Name each source known only as "<owner> <kin>" after the one person introduced before it by
    name as that kin; where the owner is named ("Santos's son"), the relative must share the
    owner's last name (in place)."""
    introduced = _kin_introduced(doc)
    if not introduced:
        return
    named = {e.name.lower(): e for e in entity_of.values() if e.kind == "person" and e.named}
    for m in ordered:
        e = entity_of[id(m)]
        words = e.name.split()
        if e.named or e.kind != "person" or not 2 <= len(words) <= 4 or words[-1].lower() not in introduced:
            continue
        owner = words[-2]
        if owner.lower() not in OWNING and not owner.endswith(("'s", "’s")):
            continue
        before = [p for p in introduced[words[-1].lower()] if p.end_char <= min(x.start for x in e.mentions)]
        if len({p.text for p in before}) != 1:
            continue
        name = " ".join(t.text for t in without_titles(before[-1]) if t.tag_ != "POS")
        if owner.endswith(("'s", "’s")) and owner[:-2].split()[-1:] != name.split()[-1:]:
            continue
        into = named.get(name.lower())
        if into is None:
            e.name, e.named, e.surname = name, True, name.split()[-1]
            named[name.lower()] = e
            continue
        for x in list(e.mentions):
            entity_of[id(x)] = into
            into.absorb(x)
        e.mentions = []
