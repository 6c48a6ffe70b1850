"""Small SQL helpers both databases accept."""
from __future__ import annotations

from typing import Iterable, Iterator

CHUNK = 500


def chunks(values: Iterable, size: int = CHUNK) -> Iterator[list]:
    batch: list = []
    for value in values:
        batch.append(value)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def rows_in(store, query: str, values: Iterable, extra: tuple = ()) -> list[tuple]:
    """Run `query`, whose one `{in}` is a list of placeholders, over `values` in chunks."""
    out: list[tuple] = []
    for batch in chunks(sorted(set(values))):
        out.extend(store.rows(query.format(**{"in": ", ".join("?" * len(batch))}), (*extra, *batch)))
    return out


def execute_in(store, query: str, values: Iterable, extra: tuple = ()) -> None:
    for batch in chunks(sorted(set(values))):
        store.execute(query.format(**{"in": ", ".join("?" * len(batch))}), (*extra, *batch))
