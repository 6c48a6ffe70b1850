"""What a reader calls a document by the clause after its word.

"a notice the company filed with the Texas Workforce Commission", "a report that the ministry
prepared for Parliament": a clause whose verb makes or files the document (kinds.json
`document_makers`, `document_filers`) is how a reader knows it, and stays in its name.
"The memo, seen by the Irish Ledger, states": who saw or got a document (`document_access_verbs`)
made none of it; that clause is no part of its name, and the memo is the one brought in before."""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..lexicon import kind_words


def seen_by_others(head: Token) -> list[Token]:
    """The participles after a document's word that say who saw or got it ("seen by", "obtained by")."""
    access = kind_words()["document_access_verbs"]
    return [c for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in access]


def says_its_maker(clause: Token) -> bool:
    """"(a notice) the company filed", "(a report) that the ministry prepared": a relative clause
    on a document whose verb makes or files it, with the maker as its subject."""
    words = kind_words()
    if clause.dep_ != "relcl" or clause.lemma_.lower() not in words["document_makers"] | words["document_filers"] \
            or clause.i <= clause.head.i:
        return False
    maker = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return maker is not None and maker.tag_ not in ("WDT", "WP") and maker.i > clause.head.i


def made_clause_end(head: Token, span: Span) -> int | None:
    """The last token of a clause inside the mention that says who made or filed the document,
    with its maker as the clause's subject; None where there is none."""
    for clause in head.children:
        if not says_its_maker(clause):
            continue
        end = min(clause.right_edge.i, span.end - 1)
        while end > clause.i and (head.doc[end].is_punct or head.doc[end].is_space):
            end -= 1
        return end if end >= clause.i else None
    return None
