""""the union had received a letter from the Ministry of Health promising payment", "a notice
on the door warning of closures": a participle of saying hung on a document is the
document's word, not that of whoever the clause makes its subject (who received it); who issued or
posted it (kinds.json `document_issuers`) says it through it."""
from __future__ import annotations

from spacy.tokens import Doc

from ..extract.base import Found
from ..lexicon import kind_words
from ..parse import span_at


def documents_saying(doc: Doc, found: list[Found]) -> dict[int, tuple[int, int, int]]:
    """For each find whose cue is a participle set on a document's noun, the document's offsets
    (its words up to the participle) and head token."""
    documents, out = kind_words()["document"], {}
    for i, f in enumerate(found):
        if f.cue is None or f.source is None:
            continue
        cue = span_at(doc, *f.cue)
        if cue is None or len(cue) != 1 or cue[0].tag_ != "VBG":
            continue
        noun = _document_before(cue[0])
        if noun is None or noun.head.lemma_.lower() in kind_words()["document_issuers"]:
            continue  # "The association posted a statement calling …": who put it out says it
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in documents and noun.lower_ not in documents \
                or noun.i >= cue[0].i:
            continue
        last = doc[cue[0].i - 1]
        while last.i > noun.i and (last.is_punct or last.is_space):
            last = doc[last.i - 1]
        start = doc[noun.left_edge.i].idx
        if f.source[0] <= start and last.idx + len(last.text) <= f.source[1]:
            continue  # the document is the source already
        out[i] = (start, last.idx + len(last.text), noun.i)
    return out


def _document_before(participle):
    """The noun the participle is said of: its head where the parser hung it there, else the
    object the words just before it end on, with no comma between ("received a letter from the
    ministry promising …", the participle read as the verb's); a comma makes it the subject's."""
    if participle.dep_ == "acl":
        return participle.head
    if participle.dep_ != "advcl" or participle.i == 0:
        return None
    before = participle.doc[participle.i - 1]
    if before.is_punct or before.is_space:
        return None
    return next((o for o in participle.head.children if o.dep_ == "dobj" and o.right_edge.i == before.i), None)
