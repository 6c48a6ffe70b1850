"""Finished shards on disk: one Parquet file of results and one marker per shard.

A shard's results are complete only when its marker exists: the Parquet file is written under
a temporary name, synced and renamed, and only then is the marker written the same way. A run
that dies mid-shard leaves no marker, so the next run computes that shard again; a shard with a
marker is read back instead. The marker holds a digest of the shard's input, so a work folder
reused with different input recomputes the shards whose input changed.
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from sourcetrace.contract import Analysis, Article, ArticleError

Result = Analysis | ArticleError

SCHEMA = pa.schema([
    ("ref", pa.string()),
    ("kind", pa.string()),        # "ok" or "error"
    ("analysis", pa.string()),    # the Analysis JSON when ok
    ("reason", pa.string()),      # the ArticleError's reason and message when error
    ("message", pa.string()),
])


def input_digest(items: list[Article | ArticleError]) -> str:
    digest = hashlib.sha256()
    for item in items:
        digest.update(type(item).__name__.encode())
        digest.update(item.model_dump_json().encode())
        digest.update(b"\n")
    return digest.hexdigest()


def to_row(ref: str, result: Result) -> dict:
    if isinstance(result, Analysis):
        return {"ref": ref, "kind": "ok", "analysis": result.to_json(), "reason": None, "message": None}
    return {"ref": ref, "kind": "error", "analysis": None, "reason": result.reason, "message": result.message}


def from_row(row: dict) -> tuple[str, Result]:
    if row["kind"] == "ok":
        return row["ref"], Analysis.from_json(row["analysis"])
    return row["ref"], ArticleError(ref=row["ref"], reason=row["reason"], message=row["message"])


class ShardFiles:
    """`work_dir/shard-NNNNN.parquet` and `work_dir/shard-NNNNN.done`, numbered in input order."""

    def __init__(self, work_dir: Path):
        self.work_dir = Path(work_dir)
        self.work_dir.mkdir(parents=True, exist_ok=True)

    def results_path(self, number: int) -> Path:
        return self.work_dir / f"shard-{number:05d}.parquet"

    def marker_path(self, number: int) -> Path:
        return self.work_dir / f"shard-{number:05d}.done"

    def is_done(self, number: int, digest: str) -> bool:
        """True when the shard's results are complete and were computed from this input."""
        try:
            marker = json.loads(self.marker_path(number).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return False
        return marker.get("input_sha256") == digest and self.results_path(number).is_file()

    def write(self, number: int, digest: str, rows: list[dict]) -> None:
        self.marker_path(number).unlink(missing_ok=True)
        temporary = self.results_path(number).with_suffix(".parquet.tmp")
        pq.write_table(pa.Table.from_pylist(rows, schema=SCHEMA), temporary)
        _sync_and_rename(temporary, self.results_path(number))
        temporary = self.marker_path(number).with_suffix(".done.tmp")
        temporary.write_text(json.dumps({"rows": len(rows), "input_sha256": digest}), encoding="utf-8")
        _sync_and_rename(temporary, self.marker_path(number))

    def read(self, number: int) -> list[tuple[str, Result]]:
        return [from_row(row) for row in pq.read_table(self.results_path(number), schema=SCHEMA).to_pylist()]


def _sync_and_rename(temporary: Path, final: Path) -> None:
    with open(temporary, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(temporary, final)
    # The rename itself is durable only once the folder is synced.
    folder = os.open(final.parent, os.O_RDONLY)
    try:
        os.fsync(folder)
    finally:
        os.close(folder)
