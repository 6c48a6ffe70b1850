""""Noordzeewind, which operates one of the farms, said … A spokesperson for the company declined";
"Meubles Laurentin Inc. will lay off 140 workers, the family-owned furniture maker announced": a
firm called by a word for one ("the company", "the maker", "the startup") is the firm the text
has just made the subject of a sentence, in the same sentence or the one before it. Only subjects
count: a firm named in passing ("an analyst with Laurier Capital Markets") is not the one spoken of."""
from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import kind_words
from .legal_forms import ends_on_legal_form

SUBJECTS = ("nsubj", "nsubjpass")
NOT_FIRMS = ("PERSON", "GPE", "LOC", "NORP", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT")


def firm_just_named(head: Token) -> str | None:
    """The nearest proper-name subject before `head`, back to the start of the sentence before,
    that reads as a body (tagged one, or said to be one by "which"); None where there is none."""
    doc = head.doc
    start = head.sent.start
    start = doc[start - 1].sent.start if start > 0 else start  # the sentence before: bounded, no walk
    for k in range(head.left_edge.i - 1, start - 1, -1):
        t = doc[k]
        if _subject(t) and t.pos_ == "PROPN" and _a_body(t):
            return None if _another_kind(_name(t)) else _name(t)
    return None


def _another_kind(name: str) -> bool:
    """"The Allied Mineworkers' Union", "Directorate General of Civil Aviation": a name with a word
    for a body that is no firm (kinds.json `not_firm_words`, `organization`) is not "the company"."""
    words = kind_words()
    others = words["not_firm_words"] | (words["organization"] - words["company_words"] - words["firm_name_words"])
    return bool({w.strip(".,'’").lower() for w in name.split()} & others)


def _subject(t: Token) -> bool:
    """A subject, or set beside one ("TEL AVIV — Haifa-based Miktam Water Systems, which …, has
    raised": a dateline the parser made the subject, the firm beside it)."""
    return t.dep_ in SUBJECTS or t.dep_ == "appos" and t.head.dep_ in SUBJECTS


def _a_body(t: Token) -> bool:
    """Tagged an organisation, said to be a thing ("Noordzeewind, which operates …"), or named
    with a legal form ("Meubles Laurentin Inc.", legal_forms.txt)."""
    if any(c.dep_ == "relcl" and c.left_edge.lower_ == "which" for c in t.children):
        return True  # "which", never "who": a thing, whatever the tagger took the name for
    return t.ent_type_ not in NOT_FIRMS and (t.ent_type_ == "ORG" or ends_on_legal_form(_name(t)))


def _name(t: Token) -> str:
    """The subject with the words of its name before it, run on over the tagger's organisation
    that holds it ("Meubles Laurentin Inc.": the legal form after the head too)."""
    doc = t.doc
    first = t.i  # back over the name's words, not past a dash or comma ("ELDON CROSSING, Iowa -- Fenwick …")
    while first > 0 and doc[first - 1].dep_ in ("compound", "flat") and doc[first - 1].head.i > first - 1 \
            and not doc[first - 1].is_punct and doc[first - 1].ent_type_ not in ("GPE", "DATE"):
        first -= 1
    end = t.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].ent_type_ == "ORG":
        end += 1
    while first > 0 and doc[first].ent_iob_ == "I" and doc[first - 1].ent_type_ == "ORG" and not doc[first - 1].is_punct:
        first -= 1
    words = doc[first:end]
    return words[1:].text if words[0].lower_ == "the" and len(words) > 1 else words.text
