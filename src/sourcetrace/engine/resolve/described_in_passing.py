""""An 87-year-old widow from Cheadle has been told she must wait two years … “I can barely get up
the stairs,” she said": a "she" or "he" with no name before it and none after is the person the lede
described without naming, the subject of a sentence called "a …" by a word for a person
(person_nouns.txt, titles.txt). The source is that description: nobody named elsewhere is her.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from . import gender
from ..lexicon import word_set
from ..parse import span_at

SUBJECTS = ("nsubj", "nsubjpass")
CLAUSES = ("relcl", "acl", "advcl", "appos")
QUOTES = ('"', "“", "'", "‘")


def described_before(doc: Doc, first: int, reach: int, said: str | None) -> str | None:
    """The nearest description before character `first`, within `reach` characters, of someone the
    text calls "a"/"an" + a word for a person as the subject of a sentence outside quotes, whose sex
    (if the word has one) is `said`; its words less the article and clauses, or None."""
    here = span_at(doc, first, first + 1)
    if here is None:
        return None
    roles = word_set("person_nouns") | word_set("titles")
    sentence = here.sent
    while sentence.start > 0 and first - sentence.start_char <= reach:
        sentence = doc[sentence.start - 1].sent
        if sentence.text.lstrip()[:1] in QUOTES:
            continue
        for t in sentence:
            if t.dep_ in SUBJECTS and t.tag_ == "NN" and t.lemma_.lower() in roles and indefinite(t) \
                    and not t.ent_type_ and gender.from_words([t.text]) in (None, said):
                return described_words(t)
    return None


def indefinite(t: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)


def described_words(t: Token) -> str:
    """"87-year-old widow from Cheadle": the noun with what stands before it and its phrase after,
    less the article, clauses and asides."""
    doc, drop = t.doc, set()
    for c in t.children:
        if c.i > t.i and c.dep_ in CLAUSES:
            drop |= {d.i for d in c.subtree}
    words = [w for w in t.subtree if w.i not in drop and not (w.dep_ == "det" and w.head.i == t.i)]
    end = max(w.i for w in words)
    while end > t.i and (doc[end].is_punct or doc[end].i in drop):
        end -= 1
    start = min(w.i for w in words)
    return doc[start:end + 1].text
