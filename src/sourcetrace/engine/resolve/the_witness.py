"""In a court report, "the witness" is whoever the report has giving evidence: "A businessman, Chief
Emeka Obi, on Tuesday told a Lagos Magistrates' Court that … “I travelled to Onitsha,” the witness
told the court." Court reporters everywhere write it so: the witness is named once, as the one who
told the court, the jury or the tribunal, testified, or spoke "in evidence" or "under
cross-examination", and then called by the part they play. A bare "the witness" that the grouping
left on its own (no witness was named so) is the last such person before it who is named and is
none of those who run or argue the hearing (lexicon court_scenes.json); with no such person the
grouping's answer stands.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from spacy.tokens import Doc

from ..extract.base import Found
from ..lexicon import load_json
from ..parse import span_at, text_of
from .coref import Entity, move_mention

BARE = re.compile(r"(?:the|this)\s+(\w+)", re.IGNORECASE)


@lru_cache(maxsize=None)
def _lexicon() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in load_json("court_scenes.json").items() if not k.startswith("_")}


def name_the_witness(doc: Doc, found: list[Found], mentions: dict, entity_of: dict[int, Entity]) -> None:
    """Give each entity known only as "the witness" (and pronouns grouped with it) to the last
    named person before it who gave evidence (in place)."""
    lexicon = _lexicon()
    witnesses = {id(e): e for e in entity_of.values() if _only_the_witness(e, lexicon["witness_words"])}
    if not witnesses:
        return
    givers = _evidence_givers(doc, found, mentions, entity_of, lexicon)
    starts = [at for at, _ in givers]
    for e in witnesses.values():
        first = min(m.start for m in e.mentions if m.pronoun is None)
        k = bisect_left(starts, first)
        giver = givers[k - 1][1] if k else None
        if giver is None or giver is e:
            continue
        for m in list(e.mentions):
            move_mention(m, giver, entity_of)


def _only_the_witness(e: Entity, words: frozenset[str]) -> bool:
    """An unnamed person every one of whose mentions other than pronouns is a bare "the witness"."""
    if e.kind != "person" or e.named or not e.mentions:
        return False
    own = [m for m in e.mentions if m.pronoun is None]
    return bool(own) and all((hit := BARE.fullmatch(m.text.strip())) is not None and hit.group(1).lower() in words
                             for m in own)


def _evidence_givers(doc: Doc, found: list[Found], mentions: dict, entity_of: dict[int, Entity],
                     lexicon: dict[str, frozenset[str]]) -> list[tuple[int, Entity]]:
    """(where, who) for each find whose source gives evidence and is a named person who runs no
    part of the hearing, in text order; one pass over the finds."""
    text, out = text_of(doc), []
    for i, f in enumerate(found):
        m = mentions.get(i)
        e = entity_of.get(id(m)) if m is not None else None
        if e is None or e.kind != "person" or not e.named or f.cue is None or _an_officer(e, lexicon["officers"]):
            continue
        if _gives_evidence(doc, text, f, lexicon):
            out.append((m.start, e))
    return sorted(out, key=lambda x: x[0])


def _gives_evidence(doc: Doc, text: str, f: Found, lexicon: dict[str, frozenset[str]]) -> bool:
    if f.recipient and {w.strip(".,'’").lower() for w in f.recipient.split()} & lexicon["hearers"]:
        return True
    cue = span_at(doc, *f.cue)
    if cue is None:
        return False
    if any(t.lemma_.lower() in lexicon["testimony_verbs"] for t in cue):
        return True
    sentence = cue.sent
    said = text[sentence.start_char:sentence.end_char].lower()
    return any(phrase in said for phrase in lexicon["testimony_phrases"])


def _an_officer(e: Entity, officers: frozenset[str]) -> bool:
    words = {w.strip(".,'’()").lower() for m in e.mentions if m.pronoun is None
             for w in f"{m.text} {m.description or ''} {m.aside or ''}".split()}
    return bool(words & officers)
