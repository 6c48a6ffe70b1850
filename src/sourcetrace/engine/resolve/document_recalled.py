""""A fiscal note prepared by the Legislative Budget Office estimates … The analysis cautions that
…": a document made a subject is called next by a word for what kind of writing it is (kinds.json
`documents_by_kind`: "the analysis", "the document", "the filing"), not by the word it came in
with. Such a word, alone after "the" as a subject, is the one document the sentence before (or
its own) made a subject, where no document of its own word is named there."""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..lexicon import kind_words
from ..parse import scratch

SUBJECTS = ("nsubj", "nsubjpass")


def document_just_named(head: Token, span: Span) -> tuple[int, int, int] | None:
    """The document "the analysis" stands for, as (start char, end char, head token), or None."""
    words = [t for t in span if not (t.is_punct or t.is_space)]
    kinds = kind_words()
    lemma = head.lemma_.lower()
    if len(words) != 2 or words[0].lower_ not in ("the", "this") or words[1].i != head.i \
            or head.dep_ not in SUBJECTS or lemma not in kinds["documents_by_kind"]:
        return None
    doc = head.doc
    start = head.sent.start
    start = doc[start - 1].sent.start if start > 0 else start  # the sentence before: bounded
    before = doc[start:head.i]
    if _first_of(doc).get(lemma, head.i) < head.i:
        return None  # "an analysis by … The analysis": its own word recalls it
    documents = [t for t in before if t.dep_ in SUBJECTS and t.pos_ == "NOUN"
                 and t.lemma_.lower() in kinds["document"]]
    if len(documents) != 1:
        return None
    document = documents[0]
    last = document.right_edge
    while last.i > document.i and (last.is_punct or last.is_space):
        last = doc[last.i - 1]
    return doc[document.left_edge.i].idx, last.idx + len(last.text), document.i


def _first_of(doc) -> dict[str, int]:
    """Where each word for a document's kind first stands, once per doc."""
    memory = scratch(doc)
    if "documents_by_kind_first" not in memory:
        kinds, first = kind_words()["documents_by_kind"], {}
        for t in doc:
            if t.lemma_.lower() in kinds:
                first.setdefault(t.lemma_.lower(), t.i)
        memory["documents_by_kind_first"] = first
    return memory["documents_by_kind_first"]
