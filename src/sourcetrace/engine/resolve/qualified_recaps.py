"""A post the text sets after a team, a constituency or a place and recalls with "the" ("the
Kelsey Rapids Thunder head coach said", "the Glasgow Kelvinside MSP told the chamber"), where no
one is given that post by name, is an epithet for the one person named in the sentence just
before ("Dale Sigurdson didn't bother dressing it up."; "Labour health spokeswoman Jackie Lennox
said …"): outlets vary a name they have just given with what the person is. A general word for
a rank ("the officer" after "Detective Constable Priya Lal"; roles.json rank_families) is read
the same way. Linear: the sentence before is found by the parse, its people by bisection."""
from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from typing import Callable

from spacy.tokens import Doc, Span

from ..lexicon import load_json
from ..parse import scratch, span_at
from .coref import Entity
from .names import person_entities


@lru_cache(maxsize=1)
def rank_families() -> dict[str, frozenset[str]]:
    """Each general word for a rank with the titles it covers ("officer": constable, sergeant …)."""
    return {k: frozenset(v) for k, v in load_json("roles.json")["rank_families"].items()}


def _people(doc: Doc) -> tuple[list[int], tuple[Span, ...]]:
    memory = scratch(doc)
    if "people_by_start" not in memory:
        people = tuple(sorted(person_entities(doc), key=lambda p: p.start))
        memory["people_by_start"] = ([p.start for p in people], people)
    return memory["people_by_start"]


def _named_just_before(doc: Doc, start: int, end: int, name_of: Callable[[Span], str],
                       qualifiers: set[str] = frozenset()) -> Span | None:
    """The one person named in the sentence before the one that holds `start:end`; a "person" all of
    whose words qualify the post is the team or place the tagger took for one ("Ardmoyle" of "the
    Ardmoyle captain")."""
    here = span_at(doc, start, end)
    if here is None or here.sent.start == 0:
        return None
    before = doc[here.sent.start - 1].sent
    starts, people = _people(doc)
    inside = [p for p in people[bisect_left(starts, before.start):bisect_left(starts, before.end)]
              if not (qualifiers and {w.lower() for w in name_of(p).split()} <= qualifiers)]
    names = {name_of(p).lower() for p in inside}
    full = [p for p in inside if len(name_of(p).split()) >= 2]
    return full[0] if len(names) == 1 and full else None


def recalled_holder(doc: Doc, e: Entity, qualifiers_of: Callable[[str], set[str]],
                    title_of: Callable[[Span], str], name_of: Callable[[Span], str]) -> str | None:
    """The person a qualified post ("the Glasgow Kelvinside MSP") or a rank's general word ("the
    officer") recalls, named in the sentence just before; none where the mention is no recap."""
    for m in sorted((m for m in e.mentions if m.pronoun is None), key=lambda m: m.start):
        words = m.text.split()
        if words[:1] not in (["the"], ["The"]) or len(words) < 2 \
                or "'s " in m.text.replace("’", "'") or {"of", "for"} & set(words):
            continue  # "the Sindh government's spokesperson", "the Department of Justice": no recap
        rank = words[-1].lower()
        if not qualifiers_of(m.text) and rank not in rank_families():
            continue
        person = _named_just_before(doc, m.start, m.end, name_of, qualifiers_of(m.text))
        if person is None:
            continue
        if qualifiers_of(m.text) or set(title_of(person).lower().split()) & rank_families()[rank]:
            return name_of(person)
    return None
