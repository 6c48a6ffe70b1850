"""The NLP parse stage: one spaCy pipeline, loaded once, offline."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import Iterable, Iterator

import numpy
import spacy
from spacy.attrs import IDX, IS_SPACE, ORTH, SENT_START
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.tokens import Doc, Span

from sourcetrace.settings import SPACY_MODEL
from ..lexicon import word_set
from .breaks import wraps
from .fronted_agents import fronted_agents  # noqa: F401  (registers the component)
from .memo import use_memo_components
from .window import TEXT_KEY, parse_windows

_BREAK = re.compile("\n")


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence, so headlines, datelines and paragraphs never run together;
    except a wrap: a single line break inside a paragraph where the sentence plainly goes on
    (see `breaks.wraps`), which is left to the parser like a space."""
    text = doc.text
    wrapped = wraps(text)
    # The token before holds the break, in its text or its trailing whitespace, exactly when a
    # break falls between its start and this token's; so only tokens right after a break are
    # visited. Set in one array: `Token.is_sent_start` scans the whole doc on every assignment.
    rows = doc.to_array([IDX, IS_SPACE, SENT_START])
    starts, sent_starts = rows[:, 0], rows[:, 2].astype("int64")
    after = numpy.searchsorted(starts, [m.start() for m in _BREAK.finditer(text)], side="right")
    for i in numpy.unique(after).tolist():
        if 1 <= i < len(doc) and not rows[i, 1]:
            sent_starts[i] = -1 if int(starts[i]) in wrapped else 1
    doc.from_array([SENT_START], sent_starts.astype("uint64").reshape(-1, 1))  # -1 wraps, as spaCy stores it
    return doc


def stock_nlp(model: str = SPACY_MODEL) -> Language:
    """spaCy's own pipeline for the model, as shipped (its sentence splitter left out: the
    parser splits sentences)."""
    return spacy.load(model, exclude=["senter"])


DASHES = {"-", "–", "—", "--"}
# the dashes that set words apart; a hyphen, spaced or not, joins them as often
LONG_DASHES = DASHES - {"-"}


@Language.component("dateline_entities")
def dateline_entities(doc: Doc) -> Doc:
    """"AUCKLAND - Residents of …" or "SANTA BAIA, Galicia - Xosé Cid has …" tagged one entity: a
    dateline (a line opening on a place in capitals, perhaps its region after a comma, then a dash)
    is no part of the name after it, which starts past the dash."""
    entities, cut = list(doc.ents), False
    for k, entity in enumerate(entities):
        dash = next((t.i for t in entity if t.text in DASHES), None)
        if dash is None or dash + 1 >= entity.end or not _ends_a_dateline(doc, dash):
            continue
        entities[k], cut = Span(doc, dash + 1, entity.end, label=entity.label), True
    if cut:
        doc.ents = entities
    return doc


def _ends_a_dateline(doc: Doc, dash: int) -> bool:
    """The dash closes the line's opening: capitals, then at most a comma and a few capitalised
    words (the region)."""
    start = dash
    while start > 0 and not (doc[start - 1].is_space and "\n" in doc[start - 1].text) and dash - start < 12:
        start -= 1
    words = doc[start:dash]
    if not (start == 0 or doc[start - 1].is_space) or not words or not words[0].is_upper:
        return False
    comma = next((t.i for t in words if t.text == ","), dash)
    return all(t.is_upper or t.is_punct or t.like_num for t in doc[start:comma]) \
        and dash - comma <= 4 and all(t.is_title for t in doc[comma + 1:dash])


@lru_cache(maxsize=2)
def load_nlp(model: str = SPACY_MODEL) -> Language:
    nlp = stock_nlp(model)
    use_memo_components(nlp)
    add_abbreviations(nlp)
    add_paragraph_breaks(nlp)
    if "ner" in nlp.pipe_names and "dateline_entities" not in nlp.pipe_names:
        nlp.add_pipe("dateline_entities", after="ner")
    if "parser" in nlp.pipe_names and "fronted_agents" not in nlp.pipe_names:
        nlp.add_pipe("fronted_agents", after="parser")
    return nlp


def add_abbreviations(nlp: Language) -> None:
    """Keep titles such as "Cpl." and "Det." one token, so that their stop ends no sentence
    (lexicons/abbreviations.txt), and titles written with a hyphen ("vice-president", titles.txt),
    which the small parser, split at the hyphen, reads as two nouns ("the vice-president of the
    group replied": "vice" the object of the sentence before, the verb left without a subject)."""
    for abbreviation in sorted(word_set("abbreviations")):
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    for post in sorted(w for w in word_set("titles") if "-" in w.strip("-")):
        first, _, second = post.partition("-")
        for written in {post, post.title(), f"{first.title()}-{second}", post.upper()}:
            nlp.tokenizer.add_special_case(written, [{ORTH: written}])


def add_paragraph_breaks(nlp: Language) -> None:
    """Put the line-break sentence splitter before the parser, once."""
    if "paragraph_breaks" not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe("paragraph_breaks", before="parser")


def parse_text(nlp: Language, text: str, window_chars: int | None = None) -> Doc:
    """The parsed doc of one text, of any length (see `window.py`); `text_of` gives back `text`."""
    return next(parse_windows(nlp, [text], batch_size=1, window_chars=window_chars))


def parse_texts(nlp: Language, texts: Iterable[str], batch_size: int = 8,
                window_chars: int | None = None) -> Iterator[Doc]:
    """Parsed docs of many texts, in order."""
    return parse_windows(nlp, texts, batch_size=batch_size, window_chars=window_chars)


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
    doc.user_data.pop(TEXT_KEY, None)


def entities_of(doc: Doc) -> tuple[Span, ...]:
    """The doc's entities, listed once: `Doc.ents` and `Span.ents` build them anew per access."""
    memory = scratch(doc)
    if "entities" not in memory:
        memory["entities"] = tuple(e for e in map(_without_loose_marks, doc.ents) if e is not None)
    return memory["entities"]


LOOSE_OPENERS, LOOSE_CLOSERS = set("([{\"“‘"), set(")]}\"”’")


def _without_loose_marks(entity: Span) -> Span | None:
    """"The Associated Society of Train and Rail Assistants (" as the tagger may cut it before a
    bracketed short form: a name never ends on an opening mark nor opens on a closing one."""
    start, end = entity.start, entity.end
    while start < end and entity.doc[end - 1].text in LOOSE_OPENERS:
        end -= 1
    while start < end and entity.doc[start].text in LOOSE_CLOSERS:
        start += 1
    if (start, end) == (entity.start, entity.end):
        return entity
    return Span(entity.doc, start, end, label=entity.label) if end > start else None


def entities_in(span: Span) -> list[Span]:
    """The entities wholly inside a span, as `Span.ents` gives them; found by bisection over the
    doc's entities (in order, never overlapping), not by a scan of them all."""
    entities = entities_of(span.doc)
    out = []
    for k in range(bisect_left(_entity_starts(span.doc), span.start), len(entities)):
        if entities[k].start >= span.end:
            break
        if entities[k].end <= span.end:
            out.append(entities[k])
    return out


def entity_at(doc: Doc, i: int) -> Span | None:
    """The entity that holds token i, if any, found by bisection like `entities_in`."""
    entities = entities_of(doc)
    k = bisect_right(_entity_starts(doc), i) - 1
    return entities[k] if k >= 0 and i < entities[k].end else None


def _entity_starts(doc: Doc) -> list[int]:
    memory = scratch(doc)
    if "entity_starts" not in memory:
        memory["entity_starts"] = [e.start for e in entities_of(doc)]
    return memory["entity_starts"]


def span_at(doc: Doc, start: int, end: int) -> Span | None:
    """The tokens that overlap `start:end`, or None where there are none: a range of whitespace
    alone (the space after a token, the end of a soft-wrapped line) has no tokens."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def parsed_text(doc: Doc) -> str:
    """The text as the parser read it (wraps as spaces; see `window.parse_copy`), built once:
    for decisions that read the prose, never for output, whose spans index `text_of`."""
    memory = scratch(doc)
    if "parsed_text" not in memory:
        memory["parsed_text"] = doc.text
    return memory["parsed_text"]


def text_of(doc: Doc) -> str:
    """The doc's text, built once: `Doc.text` joins every token again on each access."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text
