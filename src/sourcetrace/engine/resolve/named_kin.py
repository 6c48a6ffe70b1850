""""Yolanda Mendoza, whose son Jhonny Carrasco Mendoza is serving a sentence … Her husband said
their son had phoned and told him: …": a relative known only as someone's ("their son", "Santos's
son") is the person the text introduced by name as that relative ("whose son Jhonny …", "His son,
Lucas dos Santos"), where it introduced exactly one so; a reader needs no new person."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..lexicon import kind_words, word_set
from .feminine_surnames import woman_by_surname
from .names import english, person_entities, spoken_name
from .patronyms import patronymic_surname

OWNING = {"whose", "his", "her", "their"}


def _kin_introduced(doc: Doc) -> dict[str, list[Span]]:
    """Each kin word with the names the text set right after it and an owner ("whose son Jhonny
    …", "her son, Luis …", "Ana's daughter Rosa …"), in order."""
    kin, found = set(kind_words()["kin"]), {}
    for person in sorted([*person_entities(doc), *_untagged_given_names(doc, kin)], key=lambda p: p.start):
        k = person.start - 1
        if k >= 0 and doc[k].text == ",":
            k -= 1
        if k < 1 or doc[k].lower_ not in kin:
            continue
        owner = doc[_owner_at(doc, k)]
        if owner.lower_ in OWNING or owner.tag_ == "POS":
            found.setdefault(doc[k].lower_, []).append(person)
    return found


def _untagged_given_names(doc: Doc, kin: set[str]) -> list[Span]:
    """"his father, Konstantinos, arrived …": a given name set off by commas right after an owned
    kin word, no English word, that the tagger left untagged."""
    tagged = {p.start for p in person_entities(doc)}
    found = []
    for t in doc:
        k = t.i + 2
        if t.lower_ not in kin or k + 1 >= len(doc) or doc[t.i + 1].text != "," or doc[k + 1].text != "," \
                or k in tagged or doc[_owner_at(doc, t.i)].lower_ not in OWNING and doc[_owner_at(doc, t.i)].tag_ != "POS":
            continue
        word = doc[k]
        if word.is_alpha and word.is_title and not english(word.lower_) and word.ent_type_ in ("", "PERSON", "ORG", "NORP"):
            found.append(doc[k:k + 1])
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
        name = spoken_name(before[-1])
        owner_name = " ".join(words[:-1])[:-2]
        family = owner[:-2]
        if owner.endswith(("'s", "’s")) and " " not in name and words[-1].lower() in SHARING_THE_NAME \
                and name != family and handed_down(family) and _introduced_by(doc, before[-1]) is None:
            # (one brought in by "whose daughter Ayesha" may not bear it: the text would have said)
            name = f"{name} {family}"  # "Pappas's father" after "his father, Konstantinos": Konstantinos Pappas
        if owner.endswith(("'s", "’s")) and not _share_a_surname(owner_name, name) \
                and _introduced_by(doc, before[-1]) != owner_name:
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


def _share_a_surname(owner: str, relative: str) -> bool:
    """Whether a relative bears the owner's last name, or, where the owner bears two surnames as
    the Spanish-speaking world does ("Rosa Hernández Cruz"), the first of them, which her children
    carry last ("Javier Martínez Hernández", his father's first surname before his mother's)."""
    owned, words = owner.split(), relative.split()
    return owned[-1:] == words[-1:] or len(owned) >= 3 and len(words) >= 3 and owned[-2] == words[-1]


def _owner_at(doc: Doc, kin: int) -> int:
    """Where the owner of the kin word at `kin` is: just before it, or before a word that says
    which relative ("Haruka's younger brother", "her eldest son")."""
    before = kin - 1
    return before - 1 if before > 0 and doc[before].lower_ in word_set("kin_age_words") else before


CHILDREN = {"son", "daughter", "child", "grandson", "granddaughter", "stepson", "stepdaughter"}
# siblings bear the family name as children do ("Haruka's brother, Daiki" of the Matsuda family)
SIBLINGS = {"brother", "sister"}
# kin who bear the owner's family name, where the owner's is handed down: not a mother or a
# grandmother, who may keep her own
SHARING_THE_NAME = CHILDREN | SIBLINGS | {"father", "grandfather", "dad"}
PARENTS = {"father", "mother", "grandfather", "grandmother", "stepfather", "stepmother", "dad", "mum", "mom"}
AGES = {"elder": True, "older": True, "senior": True, "younger": False, "junior": False}


def name_elder_and_younger(doc: Doc, ordered: list, entity_of: dict) -> None:
    """"The elder dos Santos" where the text names two people of that surname, one introduced as
    the other's son ("His son, Lucas dos Santos"): the parent; "the younger" the child (in place)."""
    introduced = _kin_introduced(doc)
    children = {spoken_name(p).lower() for kin in CHILDREN for p in introduced.get(kin, [])}
    # or so described where the tagger missed the name: "His son, Lucas dos Santos, 24, …"
    children |= {e.name.lower() for e in entity_of.values() if e.kind == "person" and e.named
                 and any(_kin_description(x.description, CHILDREN) for x in e.mentions)}
    parents = {spoken_name(p).lower() for kin in PARENTS for p in introduced.get(kin, [])}
    people = {id(e): e for e in entity_of.values() if e.kind == "person" and e.named}
    for m in ordered:
        e = entity_of[id(m)]
        words = e.name.split()
        if e.named or e.kind != "person" or len(words) < 2 or words[0].lower() not in AGES:
            continue
        surname = " ".join(words[1:]).lower()
        same = [p for p in people.values() if p.name.lower().endswith(" " + surname) and p is not e]
        if len(same) != 2:
            continue
        young = [p for p in same if p.name.lower() in children] or [p for p in same if p.name.lower() not in parents
                                                                    and any(q.name.lower() in parents for q in same)]
        if len(young) != 1:
            continue
        into = young[0] if not AGES[words[0].lower()] else next(p for p in same if p is not young[0])
        for x in list(e.mentions):
            entity_of[id(x)] = into
            into.absorb(x)
        e.mentions = []


def name_children_by_given_name(doc: Doc, entity_of: dict) -> None:
    """"Al-Kuwari wants his son, Hamad, 19, …": a child introduced by a given name alone after the
    named parent's "his"/"her", or after the parent's name ("Al-Kuwari's son, Hamad"), bears the
    parent's family name (in place)."""
    introduced = _kin_introduced(doc)
    people = list({id(e): e for e in entity_of.values() if e.kind == "person" and e.named}.values())
    for kin in (CHILDREN | SIBLINGS) & introduced.keys():
        for child in introduced[kin]:
            if len(child) != 1 or not child[0].is_title:
                continue
            owner = doc[_owner_at(doc, child.start - 1 - (doc[child.start - 1].text == ","))]
            parent = _owner_named(doc, owner, people)
            surname = parent.surname if parent is not None else _surname_written(doc, owner)
            if not surname or surname == child.text or not handed_down(surname):
                continue
            for e in people:
                if e.name == child.text and not any(p.name == f"{child.text} {surname}" for p in people):
                    e.name, e.surname = f"{child.text} {surname}", surname


def _surname_written(doc: Doc, owner) -> str | None:
    """The surname of a name of two words or more that ends where the owner's subject does, for a
    person the text calls by a post ("Ardmoyle captain Darragh Fennelly said …"), so that no
    entity holds the surname."""
    word = _owner_word(doc, owner)
    ends = {p[-1].text for p in person_entities(doc) if len(p) > 1}
    return word if word in ends else None


def _owner_word(doc: Doc, owner) -> str | None:
    """The written word naming whom an owner word stands for: the name itself ("Al-Kuwari's"), or
    for "his" and "her" the sentence's subject before it, a proper name."""
    if owner.tag_ == "POS" and owner.i > 0:
        return _written_word_ending(doc, owner.i - 1)
    if owner.lower_ not in ("his", "her"):
        return None
    subject = next((t for t in owner.sent if t.dep_ in ("nsubj", "nsubjpass") and t.i < owner.i), None)
    if subject is None and owner.i == owner.sent.start > 0 and owner.lower_ == "his":
        # "Captain Darragh Fennelly said … His brother Conor …": the name the last sentence opens
        # on, before its verb, owns it (a woman's surname may be no child's: not for "her")
        last = doc[owner.i - 1].sent
        name = next((p for p in person_entities(doc) if last.start <= p.start and p.end <= last.root.i and len(p) > 1),
                    None)
        return _written_word_ending(doc, name.end - 1) if name is not None else None
    return _written_word_ending(doc, subject.i) if subject is not None and subject.pos_ == "PROPN" else None


def _owner_named(doc: Doc, owner, people: list):
    """The named person an owner word stands for: the name itself ("Al-Kuwari's"), or for "his" and
    "her" the person of the sentence's subject, named just before."""
    if (word := _owner_word(doc, owner)) is None:
        return None
    found = [e for e in people if word and e.surname == word]
    # "Haruka's brother": the one person of that given name named in full
    found = found or [e for e in people if word and e.first_name == word and " " in e.name.strip()]
    return found[0] if len(found) == 1 else None


def handed_down(surname: str) -> bool:
    """Whether a relative bears the same surname: not a woman's form ("Ivanova", "Jónsdóttir")
    nor a patronymic ("Bakyt uulu"), which a brother's or son's name does not repeat."""
    return not woman_by_surname(surname) and patronymic_surname(surname) is None


def _written_word_ending(doc: Doc, i: int) -> str:
    """The word as written that ends on token `i`: "Al-Kuwari" for "Kuwari"."""
    k = i
    while k > 0 and not doc[k - 1].whitespace_ and not doc[k - 1].is_space:
        k -= 1
    return doc[k:i + 1].text


def _kin_description(description: str | None, kin: set[str]) -> bool:
    """"His son": an owner's pronoun and one of the kin words."""
    words = (description or "").lower().split()
    return len(words) == 2 and words[0] in OWNING and words[1] in kin


def _introduced_by(doc: Doc, relative: Span) -> str | None:
    """"Rukhsana Bibi, whose daughter Samina …": the name the "whose" that introduced the relative
    hangs on, where the relative was so introduced."""
    k = relative.start - 1 - (relative.start > 0 and doc[relative.start - 1].text == ",")
    if k < 3 or doc[k - 1].lower_ != "whose" or doc[k - 2].text != ",":
        return None
    owner = next((p for p in person_entities(doc) if p.end == k - 2), None)
    return spoken_name(owner) if owner is not None else None
