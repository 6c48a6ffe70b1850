"""Someone a speaker names as their own inside their quote: in "“My daughter asked me if I was
still going away,” Ramírez said" the daughter is Ramírez's daughter, as a reader calls her; the
"my" is the speaker's, not the reader's."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from ..extract.base import Found, SpanIndex
from ..lexicon import kind_words, word_pairs
from . import gender
from .names import person_entities, spoken_name
from .named_kin import SHARING_THE_NAME, handed_down

OWN = ("my", "mine")


def name_quoted_kin(text: str, found: list[Found], mentions: dict, entity_of: dict, doc: Doc | None = None) -> None:
    """For each unnamed source called only "my …" inside another find's words, the name
    "<that find's speaker's surname>'s …" (in place). The speaker must be named; the outermost words count."""
    parts = SpanIndex.of((j, part) for j, g in enumerate(found) for part in g.content)
    for i, m in mentions.items():
        e = entity_of[id(m)]
        words = m.text.split()
        if words and len(words) == 1 and words[0].lower() in _addressed_as():
            _name_addressed_kin(text, found, parts, mentions, entity_of, i, m)
            continue
        if e.named or len(words) < 2 or words[0].lower() not in OWN \
                or any(x.text.split()[:1] != words[:1] for x in e.mentions):
            continue
        around = [j for j in set(parts.near((m.start, m.start + 1)))
                  if j != i and j in mentions and any(s <= m.start < t for s, t in found[j].content)]
        if not around:
            continue
        outer = max(around, key=lambda j: found[j].content_span[1] - found[j].content_span[0])
        speaker = entity_of[id(mentions[outer])]
        if speaker.kind == "person" and speaker.named and speaker is not e:
            e.name = _introduced_by_name(text, speaker, words[1:]) \
                or (len(words) == 2 and whose_kin(speaker, words[1].lower(), entity_of.values())) \
                or (len(words) == 2 and doc is not None and parent_named(doc, speaker, words[1].lower())) \
                or kin_name(speaker, words[1:])


def _introduced_by_name(text: str, speaker, rest: list[str]) -> str | None:
    """"My father used to say …" after "George Pappas said his father, Konstantinos, arrived …":
    the one relative the text named so, a given name alone taking the speaker's family name where
    that kin bears it (Konstantinos Pappas)."""
    if len(rest) != 1 or len(named := _kin_named_in(text).get(rest[0].lower(), set())) != 1:
        return None
    name = next(iter(named))
    if " " not in name and rest[0].lower() in SHARING_THE_NAME and speaker.surname and handed_down(speaker.surname):
        return f"{name} {speaker.surname}"
    return name if " " in name else None


KIN_NAMED = re.compile(r"\b(?:[Hh]er|[Hh]is|[Tt]heir) ([a-z]+),\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),")


@lru_cache(maxsize=4)
def _kin_named_in(text: str) -> dict[str, set[str]]:
    """Each kin word the text names someone as, with the names ("his father, Konstantinos,"): read
    once per text, whatever the number of quoted relatives."""
    named: dict[str, set[str]] = {}
    for kin, name in KIN_NAMED.findall(text):
        named.setdefault(kin, set()).add(" ".join(name.split()))
    return named


def kin_name(speaker, rest: list[str]) -> str:
    """"Ramírez's daughter": someone a speaker calls theirs, by the speaker's surname, as news
    calls a person after naming them."""
    return f"{speaker.surname or speaker.name}'s {' '.join(rest)}"


def _addressed_as() -> dict[str, str]:
    return word_pairs("kin_address")


def _name_addressed_kin(text: str, found: list[Found], parts, mentions: dict, entity_of: dict, i: int, m) -> None:
    """"Dad still reckons …" inside Jess Trainor's words: her father, whom the text names as "Her
    father, Greg Trainor" where it names one father so; else "Trainor's father"."""
    around = [j for j in set(parts.near((m.start, m.start + 1)))
              if j != i and j in mentions and any(s <= m.start < t for s, t in found[j].content)]
    if not around:
        return
    outer = max(around, key=lambda j: found[j].content_span[1] - found[j].content_span[0])
    speaker, e = entity_of[id(mentions[outer])], entity_of[id(m)]
    if speaker.kind != "person" or not speaker.named or speaker is e:
        return
    kin = _addressed_as()[m.text.lower()]
    named = {" ".join(n.split()) for n in re.findall(
        rf"\b(?:[Hh]er|[Hh]is|[Tt]heir) {kin},\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,2}})", text)}
    if not named and (parent := whose_kin(speaker, kin, entity_of.values())) is not None:
        named = {parent}
    e.kind, e.named = "person", True
    e.name = named.pop() if len(named) == 1 else kin_name(speaker, [kin])


def whose_kin(speaker, kin: str, entities) -> str | None:
    """"Dad always said …" inside the words of Marta Galli, brought in as "His daughter, Marta
    Galli"; "My brother told me …" inside those of Kasun Perera, brought in as "Perera's younger
    brother": the one other person named in full with the speaker's surname whom the kin word
    fits (by sex, the given name's where the list knows it), where the text brought the speaker in
    as a relative that kin has (children_of_kin.tsv: a father's daughter, a brother's brother, a
    husband's widow)."""
    children = set(word_pairs("children_of_kin").get(kin, "").split())
    sex = gender.from_words([kin])
    if not children or sex is None or not speaker.surname or not _brought_in_as(speaker, children):
        return None
    parents = {p.name for p in entities if p.kind == "person" and p.named and p is not speaker
               and len(p.name.split()) > 1 and p.name.split()[-1] == speaker.surname and p.fits(sex)
               and gender.from_first_name(p.name.split()[0]) in (sex, None) and not _brought_in_as(p, children)}
    return parents.pop() if len(parents) == 1 else None  # a brother brought in as "His son" is no parent


def parent_named(doc: Doc, speaker, kin: str) -> str | None:
    """"My father always said …" in Chandana Wijesekera's words, where the text names one other man
    of his surname, in full ("founded by the late Mr. W.A. Somapala Wijesekera"), whom it brings in
    as no one's relative: the father, as a reader takes him. Only for a parent (a kin word whose
    children_of_kin.tsv row holds "child"): a brother, a son or a husband may bear the name too."""
    if "child" not in word_pairs("children_of_kin").get(kin, "").split() or not speaker.surname \
            or (sex := gender.from_words([kin])) is None:
        return None
    kin_words = kind_words()["kin"]
    given = speaker.name.split()[0]
    named = set()
    for person in person_entities(doc):
        words = spoken_name(person).split()
        before = [t.lower_ for t in doc[max(person.start - 3, 0):person.start]]
        if len(words) < 2 or words[-1] != speaker.surname or words[0] == given or set(before) & kin_words:
            continue
        titled = gender.from_words(before[-1:] + [t.text for t in person[:1]])
        if (titled or gender.from_first_name(words[0])) in (sex, None):
            named.add(" ".join(words))
    return named.pop() if len(named) == 1 else None


def _brought_in_as(entity, words: set[str]) -> bool:
    """Whether a mention of the person is described by one of the words ("His daughter, …")."""
    return any((x.description or "").lower().split()[-1:] and (x.description or "").lower().split()[-1] in words
               for x in entity.mentions)
