"""The NLP parse stage: one spaCy pipeline, loaded once, offline."""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..settings import SPACY_MODEL
from .memo import use_memo_components


DASHES = {"-", "--", "—", "–"}
DATELINE_MAX_TOKENS = 12


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break always ends a sentence: headlines and paragraphs never run together. A
    dateline ("WASHINGTON (AP) — ") ends one too, so it never joins the first subject."""
    starts = [0]
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if not token.is_space and ("\n" in prev.text or "\n" in prev.whitespace_):
            token.is_sent_start = True
            starts.append(token.i)
    for start in starts:
        after = _after_dateline(doc, start)
        if after is not None:
            doc[after].is_sent_start = True
    return doc


def _after_dateline(doc: Doc, start: int) -> int | None:
    """The token after a capitalised place line and its dash at a paragraph's start, if any."""
    words, depth = 0, 0
    for token in doc[start:start + DATELINE_MAX_TOKENS]:
        if token.text in DASHES and words and not depth:
            # Spaced on both sides ("US-trained" is a word) and before a capital: a sentence opens.
            nxt = token.i + 1
            spaced = doc[token.i - 1].whitespace_ and token.whitespace_
            opens = nxt < len(doc) and (doc[nxt].text[:1].isupper() or doc[nxt].is_quote)
            return nxt if spaced and opens else None
        if token.text == "(":
            depth += 1
        elif token.text == ")" and depth:
            depth -= 1
        elif depth or token.text in (",", "."):
            continue
        elif token.is_upper and (len(token.text) > 1 or token.text.isalpha()):
            words += 1
        else:
            return None
    return None


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    nlp = spacy.load(SPACY_MODEL, exclude=["senter"])
    use_memo_components(nlp)
    nlp.add_pipe("paragraph_breaks", before="parser")
    return nlp


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
