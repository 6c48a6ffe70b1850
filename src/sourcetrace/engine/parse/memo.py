"""Drop-in replacements for spaCy's attribute ruler and rule lemmatizer that give the
same annotations in a fraction of the time.

Both stock components work token by token in Python: the ruler runs a Matcher of
about 180 one-token patterns over every token, the lemmatizer rebuilds each token's
morphology before it looks at its cache. Here a token's outcome is worked out once
per distinct input (its text, tag and dependency label for the ruler; its text,
part of speech and morphology for the lemmatizer) and looked up after that. The
ruler's few multi-token patterns still go through a Matcher over the whole doc.
`tests/parse/test_memo.py` checks the output equals the stock components'.
"""
from __future__ import annotations

from typing import Iterable

import numpy
from spacy.attrs import DEP, LEMMA, MORPH, ORTH, POS, TAG
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

CACHE_LIMIT = 200_000  # distinct inputs kept per component: bounded memory over a long run
# What a one-token pattern may test to be answered from a token's text, tag and dependency
# label alone; any other pattern goes through the Matcher over the whole doc.
SIGNATURE_KEYS = {"ORTH", "TEXT", "LOWER", "TAG", "DEP", "IS_SPACE", "IS_PUNCT", "IS_ALPHA",
                  "IS_DIGIT", "LIKE_NUM", "SHAPE", "LENGTH"}


class MemoAttributeRuler(AttributeRuler):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._reset()

    def clear(self) -> None:
        super().clear()
        self._reset()

    def _reset(self) -> None:
        self._single = Matcher(self.vocab, validate=self.validate)
        self._multi = Matcher(self.vocab, validate=self.validate)
        self._outcomes: dict[tuple[int, int, int], tuple[int, ...]] = {}

    def add(self, patterns: Iterable, attrs: dict, index: int = 0) -> None:
        patterns = list(patterns)
        super().add(patterns, attrs, index)
        key = self.vocab.strings[str(len(self.attrs) - 1)]
        single = [p for p in patterns if _by_signature(p)]
        multi = [p for p in patterns if not _by_signature(p)]
        if single:
            self._single.add(key, single)
        if multi:
            self._multi.add(key, multi)
        self._outcomes.clear()

    def match(self, doc: Doc):
        signatures = [tuple(row) for row in doc.to_array([ORTH, TAG, DEP]).tolist()]
        if len(self._outcomes) > CACHE_LIMIT:
            self._outcomes.clear()
        self._learn({s for s in signatures if s not in self._outcomes})
        strings = self.vocab.strings
        matches = [(int(strings[key]), key, i, i + 1)
                   for i, s in enumerate(signatures) for key in self._outcomes[s]]
        matches += [(int(strings[key]), key, start, end)
                    for key, start, end in self._multi(doc, allow_missing=True)]
        matches.sort()
        return matches

    def _learn(self, signatures: set[tuple[int, int, int]]) -> None:
        """Match the one-token patterns once against a doc holding each new signature once."""
        if not signatures:
            return
        order = list(signatures)
        strings = self.vocab.strings
        probe = Doc(self.vocab, words=[strings[o] for o, _, _ in order],
                    tags=[strings[t] for _, t, _ in order], deps=[strings[d] for _, _, d in order])
        found: dict[int, list[int]] = {}
        for key, start, _ in self._single(probe, allow_missing=True):
            found.setdefault(start, []).append(key)
        for i, signature in enumerate(order):
            self._outcomes[signature] = tuple(found.get(i, ()))


def _by_signature(pattern: list[dict]) -> bool:
    return len(pattern) == 1 and all(key.upper() in SIGNATURE_KEYS for key in pattern[0])


class MemoLemmatizer(EnglishLemmatizer):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._lemma_of: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not self._validated:
            self._validate_tables()
        memo = self._lemma_of
        if len(memo) > CACHE_LIMIT:
            memo.clear()
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not self.overwrite:
                continue
            key = (orth, pos, morph)
            if key not in memo:
                memo[key] = self.vocab.strings.add(self.lemmatize(doc[i])[0])
            lemmas[i] = memo[key]
        doc.from_array([LEMMA], lemmas.reshape(-1, 1).astype(numpy.uint64))
        return doc


@Language.factory("memo_attribute_ruler", default_config={"validate": False})
def make_memo_attribute_ruler(nlp: Language, name: str, validate: bool) -> MemoAttributeRuler:
    return MemoAttributeRuler(nlp.vocab, name, validate=validate)


@Language.factory("memo_lemmatizer", default_config={"mode": "rule", "overwrite": False})
def make_memo_lemmatizer(nlp: Language, name: str, mode: str, overwrite: bool) -> MemoLemmatizer:
    return MemoLemmatizer(nlp.vocab, None, name, mode=mode, overwrite=overwrite)


def use_memo_components(nlp: Language) -> None:
    """Swap the stock attribute ruler and lemmatizer for the memoised ones, same data."""
    ruler = nlp.get_pipe("attribute_ruler")
    patterns = ruler.patterns
    nlp.replace_pipe("attribute_ruler", "memo_attribute_ruler", config={"validate": ruler.validate})
    nlp.get_pipe("attribute_ruler").add_patterns(patterns)
    lemmatizer = nlp.get_pipe("lemmatizer")
    nlp.replace_pipe("lemmatizer", "memo_lemmatizer",
                     config={"mode": lemmatizer.mode, "overwrite": lemmatizer.overwrite})
    nlp.get_pipe("lemmatizer").lookups = lemmatizer.lookups
