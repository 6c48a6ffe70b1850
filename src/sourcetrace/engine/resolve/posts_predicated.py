""""Rosalind Achterberg was appointed health minister in June", "Okafor, who became chief constable
in 2019", "Fennelly is the club's captain": a post the sentence gives a named person as its
predicate, not before or beside the name, is theirs all the same, so that a later "the minister
said" finds them. Which verbs hand over a post is data here, the post words are titles.txt's.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..lexicon import word_set

# verbs whose subject holds the post named as their complement or after "as"
GIVING_POSTS = {"be", "become", "appoint", "name", "elect", "make", "promote", "remain", "serve", "install",
                "swear", "reappoint", "re-elect", "hire", "choose", "select", "confirm"}
COMPLEMENTS = ("attr", "oprd", "xcomp", "dobj")


def post_predicated(person: Span) -> str:
    """The post phrase the person's verb gives them ("health minister"), or "" where none."""
    root = person.root
    if root.dep_ == "relcl" or any(c.dep_ == "relcl" and c.i > root.i for c in root.children):
        verb = next((c for c in root.children if c.dep_ == "relcl"), None)  # "Okafor, who became …"
        if verb is None or not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "that") for c in verb.children):
            verb = None
    elif root.dep_ in ("nsubj", "nsubjpass"):
        verb = root.head
    else:
        verb = None
    if verb is None or verb.lemma_.lower() not in GIVING_POSTS:
        return ""
    for c in verb.children:
        post = c if c.dep_ in COMPLEMENTS else _after_as(c)
        if post is not None and post.lemma_.lower() in word_set("titles") and post.pos_ in ("NOUN", "PROPN"):
            return post.doc[post.left_edge.i:post.i + 1].text
    return ""


def _after_as(c: Token) -> Token | None:
    """"served as chief executive": the noun after "as"."""
    if c.dep_ == "prep" and c.lower_ == "as":
        return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None
