""""One parent, who wanted to be known only as Mrs Wong, said …", "a worker, who would give only her
first name, Priya, said …": someone who asked for part of their name, or another, to be used is
that name, which the clause beside them gives. Outlets of every country write it so for people
who fear reprisal; the name, however short, is how they are quoted, and a later "Mrs Wong said"
finds them.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ..extract.base import Found
from ..lexicon import kind_words, word_set
from ..parse import span_at, text_of

CLAUSES = ("relcl", "acl", "advcl")
# how a clause hands over the name to use: "known (only) as", "identified as", "called", a
# caller's own "identified himself as", "introduced herself as",
# "gave her name as", "would give only his first name,", "goes by (the name)"
NAMED_AS = re.compile(
    r"\b(?:(?:known|identified|referred\s+to|called|named)\s+(?:only\s+|simply\s+)?(?:as\s+|by\s+)?"
    r"|(?:identified|introduced|named|called)\s+(?:himself|herself|themselves)\s+(?:only\s+|simply\s+)?(?:as\s+)?"
    r"|gave\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+|given\s+|last\s+|family\s+)?name\s+(?:only\s+)?as\s+"
    r"|gives?\s+only\s+(?:his|her|their)\s+(?:first\s+|given\s+|last\s+|family\s+)?name,?\s+(?:as\s+)?"
    r"|goes\s+by\s+(?:the\s+name\s+)?)"
    r"[\"“‘']?(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})")


def named_in_clause(doc: Doc, found: list[Found]) -> dict[int, tuple[int, int, int]]:
    """For each find whose source is someone unnamed with such a clause beside the head: the
    name's offsets and its last word."""
    text, out = text_of(doc), {}
    for i, f in enumerate(found):
        if f.source is None or f.source_head is None:
            continue
        head = doc[f.source_head]
        if head.pos_ not in ("NOUN", "PRON", "NUM") or head.ent_type_ == "PERSON" or head.lemma_.lower() not in _people():
            continue  # "a group called Friends of the Earth" is a body, named as bodies are
        for clause in (c for c in head.children if c.dep_ in CLAUSES and c.i > head.i):
            start, end = doc[clause.left_edge.i].idx, clause.right_edge.idx + len(clause.right_edge.text)
            found_name = NAMED_AS.search(text, start, end)
            if found_name is not None:
                name = span_at(doc, found_name.start("name"), found_name.end("name"))
                if name is not None:
                    out[i] = (name.start_char, name.end_char, name[-1].i)
                break
    return out


def _people() -> frozenset[str]:
    """Words for a person (and "one" of a group) that such a clause may name."""
    return word_set("person_nouns") | word_set("titles") | kind_words()["kin"] | {"one"}
