"""Titles set before or beside a person's name, which a reader keeps apart from the name:
"Driver Anneli Ross" is Anneli Ross, a driver; "Court of King's Bench Justice Miriam Achebe" is
Miriam Achebe, a justice of that court; "the member for Lower Stanch, Priya Colquhoun" is Priya
Colquhoun. The title words are data (lexicons titles.txt, person_nouns.txt).
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from . import gender
from ..lexicon import load_json, word_set

# Words that join the capitals of a long title: "Court of King's Bench", "Minister for Roads and Rail".
TITLE_JOINERS = {"of", "for", "and", "the", "&", "on", "'s", "’s"}


def role_word_opening(run: Span) -> bool:
    """"Driver Anneli Ross", "Farmer Tom Quill": a word for what a person does, capitalised before
    a first name and a surname, is no part of the name. A run of two words is left alone ("Baker
    Mayfield" may be a name), and so is one whose second word is no first name."""
    first = run[0]
    return len(run) >= 3 and first.is_title and first.lower_ in word_set("person_nouns") \
        and run[1].is_title and gender.is_first_name(run[1].text)


def long_title_before(person: Span, span: Span) -> Span | None:
    """"Court of King's Bench Justice Miriam Achebe", "Harbour Board Chair Ola Brandt": a run of
    capitals (joined by "of", "'s", "for" …) from the mention's start up to the name, ending in a
    title word, is the person's title, however long; where it lies, or None."""
    doc = span.doc
    start = span.start + (1 if span[0].dep_ == "det" else 0)
    if person.start - start < 2 or person.end < span.end and not _only_an_aside(doc[person.end:span.end]):
        return None
    words = doc[start:person.start]
    last = words[-1]
    if not (last.is_title and last.lower_.rstrip(".") in word_set("titles")) or not words[0].is_title:
        return None
    if not all(t.is_title or t.lower_ in TITLE_JOINERS or _inner_hyphen(t) for t in words):
        return None
    return words


def _inner_hyphen(t: Token) -> bool:
    """The hyphen of "Director-General", "Secretary-General", set between two words with no space."""
    doc = t.doc
    return t.text == "-" and 0 < t.i < len(doc) - 1 and not doc[t.i - 1].whitespace_ and not t.whitespace_


def _only_an_aside(after: Span) -> bool:
    """What follows a name inside its mention and is no part of it: stops, or the name in another
    script or spelling set in brackets ("Tsai Mei-ling (蔡美玲)")."""
    if all(t.is_punct for t in after):
        return True
    return after[0].text == "(" and after[-1].text == ")" and not any(t.text in "()" for t in after[1:-1])


def named_after_title(person: Span, head: Token, span: Span) -> Span | None:
    """"The member for Lower Stanch, Priya Colquhoun": a title or a word for a person, with what
    it is for, and then, after a comma at the very end of the mention, a name: the name is whose
    the title is, whatever the parser joined it to (an aside after it, set off by a comma, may
    follow). The title's words, or None. Not a list
    ("the mayor, Ann Roe and Ben Loy"): nothing but the comma stands between title and name."""
    doc = span.doc
    if head.lemma_.lower() not in word_set("titles") | word_set("person_nouns") or head.i >= person.start - 1:
        return None
    if doc[person.start - 1].text != "," or person.end < span.end and doc[person.end].text != ",":
        return None  # the name ends the mention, or an aside after a comma follows it
    opening = span.start + (1 if span[0].dep_ == "det" else 0)
    between = doc[min(opening, head.i):person.start - 1]  # "deputy mayor of Kelsby", all of it
    if not any(c.dep_ == "prep" and c.i < person.start for c in head.children):
        return None  # "Her husband, Joe": a noun set beside a name, as any apposition
    if any(t.dep_ == "cc" or t.text in ",;()" or t.pos_ in ("VERB", "AUX") or t.ent_type_ == "PERSON"
           for t in between):
        return None
    return between


def posts_chained(left: Token, right: Token) -> bool:
    """Whether `right`, coordinated with `left`, is the name whose posts or descriptions run from
    `left` to it: one person, not two sources."""
    return _posts_before_name(left, right) or descriptions_chained(left, right)


def _posts_before_name(left: Token, right: Token) -> bool:
    """"Managing Director and CEO Ms. Dilrukshi Perera", "CEO and co-founder Dr. Noa Ben-Haim":
    posts joined by "and" before one name are one person's, not two sources: the first post has
    no article or owner of its own, and only posts, their qualifiers ("co-", "acting", "former")
    and titles stand between it and the name. The first post may be written small after the body
    it serves ("Boreal Hydro president and CEO Martin Lacasse"), as outlets write a post in
    passing: without an article it is still no one's but the name's."""
    doc = left.doc
    if not is_post_word(left.text) or left.ent_type_ == "PERSON" \
            or any(c.dep_ in ("det", "poss") for c in left.children):
        return False
    k = left.i + 1
    while k < len(doc) and (doc[k].lower_ in ("and", "&", "-") or is_post_word(doc[k].text)
                            or doc[k].lower_ in _qualifiers()):
        k += 1
    end = k
    while end < len(doc) and doc[end].ent_type_ == "PERSON":
        end += 1
    # the second post, or the name itself, is what the parser joined to the first
    return end > k and right.i < end and any(doc[j].lower_ in ("and", "&") for j in range(left.i + 1, k))


def is_post_word(word: str) -> bool:
    """A title word (titles.txt) or a capitalised short form of a rank ("CEO", "SP")."""
    from .names import is_title_word
    return is_title_word(word)


def _qualifiers() -> frozenset[str]:
    roles = load_json("roles.json")
    return frozenset(roles["other_post"]) | frozenset(roles["post_qualifiers"])


def descriptions_chained(left: Token, right: Token) -> bool:
    """"The singer and composer Marwan Abi Nader", "the lawyer and activist Hina Jilani": words for
    what a person is (titles.txt, person_nouns.txt, rank words and qualifiers), written small and
    joined by one "and" before a name the parser coordinated with the first, describe that one
    person. "The mayor and the police chief Ann Roe", the second with its own article, stays two,
    and so does "the mayor and Councillor Ann Roe", a post in capitals."""
    doc = left.doc
    roles = word_set("titles") | word_set("person_nouns")
    if right.pos_ != "PROPN" or right.i <= left.i + 2 or left.lemma_.lower() not in roles or left.tag_ != "NN":
        return False
    end = right.i
    while end > left.i + 1 and doc[end - 1].pos_ == "PROPN" and not doc[end - 1].is_lower:
        end -= 1  # the name's own words before its last
    between = doc[left.i + 1:end]
    if not between or between[0].lower_ not in ("and", "&"):
        return False
    words = between[1:]
    fitting = roles | word_set("rank_words") | _qualifiers()
    return bool(words) and all((t.is_lower and t.lower_ in fitting or t.is_upper and is_post_word(t.text))
                               for t in words)
