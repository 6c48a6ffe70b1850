"""Numbered SQL migrations, applied in order on open and recorded in `schema_version`.

A migration is `NNNN_name.sql` (both databases), `NNNN_name.duckdb.sql` or
`NNNN_name.postgres.sql` (one of them); files of one number run together in one
transaction. Later issues (claim links, families, users) add files here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from importlib.resources import files

_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+?)(?:\.(duckdb|postgres))?\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    statements: tuple[str, ...]


def migrations(dialect: str) -> list[Migration]:
    """The migrations for `dialect` ("duckdb" or "postgres"), in version order."""
    found: dict[int, tuple[str, list[str]]] = {}
    for entry in sorted(files("sourcetrace.corpus.migrations").iterdir(), key=lambda e: e.name):
        match = _NAME.match(entry.name)
        if not match or (match.group(3) and match.group(3) != dialect):
            continue
        version = int(match.group(1))
        name, statements = found.setdefault(version, (match.group(2), []))
        statements.extend(split_sql(entry.read_text(encoding="utf-8")))
    return [Migration(v, name, tuple(stmts)) for v, (name, stmts) in sorted(found.items())]


def split_sql(script: str) -> list[str]:
    """Statements of a migration file: comments dropped, split at semicolons (none appear in strings)."""
    lines = [line.split("--", 1)[0] for line in script.splitlines()]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


def latest_version(dialect: str) -> int:
    return max((m.version for m in migrations(dialect)), default=0)
