"""The corpus store: articles, their analyses, flat rows for querying, and the ingest log.

One `Store` over DuckDB or PostgreSQL (`dialects.py` holds what differs), with the schema
from numbered migrations applied on open. Identity is the article's `ref`; an analysis is
keyed by (text hash, engine version, profile), so reprints of one text share it.
Writes happen in `transaction()` blocks: an article row, its analysis and flat rows, and the
ingest log commit together or not at all.
"""
from __future__ import annotations

import hashlib
import unicodedata
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from sourcetrace.contract import Analysis, Article, Meta

from . import flat
from .dialects import DEFAULT_DB, connect
from .errors import StoreError
from .migrate import migrations

ARTICLE_COLUMNS = ("ref", "text_hash", "url", "outlet", "published", "title", "author", "language", "state", "note",
                   "analysis_id", "text", "meta")


def normalise_text(text: str) -> str:
    """The text as stored, hashed and analysed: NFC, LF line ends, no trailing spaces, no outer blank lines."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Store:
    def __init__(self, target: str | None = None):
        self.target = target or DEFAULT_DB
        self.db = connect(self.target)
        self.dialect = self.db.name
        self._depth = 0
        self._pending: dict[str, tuple[tuple[str, ...], list[tuple]]] = {}  # flat rows written at commit
        self._marks_changes = False  # the change mark's table comes with the migrations
        self.guard(self._migrate)
        self._marks_changes = True

    # -- plumbing ----------------------------------------------------------------------------
    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def execute(self, query: str, params: tuple | list = ()):
        return self.db.con.execute(self.db.sql(query), tuple(params))

    def rows(self, query: str, params: tuple | list = ()) -> list[tuple]:
        return self.execute(query, params).fetchall()

    def scalar(self, query: str, params: tuple | list = ()) -> Any:
        row = self.execute(query, params).fetchone()
        return row[0] if row else None

    def guard(self, action, *args, **kwargs):
        """Run `action`, turning the driver's errors into one-line `StoreError`s."""
        try:
            return action(*args, **kwargs)
        except self.db.errors as error:
            raise StoreError(f"{self.db_label}: {_first_line(error)}") from None

    @property
    def db_label(self) -> str:
        from .dialects import _redacted
        return _redacted(self.target)

    def begin(self) -> None:
        self.execute("BEGIN TRANSACTION")

    def commit(self, corpus: bool = True) -> None:
        """Write the flat rows gathered in this transaction (one insert per table), then commit.
        `corpus=False`: the transaction wrote only accounts (users, sessions, tokens), which no cached
        corpus read depends on, so the change mark stays."""
        for table, (columns, rows) in self._pending.items():
            self.db.insert_rows(table, columns, rows)
        self._pending = {}
        if self._marks_changes and corpus:
            self.db.note_change()  # last, so a PostgreSQL writer holds the counter's row only while committing
        self.execute("COMMIT")

    def rollback(self) -> None:
        self._pending = {}
        try:
            self.execute("ROLLBACK")
        except self.db.errors:
            pass  # the connection is gone: the database drops the transaction itself

    @contextmanager
    def transaction(self, corpus: bool = True) -> Iterator[None]:
        """All or nothing; nested blocks join the outer one. `corpus`: see `commit`."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self.begin()
        self._depth = 1
        try:
            yield
        except BaseException:
            self._depth = 0
            self.rollback()
            raise
        self._depth = 0
        self.commit(corpus)

    def _migrate(self) -> None:
        self.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                     "applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)")
        for migration in migrations(self.dialect):
            with self.transaction():
                self.db.lock_migrations()
                if self.scalar("SELECT count(*) FROM schema_version WHERE version = ?", (migration.version,)):
                    continue
                for statement in migration.statements:
                    self.execute(statement)
                self.execute("INSERT INTO schema_version (version, name) VALUES (?, ?)",
                             (migration.version, migration.name))

    def change_mark(self) -> int:
        """A number that differs after every committed write transaction (`transaction()`, `commit()`):
        what a reader caches is current while the mark it read before reading is unchanged."""
        return self.guard(self.db.change_mark)

    def search_mark(self) -> Any:
        """What a full-text search answers from when that is not the tables as they are now: DuckDB's last
        index build (a snapshot, rebuilt after each ingest); None for PostgreSQL, whose index is live."""
        return self.guard(self.db.search_mark)

    def schema_version(self) -> int:
        return self.scalar("SELECT max(version) FROM schema_version") or 0

    # -- what is there -----------------------------------------------------------------------
    def done_refs(self, engine_version: str, profile: str, retry_errors: bool = False) -> set[str]:
        """Refs an ingest skips: analysed by this engine version and profile, stored as not English, or
        (unless `retry_errors`) failed under this engine version and profile."""
        done = {ref for (ref,) in self.rows(
            "SELECT a.ref FROM articles a LEFT JOIN analyses n ON n.id = a.analysis_id "
            "WHERE a.state = 'not_english' OR (a.state = 'analysed' AND n.engine_version = ? AND n.profile = ?)",
            (engine_version, profile))}
        if not retry_errors:
            done |= {ref for (ref,) in self.rows(
                "SELECT ref FROM ingest_log WHERE is_current AND engine_version = ? AND profile = ?",
                (engine_version, profile))}
        return done

    def analysis_ids(self, engine_version: str, profile: str) -> dict[str, int]:
        """text hash -> analysis id, for the analyses an article with the same text can share."""
        return dict(self.rows("SELECT text_hash, id FROM analyses WHERE engine_version = ? AND profile = ?",
                              (engine_version, profile)))

    def analysis_for(self, ref: str) -> Analysis | None:
        """The article's current analysis, with the article's own ref and metadata."""
        row = self.execute("SELECT n.analysis, a.meta FROM articles a JOIN analyses n ON n.id = a.analysis_id "
                           "WHERE a.ref = ?", (ref,)).fetchone()
        if row is None:
            return None
        analysis = Analysis.from_json(row[0])
        analysis.ref, analysis.meta = ref, Meta.model_validate_json(row[1])
        return analysis

    # -- writes (inside transaction(), or between begin() and commit()) ----------------------------
    def put_analysis(self, article: Article, analysis: Analysis, engine_version: str, profile: str,
                     analysis_id: int | None = None) -> int:
        """Store the article with `analysis` (or with the already stored `analysis_id`); returns the id."""
        if analysis_id is None:
            analysis_id = self._insert_analysis(article, analysis, engine_version, profile)
        self._upsert_article(article, "analysed", None, analysis_id)
        self._close_log(article.ref)
        return analysis_id

    def put_not_english(self, article: Article, note: str) -> None:
        self._upsert_article(article, "not_english", note, None)
        self._close_log(article.ref)

    def put_error(self, ref: str, reason: str, message: str, engine_version: str, profile: str,
                  article: Article | None = None) -> None:
        """Log a failure; the article, when it was read, is kept (state `failed`) for a later retry."""
        if article is not None:
            self._upsert_article(article, "failed", f"{reason}: {message}", None)
        self._close_log(ref)
        self.execute("INSERT INTO ingest_log (ref, reason, message, engine_version, profile) VALUES (?, ?, ?, ?, ?)",
                     (ref, reason, message, engine_version, profile))

    def _insert_analysis(self, article: Article, analysis: Analysis, engine_version: str, profile: str) -> int:
        digest = text_hash(article.text)
        existing = self.scalar("SELECT id FROM analyses WHERE text_hash = ? AND engine_version = ? AND profile = ?",
                               (digest, engine_version, profile))
        if existing is not None:
            return existing
        # Stored without the first article's ref and metadata: each article sharing it has its own.
        shared = analysis.model_copy(update={"ref": None, "meta": Meta()})
        analysis_id = self.scalar("INSERT INTO analyses (text_hash, engine_version, profile, analysis) "
                                  "VALUES (?, ?, ?, ?) RETURNING id",
                                  (digest, engine_version, profile, shared.to_json()))
        self._insert_rows("sources", analysis_id, flat.source_rows(analysis))
        self._insert_rows("attributions", analysis_id, flat.attribution_rows(analysis))
        self._insert_rows("claims", analysis_id, flat.claim_rows(analysis))
        return analysis_id

    def _insert_rows(self, table: str, analysis_id: int, rows: list[dict]) -> None:
        """Gathered for the commit: one insert per table and transaction costs far less than one per article."""
        if not rows:
            return
        columns = ("analysis_id", *rows[0])
        self._pending.setdefault(table, (columns, []))[1].extend((analysis_id, *row.values()) for row in rows)

    def _upsert_article(self, article: Article, state: str, note: str | None, analysis_id: int | None) -> None:
        meta = article.meta
        values = (article.ref, text_hash(article.text), meta.url, meta.outlet, meta.date, meta.title, meta.author,
                  meta.language, state, note, analysis_id, article.text, meta.model_dump_json())
        # A look-up, then an insert or an update: DuckDB's INSERT … ON CONFLICT costs several times more.
        existing = self.scalar("SELECT id FROM articles WHERE ref = ?", (article.ref,))
        if existing is None:
            self.execute(f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) "
                         f"VALUES ({', '.join('?' * len(ARTICLE_COLUMNS))})", values)
            return
        sets = ", ".join(f"{column} = ?" for column in ARTICLE_COLUMNS[1:])
        self.execute(f"UPDATE articles SET {sets}, ingested_at = current_timestamp WHERE id = ?",
                     (*values[1:], existing))

    def _close_log(self, ref: str) -> None:
        self.execute("UPDATE ingest_log SET is_current = FALSE WHERE ref = ? AND is_current", (ref,))


def open_store(target: str | None = None) -> Store:
    """Open (creating and migrating as needed) the store at a DuckDB path or postgresql:// URL."""
    if target and not target.startswith(("postgresql://", "postgres://")) and "://" in target:
        raise StoreError(f"{target}: not a database; give a DuckDB file path or a postgresql:// URL")
    if target and not target.startswith(("postgresql://", "postgres://")):
        parent = Path(target).expanduser().parent
        if not parent.is_dir():
            raise StoreError(f"{target}: the folder {parent} does not exist")
    return Store(target)


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


