"""What a claim is about: content words, key predicates, entities — normalised so that
'recruitment', 'recruiting' and 'recruit' (or 'Russian' and 'Russia') meet."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span

from .lexicon import load


@dataclass
class Features:
    words: set[str] = field(default_factory=set)
    predicates: set[str] = field(default_factory=set)


def known_lemmas(doc: Doc) -> frozenset[str]:
    """Every lemma in the article: derivational stripping only lands on words the article uses."""
    return frozenset(t.lemma_.lower() for t in doc if t.is_alpha)


@lru_cache(maxsize=8192)
def normalise(lemma: str, known: frozenset[str]) -> str:
    lemma = lemma.lower()
    rules = load("derivation")
    for suffix, replacement in rules["rules"]:
        if lemma.endswith(suffix) and len(lemma) - len(suffix) >= rules["min_stem"]:
            stem = lemma[: len(lemma) - len(suffix)] + replacement
            if stem != lemma and stem in known:
                return stem
    return lemma


def features(span: Span, known: frozenset[str]) -> Features:
    cfg = load("linking")
    words = {normalise(t.lemma_, known) for t in span
             if t.pos_ in cfg["content_pos"] and not t.is_stop and (t.is_alpha or t.like_num)}
    return Features(words=words, predicates=_predicates(span, known))


def _predicates(span: Span, known: frozenset[str]) -> set[str]:
    """The claim's own verbs, and subjects that name an action ('the recruitment of commandos
    is being led'). Relative clauses and participle adjuncts ('who fought alongside US
    troops', 'offering them stipends') describe participants or add detail, so they are left
    out unless nothing else is left (a parser can hang a whole claim under one)."""
    cfg = load("linking")
    weak = set(cfg["weak_predicates"])
    aside: set[int] = set()
    for tok in span:
        if tok.dep_ in cfg["aside_deps"] or _participle_adjunct(tok):
            aside.update(t.i for t in tok.subtree)
    own = _verbs_and_actions(span, known, aside) - weak
    return own or _verbs_and_actions(span, known, set()) - weak


def _verbs_and_actions(span: Span, known: frozenset[str], skip: set[int]) -> set[str]:
    subjects = set(load("linking")["subject_deps"]) | {"ROOT"}
    found = set()
    for tok in span:
        if tok.i in skip:
            continue
        lemma = normalise(tok.lemma_, known)
        subject_like = tok.dep_ in subjects or (tok.dep_ == "compound" and tok.head.dep_ in subjects)
        if tok.pos_ == "VERB" or (tok.pos_ == "NOUN" and subject_like and _deverbal(tok.lemma_, lemma)):
            found.add(lemma)
    return found


def _deverbal(lemma: str, normalised: str) -> bool:
    # A noun that names an action ('recruitment', 'withdrawal') works as a predicate.
    return normalised != lemma.lower() or lemma.lower().endswith(("ment", "tion", "sion", "ance", "ence"))


def _participle_adjunct(tok) -> bool:
    # 'offering them stipends', 'trained by US forces' — but not 'as forces are grappling'.
    return (tok.dep_ in ("advcl", "acl") and tok.tag_ in ("VBG", "VBN")
            and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in tok.children))
