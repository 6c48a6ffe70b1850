""""One said" after a sentence about a group: one of that group, called as a reader would; and
"They found …" that no source before it answers: that group.

"Neighbours were shocked by the theft. One, who did not want to be named, said …" is a neighbour;
"Barr supporters in the hotel bar are gutted. One of them told us …" is a Barr supporter. The
name is the group's noun made singular, with the words that say which group ("Barr", "ferry").
A "one" whose aside gives a name ("One of them, a student named Ana Ruiz,", "One, identified in
court papers only as K.L.,") is that person; "Another said" after "One buyer … said" is another buyer.
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
# the words an aside gives a name by: "a student named Ana Ruiz", "identified only as K.L."
GIVEN_NAME = re.compile(r"\b(?:named|called|identified(?:\s+[a-z]+){0,4}\s+as|known(?:\s+only)?\s+as)\s+"
                        r"((?:[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*)*)")
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
        if id(e) in done or e.kind != "person" or not e.mentions:
            continue
        done.add(id(e))
        first = min(e.mentions, key=lambda x: x.start)
        # the "she" that goes on after "One of them, a student named Ana Ruiz," is her too; the
        # mention may already count as named, by its capital, under "One of them"
        if ONE.match(first.text.strip()) and (not e.named or ONE.fullmatch(e.name.strip())) \
                and (given := _name_in_aside(doc, first)) is not None:
            e.name, e.named = given, True
            continue
        if e.named:
            continue
        if not all(ONE.match(x.text.strip()) for x in e.mentions):
            continue
        group = _group_before(doc, first.start)
        if group is not None:
            e.name = _singular(group)
        elif first.text.strip().lower().startswith("another") and (one := _one_before(doc, first.start)):
            e.name = f"another {one}"


def _name_in_aside(doc: Doc, mention) -> str | None:
    """The name the aside set beside a "one" gives: the words after "named", "identified as" …
    within the "one"'s own phrase, so that a name further on in the sentence is not taken."""
    span = span_at(doc, mention.start, mention.end)
    if span is None:
        return None
    head = span.root
    aside = [c for c in head.children if c.i > head.i and c.dep_ in ("appos", "acl", "relcl")]
    if not aside:
        return None
    words = doc[aside[0].left_edge.i:max(c.right_edge.i for c in aside) + 1]
    found = GIVEN_NAME.search(words.text)
    return found.group(1).strip(" ,") if found else None


def _one_before(doc: Doc, at: int) -> str | None:
    """The noun of a "one …" that was the subject of the sentence before ("One European distributor,
    who …, said"): "Another said" is another of the same."""
    here = span_at(doc, at, at + 1)
    if here is None or here.sent.start == 0:
        return None
    before = doc[here.sent.start - 1].sent
    subject = next((t for t in before if t.dep_ in SUBJECTS and t.head == before.root), None)
    # a person by its word, or by saying something ("One distributor … said")
    person = subject is not None and (subject.lemma_.lower() in word_set("person_nouns") | word_set("titles")
                                      or before.root.lemma_ in ("say", "tell"))
    if not person or subject.tag_ != "NN" or not any(c.lower_ == "one" for c in subject.children if c.i < subject.i):
        return None
    words = [c.text for c in subject.lefts if c.dep_ == "compound" and c.is_alpha]
    return " ".join([*words, subject.lower_])


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
