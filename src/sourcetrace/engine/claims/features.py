"""What a claim is about: content words, key predicates, entities — normalised so that
'recruitment', 'recruiting' and 'recruit' (or 'Russian' and 'Russia') meet."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span

from ..parse import scratch
from ..parse.columns import Columns, columns
from .lexicon import load


@dataclass
class Features:
    words: set[str] = field(default_factory=set)
    predicates: set[str] = field(default_factory=set)


def known_lemmas(doc: Doc) -> frozenset[str]:
    """Every lemma in the article: derivational stripping only lands on words the article uses."""
    col = columns(doc)
    return frozenset(lemma for lemma, alpha in zip(col.lemma, col.is_alpha) if alpha)


@lru_cache(maxsize=1)
def _suffixes() -> tuple[str, ...]:
    return tuple(suffix for suffix, _ in load("derivation")["rules"])


def normalise(lemma: str, known: frozenset[str]) -> str:
    lemma = lemma.lower()
    if not lemma.endswith(_suffixes()):
        return lemma
    rules = load("derivation")
    for suffix, replacement in rules["rules"]:
        if lemma.endswith(suffix) and len(lemma) - len(suffix) >= rules["min_stem"]:
            stem = lemma[: len(lemma) - len(suffix)] + replacement
            if stem != lemma and stem in known:
                return stem
    return lemma


def _normaliser(doc: Doc, known: frozenset[str]) -> dict[str, str]:
    """`normalise` of each lemma under `known`, worked out once per doc. Not a cache across
    docs keyed on `known`: a later article with the same lemmas (a syndicated copy, the same
    text again) would find it by comparing every lemma of the two sets on every look-up."""
    memos = scratch(doc).setdefault("normalised", {})
    if id(known) not in memos:
        memos[id(known)] = (known, _Normalised(known))  # `known` held: its id stays its own
    return memos[id(known)][1]


class _Normalised(dict):
    def __init__(self, known: frozenset[str]) -> None:
        super().__init__()
        self.known = known

    def __missing__(self, lemma: str) -> str:
        value = self[lemma] = normalise(lemma, self.known)
        return value


def features(span: Span, known: frozenset[str]) -> Features:
    cfg = load("linking")
    col, tokens = columns(span.doc), range(span.start, span.end)
    content_pos = set(cfg["content_pos"])
    normalised = _normaliser(span.doc, known)
    words = {normalised[col.lemma[i]] for i in tokens
             if col.pos[i] in content_pos and not col.is_stop[i] and (col.is_alpha[i] or col.like_num[i])}
    return Features(words=words, predicates=_predicates(span, known))


def _predicates(span: Span, known: frozenset[str]) -> set[str]:
    """The claim's own verbs, and subjects that name an action ('the recruitment of commandos
    is being led'). Relative clauses and participle adjuncts ('who fought alongside US
    troops', 'offering them stipends') describe participants or add detail, so they are left
    out unless nothing else is left (a parser can hang a whole claim under one)."""
    cfg = load("linking")
    doc, col = span.doc, columns(span.doc)
    weak, aside_deps = set(cfg["weak_predicates"]), set(cfg["aside_deps"])
    aside: set[int] = set()
    for i in range(span.start, span.end):
        if col.dep[i] in aside_deps or _participle_adjunct(doc, col, i):
            aside.update(t.i for t in doc[i].subtree)
    own = _verbs_and_actions(span, known, aside) - weak
    return own or _verbs_and_actions(span, known, set()) - weak


def _verbs_and_actions(span: Span, known: frozenset[str], skip: set[int]) -> set[str]:
    subjects = set(load("linking")["subject_deps"]) | {"ROOT"}
    col, normalised = columns(span.doc), _normaliser(span.doc, known)
    found = set()
    for i in range(span.start, span.end):
        if i in skip:
            continue
        pos = col.pos[i]
        if pos not in ("VERB", "NOUN"):
            continue
        lemma = normalised[col.lemma[i]]
        dep = col.dep[i]
        subject_like = dep in subjects or (dep == "compound" and col.dep[col.head[i]] in subjects)
        if pos == "VERB" or (subject_like and _deverbal(col.lemma[i], lemma)):
            found.add(lemma)
    return found


def _deverbal(lemma: str, normalised: str) -> bool:
    # A noun that names an action ('recruitment', 'withdrawal') works as a predicate.
    return normalised != lemma or lemma.endswith(("ment", "tion", "sion", "ance", "ence"))


def _participle_adjunct(doc: Doc, col: Columns, i: int) -> bool:
    # 'offering them stipends', 'trained by US forces' — but not 'as forces are grappling'.
    return (col.dep[i] in ("advcl", "acl") and col.tag[i] in ("VBG", "VBN")
            and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in doc[i].children))
