"""Words a statement says, whose giver the sentence before names: "The family issued a
statement. “We are grateful,” it said." The "it" (or "the statement" again) is the statement, and
the statement is whom it came from, whom it is by, who issued it or who spoke "in a statement".
(One read out on someone's behalf is on_behalf.py's.)
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..extract.base import Found
from ..extract.syntax import object_of
from ..lexicon import kind_words
from ..parse import span_at, text_of

PLACES = ("nsubj", "nsubjpass", "dobj")
ASIDES = ("appos", "relcl", "acl", "punct", "cc", "conj")
QUOTE_SENTENCES_MOST = 8  # sentences a quote runs back over to the paragraph it opens


def statement_givers(doc: Doc, found: list[Found]) -> dict[int, tuple[int, int, int]]:
    """For each find whose source is a bare "it" just after a sentence about a statement given by
    someone (kinds.json `voiced_documents`: a statement, not a notice or a letter, which keep their
    own words), the offsets and head token of the giver."""
    text, out = text_of(doc), {}
    for i, f in enumerate(found):
        if f.source is None or not _the_statement_again(text[f.source[0]:f.source[1]]):
            continue
        said = span_at(doc, *f.source)
        if said is None or len(said) == 0:
            continue
        # the statement last spoken of before the "it": in its sentence or the one before, or in the
        # paragraph before a quote of several sentences
        opening = _quote_opening(doc, said[0])
        sentence = opening.sent
        before = doc[sentence.start - 1].sent if sentence.start > 0 else None
        words = list(doc[before.start if before is not None else sentence.start:said.start])
        statement = next((t for t in reversed(words) if _a_statement(t)), None)
        giver = _giver(statement) if statement is not None else None
        if giver is not None:
            giver = _name_beside(giver) or giver
            kept = [t for t in giver.subtree if not any(a.dep_ in ASIDES and a.i > giver.i and t in a.subtree
                                                       for a in giver.children)]
            out[i] = (kept[0].idx, kept[-1].idx + len(kept[-1].text), giver.i)
    return out


def _name_beside(giver: Token) -> Token | None:
    """"the command's spokesman, SP Ada Jumbo, said": the name set between commas just after the
    giver (however the parser hung it), not a body's letters in brackets ("Authority (GBDMA)")."""
    doc = giver.doc
    for c in giver.children:
        if c.dep_ == "appos" and c.pos_ == "PROPN" and not (c.text.isupper() and len(list(c.subtree)) == 1):
            return c
    set_beside = {t.i for c in giver.children if c.dep_ in ASIDES for t in c.subtree}
    end = max(t.i for t in giver.subtree if t.i not in set_beside or t.i <= giver.i) + 1
    if end + 1 >= len(doc) or doc[end].text != "," or doc[end + 1].pos_ != "PROPN":
        return None
    k = end + 1
    while k < len(doc) and doc[k].pos_ == "PROPN":
        k += 1
    run = doc[end + 1:k]
    if k >= len(doc) or doc[k].text not in (",", ".") or len(run) == 1 and run[0].text.isupper():
        return None
    return run[-1]


def _quote_opening(doc: Doc, said: Token) -> Token:
    """The first token of the paragraph holding `said` where that paragraph opens on a quote mark
    (the quote of several sentences the source ends), else `said` itself."""
    sentence = said.sent
    for _ in range(QUOTE_SENTENCES_MOST):
        if sentence.start == 0 or "\n\n" in doc[sentence.start - 1].text_with_ws or doc[sentence.start - 1].is_space:
            break
        sentence = doc[sentence.start - 1].sent
    first = next((t for t in sentence if not t.is_space), sentence[0])
    return first if first.is_quote and first.i < said.i else said


def _the_statement_again(source: str) -> bool:
    """"it", or the statement named again ("“We are grateful,” the statement read")."""
    words = source.strip().lower().split()
    return words == ["it"] or len(words) == 2 and words[0] == "the" \
        and words[1] in kind_words()["voiced_documents"]


def _a_statement(t: Token) -> bool:
    return t.pos_ == "NOUN" and t.lemma_.lower() in kind_words()["voiced_documents"] \
        and (t.dep_ in PLACES or t.dep_ == "pobj" and t.head.lower_ == "in")


def _giver(statement: Token) -> Token | None:
    """Whose the statement is: "from X", "issued by X", or whoever issued it ("The family issued a
    statement")."""
    verb = statement.head
    for prep in statement.children:
        if prep.dep_ == "prep" and prep.lower_ in ("from", "by") and (obj := object_of(prep)) is not None:
            return obj  # "a statement by his media aide, Mr Tunde Alabi"
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
    if statement.dep_ == "pobj":
        # "Confirming the arrests in a statement, the spokesman, SP Ada Jumbo, said …": whoever the
        # clause holding "in a statement" is about
        verb = statement.head.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
            verb = verb.head
        while verb.dep_ == "advcl" and not any(c.dep_ == "nsubj" for c in verb.children):
            verb = verb.head
        return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
    return None

