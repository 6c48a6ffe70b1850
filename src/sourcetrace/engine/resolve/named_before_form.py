"""A firm whose name and legal form a comma parts ("Ventos do Atlântico, S.A. announces"): the
parser may take the form alone for the subject, but the form names no one; the firm is the name
before the comma."""
from __future__ import annotations

from spacy.tokens import Span

from .bodies import FOREIGN_PARTICLES
from .legal_forms import is_legal_form


FORM_WORDS_MOST = 3  # "S.A. de C.V."


def firm_before_its_form(span: Span) -> tuple[int, int] | None:
    """The characters of the name and form together, where the span is a legal form after a comma,
    ends on one or stops just before one ("Norte" of "Correntes do Norte, S.A."), and a name in
    capitals (its particles aside) runs up to the comma from further back than the span; else None."""
    doc = span.doc
    before = span.start - 1 if span.start > 0 and doc[span.start - 1].text == "," else span.end
    comma = next((t.i for t in span if t.text == ","), before)
    if comma < 1 or comma >= len(doc) or doc[comma].text != ",":
        return None
    end = span.end if comma < span.end else next(
        (k for k in range(min(comma + 1 + FORM_WORDS_MOST, len(doc)), comma + 1, -1)
         if is_legal_form(doc[comma + 1:k].text)), None)
    if end is None or not is_legal_form(doc[comma + 1:end].text):
        return None
    k = comma
    while k > 0 and not (k < comma and doc[k].is_sent_start):
        word = doc[k - 1]
        if word.is_title and word.is_alpha \
                or word.lower_ in FOREIGN_PARTICLES and k > 1 and doc[k - 2].is_title and k < comma:
            k -= 1
        else:
            break
    if k >= min(comma, span.start) or not doc[k].is_title:
        return None  # no name before the comma, or the span holds it already
    return doc[k].idx, doc[end - 1].idx + len(doc[end - 1].text)
