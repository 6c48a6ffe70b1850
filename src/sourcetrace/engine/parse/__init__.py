"""The NLP parse stage: one spaCy pipeline, loaded once, offline."""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from sourcetrace.settings import SPACY_MODEL
from .memo import use_memo_components


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break always ends a sentence: headlines and paragraphs never run together."""
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if not token.is_space and ("\n" in prev.text or "\n" in prev.whitespace_):
            token.is_sent_start = True
    return doc


def stock_nlp() -> Language:
    """spaCy's own pipeline for the model, as shipped (its sentence splitter left out: the
    parser splits sentences)."""
    return spacy.load(SPACY_MODEL, exclude=["senter"])


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    nlp = stock_nlp()
    use_memo_components(nlp)
    nlp.add_pipe("paragraph_breaks", before="parser")
    return nlp


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """The lemmas the model's lemmatizer knows as English nouns, verbs, adjectives and adverbs
    (its WordNet index): "Valley" and "Power" are words, "Okwuosa" is not."""
    index = load_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    return frozenset(word for pos in ("noun", "verb", "adj", "adv") for word in index.get(pos, ()))


def scratch(doc: Doc) -> dict:
    """Working memory the stages share for one doc; `pipeline` drops it once the analysis is built."""
    return doc.user_data.setdefault("sourcetrace_scratch", {})


def drop_scratch(doc: Doc) -> None:
    doc.user_data.pop("sourcetrace_scratch", None)


def entities_of(doc: Doc) -> tuple[Span, ...]:
    """The doc's entities, listed once: `Doc.ents` and `Span.ents` build them anew per access."""
    memory = scratch(doc)
    if "entities" not in memory:
        memory["entities"] = tuple(doc.ents)
    return memory["entities"]


def entities_in(span: Span) -> list[Span]:
    """The entities wholly inside a span, as `Span.ents` gives them."""
    return [e for e in entities_of(span.doc) if span.start <= e.start and e.end <= span.end]


def text_of(doc: Doc) -> str:
    """The doc's text, built once: `Doc.text` joins every token again on each access."""
    text = doc.user_data.get("sourcetrace_text")
    if text is None:
        text = doc.user_data["sourcetrace_text"] = doc.text
    return text
