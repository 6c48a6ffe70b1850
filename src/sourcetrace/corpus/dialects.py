"""What differs between DuckDB and PostgreSQL: connecting, placeholders, errors, search and bulk export.

Everything else in the store is one SQL text both accept. Queries are written with `?`
placeholders; PostgreSQL's driver wants `%s`, so the SQL here never holds a literal `%`.
"""
from __future__ import annotations

import json
from contextlib import contextmanager
from pathlib import Path
from .errors import StoreError

DEFAULT_DB = "corpus.duckdb"
SNIPPET = 240  # characters of an article shown in a search hit


def is_postgres(target: str) -> bool:
    return target.startswith(("postgresql://", "postgres://"))


class Duck:
    name = "duckdb"

    def __init__(self, target: str):
        import duckdb
        self.target = target
        path = Path(target)
        if path.is_dir():
            raise StoreError(f"{target}: is a directory, not a database file")
        try:
            self.con = duckdb.connect(str(path))
        except duckdb.Error as error:
            raise StoreError(f"{target}: cannot open the database ({_first_line(error)})") from None
        self.errors: tuple[type[BaseException], ...] = (duckdb.Error,)

    def sql(self, query: str) -> str:
        return query

    def insert_rows(self, table: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
        """Through Arrow in one statement: DuckDB's client converts each parameter of executemany
        slowly (it tries to import pandas for every one), about 2 ms a row without pandas."""
        import pyarrow as pa
        batch = pa.Table.from_pylist([dict(zip(columns, row)) for row in rows])
        self.con.register("sourcetrace_rows", batch)
        try:
            self.con.execute(f"INSERT INTO {table} ({', '.join(columns)}) "
                             f"SELECT {', '.join(columns)} FROM sourcetrace_rows")
        finally:
            self.con.unregister("sourcetrace_rows")

    def lock_migrations(self) -> None:
        """DuckDB lets one process at a time open the file for writing: nothing more to lock."""

    # The change mark (migration 0300): every write transaction adds a row before it commits.
    def note_change(self) -> None:
        self.con.execute("INSERT INTO store_changes DEFAULT VALUES")

    def change_mark(self) -> int:
        return self.con.execute("SELECT count(*) FROM store_changes").fetchone()[0]

    def close(self) -> None:
        self.con.close()

    # Full-text search: DuckDB's index is a snapshot, rebuilt after ingest and when a search finds it stale.
    _MARK = ("SELECT concat_ws(' ', (SELECT count(*) FROM articles), (SELECT max(id) FROM articles), "
             "(SELECT max(ingested_at) FROM articles), (SELECT max(id) FROM claims))")

    def build_search_index(self) -> None:
        from .fts import load_fts
        load_fts(self.con)
        self.con.execute("BEGIN TRANSACTION")
        self.con.execute("PRAGMA create_fts_index('articles', 'id', 'title', 'text', overwrite=1)")
        self.con.execute("PRAGMA create_fts_index('claims', 'id', 'text', overwrite=1)")
        self.con.execute("DELETE FROM search_index_state")
        self.con.execute(f"INSERT INTO search_index_state {self._MARK}")
        self.note_change()  # searches answer from the new index now
        self.con.execute("COMMIT")

    def search_mark(self) -> str | None:
        """What a search answers from: the last index build (searches join only the articles it covers)."""
        built = self.con.execute("SELECT mark FROM search_index_state").fetchone()
        return built[0] if built else None

    def has_search_index(self) -> bool:
        """The index is there and was built over the articles and claims there now."""
        built = self.con.execute("SELECT mark FROM search_index_state").fetchone()
        return built is not None and built[0] == self.con.execute(self._MARK).fetchone()[0]

    def search_query(self, query: str, limit: int) -> tuple[str, tuple]:
        """SQL for the `limit` best hits over articles and claims, ranked by BM25 (the two indexes' scores are
        not comparable). The scores are the extension's `match_bm25` (k 1.2, b 0.75, any term), worked out
        from its index tables for the matching documents only: calling the macro per row scores every
        article and claim, about three times the cost here. Each side keeps its `limit` best (with ties)
        before the articles are joined, so the join reads no more rows than the answer can use. A claim
        shows in the articles the index covers, so the answer is the last build's (`search_mark`)."""
        from .fts import load_fts
        load_fts(self.con)
        sql = f"""WITH article_hits AS ({_bm25("fts_main_articles")}),
            claim_hits AS ({_bm25("fts_main_claims")})
            SELECT * FROM (
            SELECT 'article' AS kind, a.ref, a.title, a.outlet, a.published, left(a.text, {SNIPPET}) AS text, h.score
                   FROM article_hits h JOIN articles a ON a.id = h.id
            UNION ALL
            SELECT 'claim', a.ref, a.title, a.outlet, a.published, c.text, h.score
                   FROM claim_hits h JOIN claims c ON c.id = h.id JOIN articles a ON a.analysis_id = c.analysis_id
                   WHERE a.id IN (SELECT name FROM fts_main_articles.docs)
        ) WHERE score IS NOT NULL ORDER BY score DESC, ref LIMIT ?"""
        return sql, (query, limit, query, limit, limit)

    def export(self, query: str, fmt: str, out: Path) -> int:
        options = {"csv": "FORMAT csv, HEADER", "parquet": "FORMAT parquet", "jsonl": "FORMAT json"}[fmt]
        literal = str(out).replace("'", "''")
        self.con.execute(f"COPY ({query}) TO '{literal}' ({options})")
        return self.con.execute(f"SELECT count(*) FROM ({query})").fetchone()[0]


def _bm25(index: str) -> str:
    """(id, score) of the `?` best documents of a DuckDB full-text index for the words `?`, ties kept: the
    body of the extension's `match_bm25` macro for all matching documents at once (see `Duck.search_query`)."""
    return f"""WITH tokens AS (SELECT DISTINCT stem(unnest({index}.tokenize(?)), 'porter') AS t),
        found AS (SELECT t.docid, t.termid, count(*) AS tf FROM {index}.terms t
                  WHERE t.termid IN (SELECT d.termid FROM {index}.dict d JOIN tokens ON d.term = tokens.t)
                  GROUP BY t.docid, t.termid),
        scored AS (SELECT docs.name AS id, sum(log(((SELECT num_docs FROM {index}.stats) - dict.df + 0.5)
                          / (dict.df + 0.5) + 1) * (found.tf * 2.2) / (found.tf + 1.2 * (0.25 + 0.75 * docs.len
                          / (SELECT avgdl FROM {index}.stats)))) AS score
                   FROM found JOIN {index}.docs docs ON docs.docid = found.docid
                   JOIN {index}.dict dict ON dict.termid = found.termid GROUP BY docs.name)
        SELECT id, score FROM scored QUALIFY rank() OVER (ORDER BY score DESC) <= ?"""


class Postgres:
    name = "postgres"

    def __init__(self, target: str):
        import psycopg
        self.target = target
        try:
            self.con = psycopg.connect(target, autocommit=True, connect_timeout=10)
        except psycopg.Error as error:
            raise StoreError(f"{_redacted(target)}: cannot connect ({_first_line(error)})") from None
        self.errors = (psycopg.Error,)

    def sql(self, query: str) -> str:
        return query.replace("?", "%s")

    def insert_rows(self, table: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
        query = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join(['%s'] * len(columns))})"
        with self.con.cursor() as cursor:
            cursor.executemany(query, rows)

    def lock_migrations(self) -> None:
        """Two processes opening a fresh database at once must not both migrate it."""
        self.con.execute("SELECT pg_advisory_xact_lock(7126152)")

    # The change mark (migration 0300): one counter, raised by every write transaction as it commits.
    def note_change(self) -> None:
        self.con.execute("UPDATE store_changes SET changes = changes + 1 WHERE id = 1")

    def change_mark(self) -> int:
        return self.con.execute("SELECT changes FROM store_changes WHERE id = 1").fetchone()[0]

    def close(self) -> None:
        self.con.close()

    def build_search_index(self) -> None:
        """The tsvector columns and GIN indexes (migration 0002) stay current on their own."""

    def has_search_index(self) -> bool:
        return True

    def search_mark(self) -> None:
        """None: searches read the tables as they are now (see `Store.change_mark`)."""
        return None

    def search_query(self, query: str, limit: int) -> tuple[str, tuple]:
        sql = f"""WITH q AS (SELECT websearch_to_tsquery('english', ?) AS q)
            SELECT * FROM (
            SELECT 'article' AS kind, a.ref, a.title, a.outlet, a.published, left(a.text, {SNIPPET}) AS text,
                   ts_rank(a.tsv, q.q) AS score FROM articles a, q WHERE a.tsv @@ q.q
            UNION ALL
            SELECT 'claim', a.ref, a.title, a.outlet, a.published, c.text, ts_rank(c.tsv, q.q)
                   FROM claims c JOIN articles a ON a.analysis_id = c.analysis_id, q WHERE c.tsv @@ q.q
        ) hits ORDER BY score DESC, ref LIMIT ?"""
        return sql, (query, limit)

    def export(self, query: str, fmt: str, out: Path) -> int:
        import pyarrow as pa
        count = 0
        with self.con.transaction():
            cursor = self.con.cursor(name="sourcetrace_export")  # server-side: rows stream, memory stays flat
            cursor.execute(query)
            rows = cursor.fetchmany(5000)
            names = [d.name for d in cursor.description]
            types = _pg_arrow_types()
            schema = pa.schema([(d.name, types.get(d.type_code, pa.string())) for d in cursor.description])
            with _writer(fmt, out, schema) as write:
                while rows:
                    count += len(rows)
                    write([dict(zip(names, row)) for row in rows])
                    rows = cursor.fetchmany(5000)
            cursor.close()
        return count


def _pg_arrow_types() -> dict:
    import pyarrow as pa
    # PostgreSQL type OIDs of the store's columns: int8, int4, bool, float8, timestamp.
    return {20: pa.int64(), 23: pa.int32(), 16: pa.bool_(), 701: pa.float64(), 1114: pa.timestamp("us")}


@contextmanager
def _writer(fmt: str, out: Path, schema):
    """A function that writes a list of row dicts to `out` in `fmt`, closed on exit."""
    import pyarrow as pa
    if fmt == "jsonl":
        with open(out, "w", encoding="utf-8") as handle:
            yield lambda rows: handle.writelines(
                json.dumps(row, ensure_ascii=False, default=str) + "\n" for row in rows)
        return
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq
    writer = pq.ParquetWriter(str(out), schema) if fmt == "parquet" else pacsv.CSVWriter(str(out), schema)
    try:
        yield lambda rows: writer.write_table(pa.Table.from_pylist(rows, schema=schema))
    finally:
        writer.close()


def connect(target: str):
    return Postgres(target) if is_postgres(target) else Duck(target)


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def _redacted(url: str) -> str:
    """The URL without its password, for messages."""
    from urllib.parse import urlsplit, urlunsplit
    parts = urlsplit(url)
    if parts.password:
        netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
        return urlunsplit(parts._replace(netloc=netloc))
    return url
