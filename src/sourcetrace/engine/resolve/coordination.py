"""Sources named together: "Ann Roe and Bill Poe said …", "court filings and two former staff".

Each conjunct is a source of its own, and the phrase is a group of them, so that the
attribution goes to both and a later "Poe said" finds Bill Poe.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from ..lexicon import kind_words, word_set
from ..parse import entity_at
from .legal_forms import ends_on_legal_form
from .titles import is_post_word, posts_chained


NOMINAL = {"NOUN", "PROPN", "PRON", "NUM"}
OWN_DETERMINERS = {"det", "poss", "nummod"}
PAIRED = {"both", "either", "neither"}  # "both the union and the company": not the union's words


def _own_phrase(token: Token) -> bool:
    """A noun phrase that stands for someone of its own: a name, a plural, or one with its
    own determiner. "the former first lady and senator" is one person, "the mayor and the
    police chief" two."""
    return token.pos_ in ("PROPN", "PRON") or token.tag_ in ("NNS", "NNPS") \
        or any(c.dep_ in OWN_DETERMINERS for c in token.children)


def _joins(left: Token, right: Token) -> bool:
    """Whether `right`, coordinated with `left`, is a second source and not the parser's
    mistake or a second description of the same one."""
    if right.pos_ not in NOMINAL or not _own_phrase(right) or posts_chained(left, right) \
            or _firms_posts_before_name(left, right):
        return False  # "Managing Director and CEO Ms. Dilrukshi Perera": one person's posts
    if left.lower_ in word_set("titles") and not any(c.dep_ == "cc" and left.i < c.i < right.i for c in left.children):
        return False  # "The Minister for Urban Development, Shri Mahesh Bhalerao": the post, then its holder
    if right.lower_ in word_set("titles") and not any(c.dep_ == "cc" and left.i < c.i < right.i for c in left.children):
        return False  # "Darlene Ross, Detachment Commander, Lake RCMP": the holder, then her post
    if _party_and_place(right):
        return False  # "Rep. Joanne Lutz, D-Allegheny, said": her party and district
    if _fields_of_a_post(left, right):
        return False  # "Environment and Urbanisation Minister Kerem Alpaslan": one post's two fields
    if _portfolio(left, right) or _firm_and_partners(left, right):
        return False  # "minister for science and the arts"; "Hürlimann & Cie.", one firm
    if (left.pos_ == "PROPN") == (right.pos_ == "PROPN"):
        return True
    # A name and a description ("Cruz and his aides") only across "and", never across a bare
    # comma, which is more often an appositive the parser read as a list ("China, its ally").
    return any(c.dep_ == "cc" and left.i < c.i < right.i for c in left.children)


def _fields_of_a_post(left: Token, right: Token) -> bool:
    """"Environment and Urbanisation Minister": a capitalised word that names no one, joined by
    "and" to a post's title with a field of its own before it, is the post's first field."""
    doc = left.doc
    return left.pos_ == "PROPN" and not left.ent_type_ and not any(c.dep_ == "compound" for c in left.children) \
        and right.lower_ in word_set("titles") and doc[right.i - 1].dep_ == "compound" \
        and doc[right.i - 1].head.i == right.i and doc[right.i - 2].lower_ == "and" and left.i == right.i - 3


PARTY_LETTERS = ("D", "R", "I")


def _party_and_place(token: Token) -> bool:
    """"D-Allegheny", "R-Butler": an American lawmaker's party letter joined to the place they sit for."""
    doc, start = token.doc, token.i - 2
    return start >= 0 and doc[start].text in PARTY_LETTERS and doc[start + 1].text == "-" \
        and not doc[start].whitespace_ and not doc[start + 1].whitespace_


@lru_cache(maxsize=1)
def _words_for_anyone() -> frozenset[str]:
    kinds = ("organization", "company_words", "group_words", "collective_people", "media", "document")
    return frozenset(word_set("person_nouns") | word_set("titles")).union(*(kind_words()[k] for k in kinds))


def _portfolio(left: Token, right: Token) -> bool:
    """"the minister for science and the arts": a post's field of work, the parser having hung its
    second half on the post; a plain noun that names no one."""
    anyone = _words_for_anyone()
    return is_post_word(left.text) and any(c.dep_ == "prep" and c.lower_ in ("for", "of") and c.i < right.i
                                           for c in left.children) \
        and right.pos_ == "NOUN" and right.is_lower and right.lemma_.lower() not in anyone and right.lower_ not in anyone


def _firm_and_partners(left: Token, right: Token) -> bool:
    """"Hürlimann & Cie.": a name and, after "&", the legal form of a partnership."""
    doc = left.doc
    return any(t.text == "&" for t in doc[left.i + 1:right.i]) \
        and ends_on_legal_form(doc[left.i:right.right_edge.i + 1].text)


def _firms_posts_before_name(left: Token, right: Token) -> bool:
    """"Boreal Hydro president and CEO Martin Lacasse": a post in lower case after the firm's name,
    with no article or owner of its own, joined by "and" to more posts that run into a name, is
    one person's, as the capitalised "President and CEO Martin Lacasse" is."""
    doc = left.doc
    if not left.is_lower or not is_post_word(left.text) or any(c.dep_ in ("det", "poss") for c in left.children):
        return False
    k = left.i + 1
    if k >= len(doc) or doc[k].lower_ not in ("and", "&"):
        return False
    k += 1
    while k < len(doc) and is_post_word(doc[k].text) and doc[k].ent_type_ != "PERSON":
        k += 1
    return k > left.i + 2 and k <= right.i and doc[k].ent_type_ == "PERSON" \
        and all(t.ent_type_ == "PERSON" for t in doc[k:right.i + 1])


def _chain(head: Token) -> list[Token]:
    """The head and the sources coordinated with it, in order ("A, B and C": B hangs on A, C on B)."""
    out, node = [head], head
    while (nxt := next((c for c in node.children if c.dep_ == "conj" and c.i > node.i), None)) is not None \
            and _joins(node, nxt):
        out.append(nxt)
        node = nxt
    return out


def _entity_of(token: Token) -> tuple[int, int] | None:
    entity = entity_at(token.doc, token.i)
    return (entity.start, entity.end) if entity is not None else None


def _extent(token: Token, first: int, last: int) -> tuple[int, int]:
    """Token indexes of one conjunct's own words: up to its first coordinated word, within the span."""
    stop = min([c.i for c in token.children if c.dep_ in ("cc", "conj") and c.i > token.i] + [last + 1])
    start, end = max(token.left_edge.i, first), min(token.right_edge.i, stop - 1)
    doc = token.doc
    while start < token.i and (doc[start].dep_ == "preconj" or doc[start].lower_ in PAIRED):
        start += 1
    while end > token.i and (doc[end].is_punct and not _closes_bracket(doc, start, end)
                             or doc[end].is_space or doc[end].dep_ in ("cc", "preconj")):
        end -= 1
    return start, end


def _closes_bracket(doc, start: int, end: int) -> bool:
    """"General Federation of Labour (ABVA-FGTT)": the bracket that closes a short form stays."""
    return doc[end].text == ")" and any(t.text == "(" for t in doc[start:end])


def _members(chain: list[Token], first: int, last: int) -> list[tuple[int, int, int]]:
    doc, out = chain[0].doc, []
    for n, token in enumerate(chain):
        start, end = _extent(token, first if n == 0 else token.left_edge.i, last)
        out.append((doc[start].idx, doc[end].idx + len(doc[end].text), token.i))
    return out


def conjuncts(span: Span, head: Token) -> list[tuple[int, int, int]]:
    """Each source named together with the head, as (start char, end char, head token); empty
    unless there are two or more. Words joined inside one name ("Procter and Gamble") are one."""
    if head.dep_ == "appos" or head.pos_ not in NOMINAL:
        return []  # "two voters, Ann Roe and Bill Poe": the names describe the voters
    chain = [t for t in _chain(head) if span.start <= t.i < span.end]
    entity = _entity_of(head)
    if entity is not None:
        chain = [t for t in chain if t.i == head.i or not entity[0] <= t.i < entity[1]]
    return _members(chain, span.start, span.end - 1) if len(chain) > 1 else []


def named_in_apposition(span: Span, head: Token) -> list[tuple[int, int, int]]:
    """"two voters, Ann Roe and Bill Poe": the people a plural noun is then named as."""
    if head.tag_ != "NNS":
        return []
    names = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                  and span.start <= c.i < span.end), None)
    chain = [t for t in _chain(names) if t.i < span.end] if names is not None else []
    return _members(chain, names.left_edge.i, span.end - 1) if len(chain) > 1 else []
