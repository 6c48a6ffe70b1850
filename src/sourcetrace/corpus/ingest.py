"""Resumable ingest: every input ends in the store exactly once, as an analysis or an error row.

An input is its `ref`. A run skips refs already analysed by this engine version and profile,
stored as not English, or failed under this engine version and profile (unless
`retry_errors`); so re-running on the same inputs adds and redoes nothing, and a run killed
at any moment is finished by running it again. Each article is written in one transaction
with its analysis, flat rows and log entry; transactions are grouped (`COMMIT_EVERY`,
`COMMIT_AFTER_S`) and a kill loses at most the open group, which the next run redoes.
A text already analysed under another ref (a reprint) shares that analysis, unanalysed again.
"""
from __future__ import annotations

import threading
import time
from dataclasses import asdict, dataclass
from typing import Callable, Iterable, Iterator

from sourcetrace import __version__
from sourcetrace.contract import Analysis, Article, ArticleError
from sourcetrace.ingest.language import detect_language, is_english
from sourcetrace.settings import Settings

from .runners import RUNNERS
from .store import Store, normalise_text, text_hash

COMMIT_EVERY = 50
COMMIT_AFTER_S = 2.0
# Which summary counters an outcome adds to.
_FIELDS = {"stored": ("stored",), "reused": ("stored", "reused"), "skipped": ("skipped",), "error": ("errors",),
           "not_english": ("not_english",)}


@dataclass
class Summary:
    stored: int = 0       # analysed and stored (reused: of these, sharing a reprint's analysis)
    reused: int = 0
    skipped: int = 0      # already in the store
    errors: int = 0
    not_english: int = 0

    def line(self) -> str:
        reused = f" ({self.reused} sharing a stored analysis)" if self.reused else ""
        return (f"{self.stored} stored{reused}, {self.skipped} skipped as already there, {self.errors} errors, "
                f"{self.not_english} not English")

    def as_dict(self) -> dict:
        return asdict(self)


def not_english_note(language: str | None) -> str:
    return f"not analysed: the text is in language '{language}' and the engine reads English only"


class _Writer:
    """Groups per-article writes into transactions, committing every few items or seconds.

    A lock serialises the writes: a runner may pull its inputs (whose skips, errors and
    reprints are written as they are met) on a thread of its own."""

    def __init__(self, store: Store, on_item: Callable[[str], None], commit_every: int):
        self.store, self.on_item, self.commit_every = store, on_item, commit_every
        self.open, self.since = 0, time.monotonic()
        self.lock = threading.RLock()

    def write(self, kind: str, action: Callable[[], None]) -> None:
        with self.lock:
            if not self.open:
                self.store.begin()
                self.since = time.monotonic()
            self.open += 1
            action()
            self.on_item(kind)
            if self.open >= self.commit_every or time.monotonic() - self.since >= COMMIT_AFTER_S:
                self.commit()

    def commit(self) -> None:
        with self.lock:
            if self.open:
                self.open = 0
                self.store.commit()

    def abandon(self) -> None:
        with self.lock:
            if self.open:
                self.open = 0
                self.store.rollback()


def ingest_items(store: Store, items: Iterable[Article | ArticleError], *, settings: Settings, profile: str,
                 workers: int | None = None, engine: str = "local", retry_errors: bool = False,
                 redo: bool = False, on_item: Callable[[str], None] = lambda kind: None,
                 commit_every: int = COMMIT_EVERY) -> Summary:
    """Store every item; `redo` analyses even refs already done (reanalyze). `on_item` hears each outcome:
    stored, reused, skipped, error, not_english. A transaction holds at most `commit_every` articles."""
    runner = RUNNERS[engine]
    summary = Summary()
    version = __version__
    done = set() if redo else store.guard(store.done_refs, version, profile, retry_errors)
    shared = store.guard(store.analysis_ids, version, profile)
    seen: set[str] = set()

    def count(kind: str) -> None:
        for field in _FIELDS[kind]:
            setattr(summary, field, getattr(summary, field) + 1)
        on_item(kind)

    writer = _Writer(store, count, commit_every)

    def to_analyse() -> Iterator[Article]:
        """The articles the engine must see; the rest are written here as they come."""
        for item in items:
            ref = item.ref or (f"sha256:{text_hash(item.text)}" if isinstance(item, Article) else "?")
            if ref in seen or ref in done:
                with writer.lock:
                    count("skipped")
                continue
            seen.add(ref)
            if isinstance(item, ArticleError):
                writer.write("error", lambda e=item: store.put_error(e.ref, e.reason, e.message, version, profile))
                continue
            article = item.model_copy(update={"ref": ref, "text": normalise_text(item.text)})
            if not is_english(article):
                writer.write("not_english", lambda a=article: store.put_not_english(
                    a, not_english_note(a.meta.language or detect_language(a.text))))
                continue
            analysis_id = shared.get(text_hash(article.text))
            if analysis_id is not None:
                writer.write("reused", lambda a=article, i=analysis_id:
                             store.put_analysis(a, None, version, profile, analysis_id=i))
                continue
            yield article

    def store_result(article: Article, result: Analysis | ArticleError) -> None:
        if isinstance(result, ArticleError):
            store.put_error(article.ref, result.reason, result.message, version, profile, article=article)
        else:
            shared[text_hash(article.text)] = store.put_analysis(article, result, version, profile)

    outcomes = iter(runner(to_analyse(), profile=profile, settings=settings, workers=workers))
    try:
        for _ref, article, result in outcomes:
            writer.write("error" if isinstance(result, ArticleError) else "stored",
                         lambda a=article, r=result: store_result(a, r))
        writer.commit()
    except store.db.errors:
        writer.abandon()
        raise
    except BaseException:
        writer.commit()  # what is written is whole articles: keep it (Ctrl-C, a runner's fault)
        raise
    finally:
        getattr(outcomes, "close", lambda: None)()  # stops the runner's workers whatever happened
    return summary


def stale_refs(store: Store, engine_version: str = __version__) -> list[str]:
    """Refs of analysed articles whose analysis an older engine version made."""
    from packaging.version import InvalidVersion, Version
    try:
        installed = Version(engine_version)
    except InvalidVersion:
        installed = None
    refs = []
    for ref, version in store.rows("SELECT a.ref, n.engine_version FROM articles a "
                                   "JOIN analyses n ON n.id = a.analysis_id WHERE a.state = 'analysed' ORDER BY a.ref"):
        try:
            older = Version(version) < installed if installed else version != engine_version
        except InvalidVersion:
            older = version != engine_version
        if older:
            refs.append(ref)
    return refs


def stored_articles(store: Store, refs: Iterable[str]) -> Iterator[Article]:
    """The stored articles of `refs`, read one at a time so a large corpus is never all in memory."""
    from sourcetrace.contract import Meta
    for ref in refs:
        row = store.execute("SELECT text, meta FROM articles WHERE ref = ?", (ref,)).fetchone()
        if row is not None:
            yield Article(ref=ref, text=row[0], meta=Meta.model_validate_json(row[1]))


def reanalyze(store: Store, *, settings: Settings, profile: str, workers: int | None = None, engine: str = "local",
              on_item: Callable[[str], None] = lambda kind: None) -> Summary:
    """Analyse again, with the installed engine, the articles an older engine version analysed."""
    refs = store.guard(stale_refs, store)
    return ingest_items(store, stored_articles(store, refs), settings=settings, profile=profile, workers=workers,
                        engine=engine, redo=True, on_item=on_item)
