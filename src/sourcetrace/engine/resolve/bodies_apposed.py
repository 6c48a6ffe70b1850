"""A body's name set beside the noun a source is called by: "The league's referees body, PRO-A,",
"Veltra's largest shareholder, the state fund Norvest,". News names the body right there, so the
name is the source's, the noun before it a description, though the tagger saw no organisation in
the name (letters, a word it did not know), the parser hung it on a noun for a body ("fund"), or
read it as a conjunct of the noun: "The pilots' union, the Syndicat des Navigants Unis (SNU), said"
has no "and", so the name is set beside the noun, not listed with it."""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..lexicon import kind_words
from .names import NAME_JOINERS, person_entities


def _body_words() -> set[str]:
    words = kind_words()
    return set(words["organization"]) | set(words["company_words"]) | set(words["bodies_by_role"])


def _name_run(word: Token, after: int) -> Span | None:
    """The capitalised words that end on `word` (its own compounds), none at or before `after`;
    none where a word is in lower case or the run holds a person's name."""
    doc = word.doc
    start = max(after + 1, min((t.i for t in word.subtree if t.i <= word.i), default=word.i))
    while start < word.i and (doc[start].is_punct and doc[start].text != "-" or doc[start].lower_ in ("the", "a", "an")):
        start += 1
    run = doc[start:word.i + 1]
    # "Syndicat des Navigants Unis": a joiner (or a foreign one) inside a name is part of it
    lower = [t for t in run if t.is_lower and t.is_alpha and not (t.lower_ in NAME_JOINERS or t.tag_ == "FW")]
    if not len(run) or not run[0].text[:1].isupper() or lower \
            or any(t.ent_type_ == "PERSON" for t in run):
        return None
    if any(p.start < run.end and run.start < p.end for p in person_entities(doc)):
        return None
    return run


def body_named_beside(head: Token, span: Span) -> Span | None:
    """The body's name set beside `head` in `span`: a proper name beside a noun for a body ("body,
    PRO-A"), or a name a noun for a body set beside the head carries ("shareholder, the state fund
    Norvest")."""
    if head.pos_ != "NOUN":
        return None
    bodies = _body_words()
    for child in head.children:
        if not (child.dep_ == "appos" or _apposed_as_conjunct(head, child)) or child.i <= head.i or child.i >= span.end:
            continue
        # letters may be read as a common noun: "PRO-A" as "A"
        if (child.pos_ == "PROPN" or child.text[:1].isupper()) and head.lemma_.lower() in bodies:
            return _name_run(child, head.i)
        if child.pos_ == "NOUN" and child.lemma_.lower() in bodies:
            named = next((g for g in child.children if g.dep_ in ("appos", "npadvmod") and g.i > child.i
                          and g.pos_ == "PROPN" and g.i < span.end), None)
            if named is not None:
                return _name_run(named, child.i)
    return None


def _apposed_as_conjunct(head: Token, child: Token) -> bool:
    """"The union, the Kenya Growers Union (KGU), said": a lone conjunct after a comma with no
    "and" or "or" anywhere in the pair is a name set beside the noun, not a second body listed."""
    if child.dep_ != "conj" or child.i <= head.i:
        return False
    doc = head.doc
    first = min(t.i for t in child.subtree)
    return doc[first - 1].text == "," and first - 1 > head.i \
        and not any(t.dep_ in ("cc", "conj", "preconj") for t in list(child.children) + list(head.children) if t.i != child.i)
