""""A hospital system that operates eight facilities … said Friday that … Cumberland Ridge Health
said in a notice …": wire copy holds back a body's name in the lede, calling it "a" body of its
kind, and names it as the next sentence opens. The lede's body is the one named there, and so is
the headline's body called by a word for its kind ("Hospital chain says …")."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..lexicon import kind_words
from ..parse import span_at, text_of
from .firm_just_named import is_firm_word
from .mentions import Mention

LEDE_REACH = 600  # characters after the headline a held-back body's mention may start in


def name_lede_bodies(doc: Doc, ordered: list[Mention]) -> None:
    """Name each lede body held back and the headline's unnamed body after the body the sentence
    after the lede opens on."""
    text = text_of(doc)
    headline_end = text.find("\n")
    if headline_end < 0:
        return
    found = set()
    for m in ordered:
        if m.named or m.pronoun is not None or not headline_end < m.start <= headline_end + LEDE_REACH:
            continue
        span = span_at(doc, m.start, m.end)
        if span is None or span[0].lower_ not in ("a", "an") or not _a_body_word(span.root) \
                or span.root.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if (name := _opening_body(doc, span.root)) is not None:
            _name(m, name)
            found.add((name, _firm(span.root)))
    if len(found) != 1:
        return
    name, firm = found.pop()
    for m in ordered:
        # "Hospital chain says": a firm's word for a firm, another body's for the same body's word
        if m.start < headline_end and not m.named and m.pronoun is None and m.head_lemma \
                and (span := span_at(doc, m.start, m.end)) is not None and _a_body_word(span.root) \
                and _firm(span.root) == firm:
            _name(m, name)


def _name(m: Mention, name: str) -> None:
    # what the lede called it ("hospital system") was read as a person's role: no description of the body
    m.named, m.kind, m.name, m.description = True, "organization", name, None


def _a_body_word(head: Token) -> bool:
    """"hospital system", "bank", "agency": a word for a firm or another body, not for a person."""
    words = kind_words()
    return head.pos_ == "NOUN" and (is_firm_word(head) or head.lemma_.lower() in words["organization"]
                                    or head.lemma_.lower() in words["company_words"])


def _firm(head: Token) -> bool | str:
    """True for a word for a firm; else the word itself, which the headline must repeat."""
    words = kind_words()
    return True if is_firm_word(head) or head.lemma_.lower() in words["company_words"] else head.lemma_.lower()


def _opening_body(doc: Doc, head: Token) -> str | None:
    """The organisation the sentence after `head`'s opens on as its subject, or None."""
    end = head.sent.end
    while end < len(doc) and (doc[end].is_space or doc[end].is_punct):
        end += 1
    if end >= len(doc):
        return None
    sentence = doc[end].sent
    subject = next((t for t in sentence if t.dep_ in ("nsubj", "nsubjpass") and t.head.i == sentence.root.i), None)
    if subject is None or subject.pos_ != "PROPN" or subject.ent_type_ != "ORG" or subject.left_edge.i != end:
        return None
    words = doc[end:subject.i + 1]
    while len(words) and words[-1].ent_iob_ == "I" and words.end < len(doc) and doc[words.end].ent_iob_ == "I":
        words = doc[words.start:words.end + 1]
    return words.text if all(t.ent_type_ == "ORG" or t.lower_ == "the" for t in words) else None
