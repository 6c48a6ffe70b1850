"""The engine: one object that turns an `Article` into an `Analysis`, with no I/O.

The CLI, the corpus ingest, the web app and Ray actors are hosts: each owns an `Engine`
(the spaCy pipeline, the learned model and the lexicons, loaded once) and calls it.
"""
from __future__ import annotations

import gc
from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from sourcetrace.contract import Analysis, Article
from sourcetrace.settings import PROFILES, Settings

from .audit import build_audit
from .claims import build_claims
from .denials import carry_denials
from .extract import run_extractors
from .parse import drop_scratch, load_nlp, parse_text, parse_texts, text_of
from .resolve import resolve_sources


WARM_UP_TEXT = ("Officials said on Monday that 12 bridges would reopen, according to a report. "
                "“We deny it,” a spokesman told reporters.")


class TextTooLong(ValueError):
    """The text is past the engine's size limit (`Settings.max_text_chars`)."""


class Engine:
    def __init__(self, profile: str | None = None, settings: Settings | None = None, nlp: Language | None = None):
        self.settings = settings or Settings.load()
        self.profile = profile or self.settings.profile
        if self.profile not in PROFILES:
            raise ValueError(f"unknown model profile {self.profile!r}; choose from {', '.join(PROFILES)}")
        self.nlp = nlp if nlp is not None else load_nlp(self.settings.spacy_model)

    def analyze(self, article: Article | str) -> Analysis:
        article = as_article(article)
        self._check_size(article)
        return self.analyze_doc(parse_text(self.nlp, article.text, self.settings.window_chars), article)

    def pipe(self, articles: Iterable[Article | str], batch_size: int = 8) -> Iterator[Analysis]:
        """One `Analysis` per article, in order, parsing in batches; each keeps its own metadata."""
        pending: list[Article] = []

        def texts() -> Iterator[str]:
            for article in articles:
                article = as_article(article)
                self._check_size(article)
                pending.append(article)
                yield article.text

        for doc in parse_texts(self.nlp, texts(), batch_size=batch_size, window_chars=self.settings.window_chars):
            yield self.analyze_doc(doc, pending.pop(0))

    def analyze_doc(self, doc: Doc, article: Article | None = None) -> Analysis:
        """The stages after the parse, over a doc this engine's pipeline (or an equal one) made."""
        try:
            found = run_extractors(doc, PROFILES[self.profile])
            sources, attributions = resolve_sources(doc, found)
            carry_denials(doc, sources, attributions)
            article = article or Article(text="")
            analysis = Analysis(ref=article.ref, text=text_of(doc), meta=article.meta.model_copy(deep=True),
                                sources=sources, attributions=attributions)
            analysis.claims = build_claims(doc, analysis)
            analysis.audit = build_audit(analysis)
            return analysis
        finally:
            drop_scratch(doc)

    def warm_up(self) -> None:
        """Load what the stages load lazily (the learned model, the lexicons), so that a host's
        time budget measures analysis, not start-up. What is loaded by then lives as long as the
        process: it is put out of the garbage collector's sight (`gc.freeze`), which otherwise
        walks it all again on each full collection (5 to 8% of the 4,000-attribution text here)."""
        self.analyze(Article(text=WARM_UP_TEXT))
        gc.collect()
        gc.freeze()

    def _check_size(self, article: Article) -> None:
        limit = self.settings.max_text_chars
        if len(article.text) > limit:
            raise TextTooLong(f"{article.ref or 'text'}: {len(article.text):,} characters is over the {limit:,}-character "
                              "limit (max_text_chars)")


def as_article(article: Article | str) -> Article:
    return article if isinstance(article, Article) else Article(text=article)
