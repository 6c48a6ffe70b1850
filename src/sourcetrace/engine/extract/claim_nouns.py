"""Whether a word names something said — "the claims", "the allegation", "their account", "that
report" — as the object of a denying or admitting verb or a headline's "X rejects claims …". One
test for every rule that asks (lexicons: cue nouns, claim_objects.txt, statements.json
claim_subjects; findings_nouns.txt and documents for what a decision may turn down)."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..lexicon import cue_stance, kind_words, load_json, word_set


@lru_cache(maxsize=1)
def claim_words() -> frozenset[str]:
    """Nouns that name something said: "claim", "allegation", "report"."""
    return frozenset(load_json("statements.json")["claim_subjects"]) | word_set("claim_objects")


def an_application(noun: Token) -> bool:
    """"His asylum claim", "an insurance claim", "her claim for flood damage": a claim for
    something, turned down or granted."""
    applied = word_set("claim_applications")
    return any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in applied for c in noun.children) \
        or any(c.dep_ == "prep" and c.lower_ == "for" and any(
            o.dep_ == "pobj" and o.lemma_.lower() in applied for o in c.children) for c in noun.children)


def names_a_claim(token: Token, tags: tuple[str, ...] | None = ("NOUN",), findings: bool = False) -> bool:
    """A claim word (a cue noun or one of `claim_words`), tagged one of `tags` (any with None: a
    headline's "claims" the tagger read as a verb), never a claim for something; with `findings`,
    also what was found or published ("results", "the report")."""
    if tags is not None and token.pos_ not in tags or an_application(token):
        return False
    lemma = token.lemma_.lower()
    if bool(cue_stance(lemma, noun=True)) or lemma in claim_words() or token.lower_ in claim_words():
        return True
    documents = kind_words()["document"]
    return findings and (lemma in word_set("findings_nouns") or lemma in documents or token.lower_ in documents)
