"""Words a statement says, whose giver the sentence before names: "The family issued a
statement. “We are grateful,” it said." The "it" is the statement, and the statement is whom it
came from or who issued it. (One read out on someone's behalf is on_behalf.py's.)
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..extract.base import Found
from ..extract.syntax import object_of
from ..lexicon import kind_words
from ..parse import span_at, text_of

PLACES = ("nsubj", "nsubjpass", "dobj")
ASIDES = ("appos", "relcl", "acl", "punct", "cc", "conj")


def statement_givers(doc: Doc, found: list[Found]) -> dict[int, tuple[int, int, int]]:
    """For each find whose source is a bare "it" just after a sentence about a statement given by
    someone (kinds.json `voiced_documents`: a statement, not a notice or a letter, which keep their
    own words), the offsets and head token of the giver."""
    text, out = text_of(doc), {}
    for i, f in enumerate(found):
        if f.source is None or text[f.source[0]:f.source[1]].strip().lower() != "it":
            continue
        said = span_at(doc, *f.source)
        if said is None or len(said) == 0:
            continue
        sentence = said[0].sent
        before = doc[sentence.start - 1].sent if sentence.start > 0 else None
        # the statement last spoken of before the "it", in its sentence or the one before
        words = [t for s in (before, sentence) if s is not None for t in s if t.i < said.start]
        statement = next((t for t in reversed(words) if _a_statement(t)), None)
        giver = _giver(statement) if statement is not None else None
        if giver is not None:
            kept = [t for t in giver.subtree if not any(a.dep_ in ASIDES and a.i > giver.i and t in a.subtree
                                                       for a in giver.children)]
            out[i] = (kept[0].idx, kept[-1].idx + len(kept[-1].text), giver.i)
    return out


def _a_statement(t: Token) -> bool:
    return t.pos_ == "NOUN" and t.dep_ in PLACES and t.lemma_.lower() in kind_words()["voiced_documents"]


def _giver(statement: Token) -> Token | None:
    """Whose the statement is: "from X", "issued by X", or whoever issued it ("The family issued a
    statement")."""
    verb = statement.head
    for prep in statement.children:
        if prep.dep_ == "prep" and prep.lower_ == "from" and (obj := object_of(prep)) is not None:
            return obj
    issuers = kind_words()["document_issuers"]
    issuing = [c for c in statement.children if c.dep_ == "acl" and c.lemma_.lower() in issuers]
    if statement.dep_ == "nsubjpass" and verb.lemma_.lower() in issuers:
        issuing.append(verb)
    for made in issuing:
        agent = next((c for c in made.children if c.dep_ == "agent"), None)
        if agent is not None and (obj := object_of(agent)) is not None:
            return obj
    if statement.dep_ == "dobj" and verb.lemma_.lower() in issuers:
        return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
    return None

