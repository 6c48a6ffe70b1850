"""The NLP parse stage: one spaCy pipeline, loaded once, offline."""
from __future__ import annotations

from collections import deque
from functools import lru_cache
from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.tokens import Doc, Span

from sourcetrace.settings import SPACY_MODEL
from .memo import use_memo_components
from .wrap import unwrap


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break always ends a sentence: headlines and paragraphs never run together."""
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if not token.is_space and ("\n" in prev.text or "\n" in prev.whitespace_):
            token.is_sent_start = True
    return doc


def stock_nlp(model: str = SPACY_MODEL) -> Language:
    """spaCy's own pipeline for the model, as shipped (its sentence splitter left out: the
    parser splits sentences)."""
    return spacy.load(model, exclude=["senter"])


@lru_cache(maxsize=2)
def load_nlp(model: str = SPACY_MODEL) -> Language:
    nlp = stock_nlp(model)
    use_memo_components(nlp)
    add_paragraph_breaks(nlp)
    return nlp


def add_paragraph_breaks(nlp: Language) -> None:
    """Put the line-break sentence splitter before the parser, once."""
    if "paragraph_breaks" not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe("paragraph_breaks", before="parser")


def parse_text(nlp: Language, text: str) -> Doc:
    """The parsed doc of one text (read unwrapped; `text_of` gives the text as it came)."""
    return _as_given(nlp(unwrap(text)), text)


def parse_texts(nlp: Language, texts: Iterable[str], batch_size: int = 8) -> Iterator[Doc]:
    """Parsed docs of many texts, in order."""
    pending: deque[str] = deque()

    def unwrapped() -> Iterator[str]:
        for text in texts:
            pending.append(text)
            yield unwrap(text)
    for doc in nlp.pipe(unwrapped(), batch_size=batch_size):
        yield _as_given(doc, pending.popleft())


def _as_given(doc: Doc, text: str) -> Doc:
    if doc.text != text:
        doc.user_data["sourcetrace_text"] = text
    return doc


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """The lemmas the model's lemmatizer knows as English nouns, verbs, adjectives and adverbs
    (its WordNet index): "Valley" and "Power" are words, "Okwuosa" is not. Read from the model's
    files, so that a user's own pipeline never makes us load a second one."""
    path = spacy.util.get_package_path(SPACY_MODEL)
    table_file = next(path.glob("*/lemmatizer/lookups/lookups.bin"))
    index = Lookups().from_disk(table_file.parent).get_table("lemma_index")
    return frozenset(word for pos in ("noun", "verb", "adj", "adv") for word in index.get(pos, ()))


def scratch(doc: Doc) -> dict:
    """Working memory the stages share for one doc; `pipeline` drops it once the analysis is built."""
    return doc.user_data.setdefault("sourcetrace_scratch", {})


def drop_scratch(doc: Doc) -> None:
    doc.user_data.pop("sourcetrace_scratch", None)
    doc.user_data.pop("sourcetrace_text", None)


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
