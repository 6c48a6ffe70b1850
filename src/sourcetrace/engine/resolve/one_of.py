""""One said" after a sentence about a group: one of that group, called as a reader would; and
"They found …" that no source before it answers: that group.

"Neighbours were shocked by the theft. One, who did not want to be named, said …" is a neighbour;
"Barr supporters in the hotel bar are gutted. One of them told us …" is a Barr supporter. The
name is the group's noun made singular, with the words that say which group ("Barr", "ferry").
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..lexicon import word_set
from .coref import Entity
from ..parse import span_at

# "One", "One, who asked not to be named", "One of them": not "one fund manager", who says what they are
ONE = re.compile(r"(?:one|another)(?:\s+of\s+(?:them|those|these))?\s*(?:,|$)", re.IGNORECASE)
SUBJECTS = ("nsubj", "nsubjpass")
KEPT = ("compound", "amod")  # "ferry workers", "Barr supporters", "angry residents"
QUANTITIES = {"several", "many", "some", "few", "most", "other", "all", "both", "dozens", "hundreds"}


def _group_before(doc: Doc, at: int) -> Token | None:
    """The plural subject of the sentence before the one at `at`, in the same paragraph."""
    here = span_at(doc, at, at + 1)
    if here is None:
        return None
    k = here.sent.start - 1
    while k >= 0 and doc[k].is_space:
        if "\n\n" in doc[k].text:
            return None
        k -= 1
    if k < 0:
        return None
    before = doc[k].sent
    subject = next((t for t in before if t.dep_ in SUBJECTS and t.head == before.root), None)
    return subject if subject is not None and _noun(subject) is not None else None


def _noun(group: Token) -> str | None:
    """The group's noun in the singular: "supporters" → supporter; "Neighbours" opening a sentence,
    tagged a proper noun, where the singular is a word for a person."""
    if group.tag_ in ("NNS", "NNPS"):
        singular = group.lemma_.lower()
    elif group.tag_ == "NNP":
        singular = group.lower_.removesuffix("s")
    else:
        return None
    return singular if singular != group.lower_ and singular in word_set("person_nouns") else None


def _singular(group: Token) -> str:
    words = [c.text for c in group.lefts if c.dep_ in KEPT and c.lower_ not in QUANTITIES and c.is_alpha]
    return " ".join(["a", *words, _noun(group)])


def name_ones(doc: Doc, entity_of: dict[int, Entity]) -> None:
    """Call an unnamed "one" source by the group the sentence before spoke of (in place)."""
    done: set[int] = set()
    for e in entity_of.values():
        if id(e) in done or e.kind != "person" or e.named or not e.mentions:
            continue
        done.add(id(e))
        first = min(e.mentions, key=lambda x: x.start)
        if not all(ONE.match(x.text.strip()) for x in e.mentions):
            continue
        group = _group_before(doc, first.start)
        if group is not None:
            e.name = _singular(group)


def _plural(group: Token) -> str:
    words = [c.text for c in group.lefts if c.dep_ in KEPT and c.lower_ not in QUANTITIES and c.is_alpha]
    return " ".join([*words, group.lower_ if group.tag_ == "NNS" else group.text])


def name_theys(doc: Doc, entity_of: dict[int, Entity]) -> None:
    """Call a "they" that found no source by the group the sentence before was about ("The
    researchers … followed 400,000 adults. They found …" is the researchers), and a bare "Many"
    or "Some" by its share of that group ("many residents"), in place."""
    done: set[int] = set()
    for e in entity_of.values():
        if id(e) in done or e.named or not e.mentions:
            continue
        done.add(id(e))
        words = {x.text.strip().lower() for x in e.mentions}
        they = all(x.pronoun == "group" for x in e.mentions) and words == {"they"}
        if not they and not (len(words) == 1 and words <= QUANTITIES):
            continue
        group = _group_before(doc, min(x.start for x in e.mentions))
        if group is not None:
            e.name = _plural(group) if they else f"{words.pop()} {_plural(group)}"  # "Many said …": many residents
