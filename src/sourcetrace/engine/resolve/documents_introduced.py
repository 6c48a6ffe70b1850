"""A document brought in with its maker ("Malhotra-Reid tabled a Nov. 2 memo from the hospital's
board of directors", "she read out a letter by the union's lawyers", "a victim impact statement
written by his widow … was read to the court") and known afterwards only as
"the memo": credited as the phrase that brought it in credits it, where that phrase is the text's
one document of that word with a maker. The document need not be a source itself: it is often the
object of whoever tabled, leaked or read it, which is why the sources alone do not find it."""
from __future__ import annotations

from typing import Callable

from spacy.tokens import Doc, Span, Token

from ..lexicon import kind_words
from ..parse import scratch, span_at

INTRODUCING = ("a", "an")  # "a memo from …" brings one in; "the memo from …" recalls one
MAKER_PREPS = ("from", "by")
RECALLING = ("the", "this")

Credit = Callable[[Token, Span], tuple]


def _introduced(doc: Doc, credited: Credit) -> list[tuple[int, str, tuple[str, str]]]:
    """Each document brought in with "a"/"an" and a maker after "from" or "by": where, its word,
    and its credit; one pass over the doc, kept for every mention."""
    memory = scratch(doc)
    if "documents_introduced" not in memory:
        documents, found = kind_words()["document"], []
        for t in doc:
            if t.pos_ != "NOUN" or t.lemma_.lower() not in documents and t.lower_ not in documents:
                continue
            if not any(c.dep_ == "det" and c.lower_ in INTRODUCING for c in t.children) \
                    or not any(c.dep_ == "prep" and c.lower_ in MAKER_PREPS or _made_by(c) for c in t.children):
                continue
            by, words = credited(t, doc[t.left_edge.i:t.right_edge.i + 1])
            if by is not None:
                found.append((t.i, t.lemma_.lower(), (by, words)))
        memory["documents_introduced"] = found
    return memory["documents_introduced"]


def _made_by(c: Token) -> bool:
    """"a statement written by the victim's widow", "a report compiled by the union": a participle
    of making (kinds.json `document_makers`) with its maker after "by". Not one of filing or
    signing ("an indictment filed by prosecutors", "a statement signed by its secretary"): the
    document speaks for itself there, or for the body it is filed or signed for."""
    return c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in kind_words()["document_makers"] \
        and any(g.dep_ == "agent" or g.dep_ == "prep" and g.lower_ == "by" for g in c.children)


def introduced_before(doc: Doc, spans: list[tuple[int, int]], credited: Credit) -> tuple[str, str] | None:
    """(maker, the words that brought it in) for a document first called "the memo", brought in
    before with its maker; None where no such phrase, or more than one of that word, comes first."""
    mention = span_at(doc, *min(spans))
    if mention is None or not any(t.lower_ in RECALLING for t in mention):
        return None
    lemma = mention.root.lemma_.lower()
    found = {credit for at, word, credit in _introduced(doc, credited) if word == lemma and at < mention.start}
    return found.pop() if len(found) == 1 else None
