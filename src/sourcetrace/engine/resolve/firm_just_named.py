""""Noordzeewind, which operates one of the farms, said … A spokesperson for the company declined";
"Meubles Laurentin Inc. will lay off 140 workers, the family-owned furniture maker announced": a
firm called by a word for one ("the company", "the maker", "the startup") is the firm the text
has just made the subject of a sentence, in the same sentence or the one before it. Only subjects
count: a firm named in passing ("an analyst with Laurier Capital Markets") is not the one spoken of."""
from __future__ import annotations

from spacy.tokens import Token

from ..extract.dateline import in_dateline
from ..lexicon import kind_words
from ..parse import text_of
from .legal_forms import ends_on_legal_form, without_legal_form

SUBJECTS = ("nsubj", "nsubjpass")
NOT_FIRMS = ("PERSON", "GPE", "LOC", "NORP", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT")


def firm_just_named(head: Token) -> str | None:
    """The nearest proper-name subject before `head`, back to the start of the sentence before,
    that reads as a body (tagged one, or said to be one by "which"); None where there is none."""
    doc = head.doc
    start = head.sent.start
    start = doc[start - 1].sent.start if start > 0 else start  # the sentence before: bounded, no walk
    before = doc[start - 1].sent.start if start > 0 else start  # and one more, to see a second firm
    # two firms made subjects close by ("Acme said … Bolt said … The company declined") leave it open
    named = [_name(doc[k]) for k in range(start, head.left_edge.i) if _firm_subject(doc[k])]
    if not named:
        return None
    firms = {named[-1].split()[0]} | {_name(doc[k]).split()[0] for k in range(before, head.left_edge.i)
                                      if _firm_subject(doc[k]) and _plainly_a_firm(_name(doc[k]))}
    return _fitting(head, named[-1]) if len(firms) == 1 else None


def is_firm_word(head: Token) -> bool:
    """A word that names only a firm ("the company", "the retailer"), or does with a word for its
    trade before it ("the department store group", "the hospital system"; a bare "the group" may
    be people gathered)."""
    words, lemma = kind_words(), head.lemma_.lower()
    if any(c.lower_ in words["civic_modifiers"] for c in head.children if c.dep_ in ("amod", "compound")):
        return False  # "the municipal corporation": a town's own body
    if lemma in words["firm_words_not_trades"] and lemma in words["company_words"]:
        return True
    return lemma in words["firm_words_qualified"] and any(
        c.dep_ == "compound" and c.pos_ == "NOUN" for c in head.children)


def _firm_subject(t: Token) -> bool:
    return t.pos_ == "PROPN" and (_subject(t) and _a_body(t) or _shares_of(t))


def _shares_of(t: Token) -> bool:
    """"Shares in Hartwell fell", "Hartwell's stock rose": the firm whose stock is the subject is
    what the sentence is about, as if it had been the subject itself (kinds.json `share_words`); only
    a firm has shares, whatever the tagger took the name for ("Hartwell": a place)."""
    while t.dep_ == "conj":  # "Shares in Acme and Bolt rose": each a firm, two leave "the company" open
        t = t.head
    owner = t.head.head if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.lower_ in ("in", "of") \
        else t.head if t.dep_ == "poss" else None
    return owner is not None and owner.dep_ in SUBJECTS and owner.lower_ in kind_words()["share_words"]


def _plainly_a_firm(name: str) -> bool:
    """"Acme Corp.", "Bolt Industries": a name a firm's by its words, which makes "the company" open."""
    words = {w.strip(".,").lower() for w in name.split()}
    return ends_on_legal_form(name) or bool(words & kind_words()["firm_name_words"])


def _fitting(head: Token, name: str) -> str | None:
    """The name in full ("FCA": the Financial Conduct Authority), unless it is a body of another
    kind, or the word is in another body's name ("the bank": Hartwell Bank, not the FCA just named)."""
    from . import bodies  # bodies asks this module for "a spokesman for the company": imported late
    doc = head.doc
    full = bodies.short_name_of_body(doc, name) or name
    if _another_kind(full):
        return None
    word = head.lower_
    if word not in full.lower().split() and any(word in n.lower().split() for n in bodies.body_names(doc)):
        return None
    return full


def _another_kind(name: str) -> bool:
    """"The Allied Mineworkers' Union", "Directorate General of Civil Aviation", "The Canadian
    Press": a name with a word for a body that is no firm, or for an outlet (kinds.json
    `not_firm_words`, `organization`, `media`), is not "the company"."""
    words = kind_words()
    others = words["not_firm_words"] | words["media"] \
        | (words["organization"] - words["company_words"] - words["firm_name_words"])
    return bool({w.strip(".,'’").lower() for w in name.split()} & others)


def _subject(t: Token) -> bool:
    """A subject, or set beside one ("TEL AVIV — Haifa-based Miktam Water Systems, which …, has
    raised": a dateline the parser made the subject, the firm beside it; "The contractor, Dunmore
    Building Services Ltd, was appointed": the firm named beside a common word that is the subject)."""
    if _dateline(t):
        return False
    return t.dep_ in SUBJECTS or t.dep_ == "appos" and t.head.dep_ in SUBJECTS and (
        t.head.ent_type_ in ("GPE", "LOC") or _dateline(t.head) or _firms_word(t.head))


def _firms_word(t: Token) -> bool:
    """A common word that may stand for a firm ("the contractor", "the builder"), not one for a
    body of another kind ("The miners' union, Sindiferro": a union is no firm)."""
    words, lemma = kind_words(), t.lemma_.lower()
    return t.pos_ == "NOUN" and not t.ent_type_ and lemma not in words["not_firm_words"] \
        and (lemma in words["company_words"] or lemma not in words["organization"] | words["media"])


def _dateline(t: Token) -> bool:
    """"OSLO —", "TEL AVIV —", "ASHFORD, N.J. --": the place of the dateline its line opens with,
    whatever the tagger took it for; the subject the parser finds there is the dateline's."""
    return in_dateline(text_of(t.doc), t.idx)


def _a_body(t: Token) -> bool:
    """Tagged an organisation, said to be a thing ("Noordzeewind, which operates …"), or named
    with a legal form ("Meubles Laurentin Inc.", legal_forms.txt)."""
    if any(c.dep_ == "relcl" and c.left_edge.lower_ == "which" for c in t.children):
        return True  # "which", never "who": a thing, whatever the tagger took the name for
    return t.ent_type_ not in NOT_FIRMS and (t.ent_type_ == "ORG" or ends_on_legal_form(_name(t)))


def _name(t: Token) -> str:
    """The subject with the words of its name before it, run on over the tagger's organisation
    that holds it ("Meubles Laurentin Inc.": the legal form after the head too)."""
    from .named_before_form import firm_before_its_form  # it reads bodies, which reads this module
    doc = t.doc
    if (firm := firm_before_its_form(doc[t.i:t.i + 1])) is not None:
        return without_legal_form(text_of(doc)[firm[0]:firm[1]])  # "Ventos do Atlântico, S.A."
    first = t.i  # back over the name's words, not past a dash or comma ("ELDON CROSSING, Iowa -- Fenwick …")
    while first > 0 and doc[first - 1].dep_ in ("compound", "flat") and doc[first - 1].head.i > first - 1 \
            and doc[first - 1].pos_ == "PROPN" and doc[first - 1].ent_type_ not in ("GPE", "DATE"):
        first -= 1
    end = t.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].ent_type_ == "ORG":
        end += 1
    while first > 0 and doc[first].ent_iob_ == "I" and doc[first - 1].ent_type_ == "ORG" and doc[first - 1].pos_ == "PROPN":
        first -= 1
    words = doc[first:end]
    return words[1:].text if words[0].lower_ == "the" and len(words) > 1 else words.text
