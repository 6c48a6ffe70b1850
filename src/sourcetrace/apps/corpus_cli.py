"""`sourcetrace corpus …`: ingest articles into a store, and read it back (status, export, search)."""
from __future__ import annotations

import json
import os
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Iterator, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn, TimeRemainingColumn
from rich.table import Table
from rich.text import Text

from sourcetrace.apps.common import Profile, err, fail
from sourcetrace import settings as defaults
from sourcetrace.corpus.dialects import DEFAULT_DB
from sourcetrace.corpus.errors import CorpusError
from sourcetrace.corpus.store import Store, open_store
from sourcetrace.settings import Settings

corpus_app = typer.Typer(add_completion=False, no_args_is_help=True,
                         help="A corpus of analysed articles in DuckDB or PostgreSQL.")

DB_HELP = f"A DuckDB file or a postgresql:// URL (default: $SOURCETRACE_DB, else {DEFAULT_DB})."



class EngineMode(str, Enum):
    local = "local"
    ray = "ray"


class Table_(str, Enum):
    attributions = "attributions"
    sources = "sources"
    claims = "claims"
    articles = "articles"


class ExportFormat(str, Enum):
    csv = "csv"
    parquet = "parquet"
    jsonl = "jsonl"



@contextmanager
def store_at(db: Optional[str]) -> Iterator[Store]:
    """The store, closed after; any store error becomes a one-line message and exit code 2."""
    target = db or Settings.load().db or DEFAULT_DB
    store = None
    try:
        store = open_store(target)
        yield store
    except CorpusError as error:
        fail(str(error))
    except Exception as error:
        if store is None or not isinstance(error, store.db.errors):
            raise
        fail(f"{store.db_label}: {str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__}")
    finally:
        if store is not None:
            store.close()


class RateColumn(ProgressColumn):
    def render(self, task) -> Text:
        return Text(f"{task.speed:.1f} articles/s" if task.speed else "", style="progress.data.speed")


@contextmanager
def progress_bar(total: Optional[int], label: str):
    """A callback for each finished item: a progress bar with rate and ETA on a terminal, else nothing."""
    if not err.is_terminal:
        yield lambda kind: None
        return
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), RateColumn(),
               TimeRemainingColumn())
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task(label, total=total)
        yield lambda kind: progress.advance(task)


@corpus_app.command("ingest")
def ingest_command(
    inputs: list[str] = typer.Argument(..., help="Files, directories, .jsonl, .warc(.gz), URL lists or URLs."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    workers: Optional[int] = typer.Option(None, "--workers", min=1, help="Worker processes (default: the cores)."),
    engine: EngineMode = typer.Option(EngineMode.local, "--engine", help="local worker processes, or a Ray cluster."),
    budget: Optional[float] = typer.Option(None, "--budget", min=0.1,
                                           help="Seconds one article may take (default 60)."),
    model: Profile = typer.Option(defaults.DEFAULT_MODEL, "--model", "-m", help="Model profile."),
    max_bytes: Optional[int] = typer.Option(None, "--max-bytes", min=1, help="Refuse inputs larger than this."),
    retry_errors: bool = typer.Option(False, "--retry-errors",
                                      help="Try again the inputs that failed under this engine version."),
    no_index: bool = typer.Option(False, "--no-index", help="Do not rebuild the full-text index after (DuckDB)."),
    as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
    commit_every: int = typer.Option(50, "--commit-every", min=1,
                                     help="Articles per transaction (also committed every 2 s): fewer lose less "
                                          "to a kill, more write faster."),
    ray_address: Optional[str] = typer.Option(None, "--ray-address", help="With --engine ray: a running cluster, "
                                                                          "HOST:PORT (default: a local Ray)."),
    work_dir: Optional[str] = typer.Option(None, "--work-dir", help="With --engine ray: where finished shards are "
                                                                    "kept for resuming (default ./sourcetrace-ray-shards)."),
) -> None:
    """Analyse inputs into the store; re-running adds and redoes nothing, a killed run is finished by re-running."""
    from sourcetrace.corpus.ingest import ingest_items
    from sourcetrace.corpus.inputs import count_items, iter_items
    from sourcetrace.corpus.query import build_search_index
    config = Settings.load(profile=model.value, time_budget_s=budget, workers=workers, max_input_bytes=max_bytes,
                           ray_address=ray_address, ray_work_dir=work_dir)
    count = config.workers or os.cpu_count() or 1
    with store_at(db) as store:
        with progress_bar(count_items(inputs), "ingesting") as on_item:
            summary = ingest_items(store, iter_items(inputs, config.max_input_bytes), settings=config,
                                   profile=model.value, workers=count, engine=engine.value,
                                   retry_errors=retry_errors, on_item=on_item, commit_every=commit_every)
        if summary.stored and not no_index:
            store.guard(build_search_index, store)
    print(json.dumps(summary.as_dict()) if as_json else summary.line())


@corpus_app.command("reanalyze")
def reanalyze_command(
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    workers: Optional[int] = typer.Option(None, "--workers", min=1, help="Worker processes (default: the cores)."),
    engine: EngineMode = typer.Option(EngineMode.local, "--engine", help="local worker processes, or a Ray cluster."),
    budget: Optional[float] = typer.Option(None, "--budget", min=0.1,
                                           help="Seconds one article may take (default 60)."),
    model: Profile = typer.Option(defaults.DEFAULT_MODEL, "--model", "-m", help="Model profile."),
) -> None:
    """Analyse again the articles an older engine version analysed."""
    from sourcetrace.corpus.ingest import reanalyze, stale_refs
    from sourcetrace.corpus.query import build_search_index
    config = Settings.load(profile=model.value, time_budget_s=budget, workers=workers)
    with store_at(db) as store:
        total = len(store.guard(stale_refs, store))
        with progress_bar(total, "reanalysing") as on_item:
            summary = reanalyze(store, settings=config, profile=model.value,
                                workers=config.workers or os.cpu_count() or 1, engine=engine.value, on_item=on_item)
        if summary.stored:
            store.guard(build_search_index, store)
    print(summary.line())


@corpus_app.command("status")
def status_command(
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
) -> None:
    """What the store holds: articles, analyses, errors by reason, languages, engine versions, outlets, dates."""
    from sourcetrace.corpus.query import status
    with store_at(db) as store:
        figures = store.guard(status, store)
    if as_json:
        print(json.dumps(figures, default=str))
        return
    table = Table(title=f"corpus {figures['database']}", show_header=False)
    for key, value in figures.items():
        if key == "database":
            continue
        if isinstance(value, dict):
            value = ", ".join(f"{k} {v}" for k, v in value.items()) or "—"
        table.add_row(key.replace("_", " "), "—" if value is None else str(value))
    Console(highlight=False).print(table)


@corpus_app.command("export")
def export_command(
    table: Table_ = typer.Option(..., "--table", help="What one row is."),
    format: ExportFormat = typer.Option(ExportFormat.csv, "--format", "-f", help="File format."),
    out: Path = typer.Option(..., "--output", "-o", help="The file to write."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Write one table flat, a row per item with the article's ref, url, outlet and date on each."""
    from sourcetrace.corpus.query import export
    if not out.parent.is_dir():
        fail(f"-o {out}: no such folder {out.parent}")
    with store_at(db) as store:
        try:
            rows = store.guard(export, store, table.value, format.value, out)
        except OSError as error:
            fail(f"-o {out}: cannot write ({error.strerror or error})")
    err.print(Text(f"wrote {rows} {table.value} rows to {out}"))


@corpus_app.command("search")
def search_command(
    query: str = typer.Argument(..., help="Words to find in article and claim text."),
    limit: int = typer.Option(20, "--limit", min=1, help="At most this many hits."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    as_json: bool = typer.Option(False, "--json", help="One JSON object a line."),
) -> None:
    """Full-text search over article and claim text."""
    from sourcetrace.corpus.query import search
    with store_at(db) as store:
        hits = store.guard(search, store, query, limit)
    out = Console(highlight=False, soft_wrap=True)
    for hit in hits:
        if as_json:
            print(json.dumps(hit, default=str, ensure_ascii=False))
        else:
            out.print(Text(f"{hit['score']:.2f}  {hit['kind']:<7}  {hit['ref']}  {hit['text'][:160]!s}"))


from sourcetrace.apps.story_cli import register  # noqa: E402  (claims across outlets: link, claims, sources …)
register(corpus_app)
