"""DuckDB's full-text search extension, loaded from the duckdb-extension-fts wheel (no download)."""
from __future__ import annotations

from pathlib import Path

import duckdb

from .errors import StoreError


def fts_extension_path() -> Path:
    import duckdb_extension_fts
    root = Path(duckdb_extension_fts.__path__[0]) / "extensions" / f"v{duckdb.__version__}"
    path = root / "fts.duckdb_extension"
    if not path.is_file():
        raise StoreError(f"the full-text search extension for DuckDB {duckdb.__version__} is not installed "
                         f"(looked for {path}); install duckdb-extension-fts=={duckdb.__version__}")
    return path


def load_fts(con: duckdb.DuckDBPyConnection) -> None:
    literal = str(fts_extension_path()).replace("'", "''")
    con.execute(f"LOAD '{literal}'")
