"""The command line: a thin shell over `sourcetrace.analyze` and friends."""
from __future__ import annotations

import csv
import json
import os
import sys
from itertools import chain, islice
from enum import Enum
from pathlib import Path
from typing import Iterator, Optional

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from sourcetrace.apps.common import Profile, err, fail
from sourcetrace import __version__, settings
from sourcetrace.contract import Article, ArticleError, json_schema
from sourcetrace.corpus.flat import attribution_rows
from sourcetrace.engine.batch import run_batch
from sourcetrace.engine.statements import keep_statements
from sourcetrace.ingest import InputError, iter_inputs
from sourcetrace.settings import Settings

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Who says what in news text: attributions, sources, claims and a sourcing audit.")
# Piped output is read in files and pagers, where 80 columns squeeze tables to a word a line.
PIPED_WIDTH = 160


class Format(str, Enum):
    pretty = "pretty"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"




def _version(value: bool) -> None:
    if value:
        print(f"sourcetrace {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version."),
) -> None:
    """Who says what in news text: attributions, sources, claims and a sourcing audit."""


def _out_console() -> Console:
    """The terminal's width on a terminal; a wide page when piped, so tables keep their shape."""
    console = Console(highlight=False, soft_wrap=True)
    if not console.is_terminal and "COLUMNS" not in os.environ:
        console = Console(highlight=False, soft_wrap=True, width=PIPED_WIDTH)
    return console


@app.command("analyze")
def analyze_command(
    paths: list[str] = typer.Argument(..., help="Files, directories, URLs, or - for standard input."),
    format: Optional[Format] = typer.Option(None, "--format", "-f",
                                            help="pretty (default for one input), json, jsonl (default for several), "
                                                 "or csv (one row per attribution, with the article's ref, url, "
                                                 "outlet and date)."),
    model: Profile = typer.Option(settings.DEFAULT_MODEL, "--model", "-m", help="Model profile."),
    html: Optional[Path] = typer.Option(None, "--html", help="Also write a self-contained HTML report (one input)."),
    max_bytes: int = typer.Option(settings.MAX_INPUT_BYTES, "--max-bytes", help="Refuse inputs larger than this."),
    statements_only: bool = typer.Option(False, "--statements-only",
                                         help="Keep only what sources said or wrote, not what they felt or did."),
    budget: Optional[float] = typer.Option(None, "--budget", min=0.1,
                                           help="Seconds one article may take (default 60)."),
    workers: Optional[int] = typer.Option(None, "--workers", min=1, help="Worker processes (default: the cores)."),
    url: Optional[str] = typer.Option(None, "--url", help="The article's URL (one input)."),
    outlet: Optional[str] = typer.Option(None, "--outlet", help="The outlet that published it (one input)."),
    published: Optional[str] = typer.Option(None, "--published",
                                            help="Publication date, YYYY-MM-DD: dates like 'last Friday' resolve "
                                                 "against it (one input)."),
    title: Optional[str] = typer.Option(None, "--title", help="The article's title (one input)."),
) -> None:
    """Analyse articles and print their attributions, sources, claims and audit."""
    overrides = {"url": url, "outlet": outlet, "published": published, "title": title}
    try:
        items = iter_inputs(paths, max_bytes=max_bytes, meta_overrides=overrides)
        first = list(islice(items, 2))
    except InputError as error:
        fail(str(error))
    if not first:
        fail(f"{' '.join(paths)}: no text or HTML files found")
    single = len(first) == 1
    fmt = format or (Format.pretty if single else Format.jsonl)
    if fmt == Format.json and not single:
        fail("--format json takes one input; use jsonl for several")
    if any(overrides.values()) and not single:
        fail("--url, --outlet, --published and --title describe one input")
    if html and not single:
        fail("--html takes one input")
    if html and not html.parent.is_dir():
        fail(f"--html {html}: no such folder {html.parent}")
    config = Settings.load(profile=model.value, time_budget_s=budget, workers=workers)
    failures = 0
    out = _out_console()
    pool = 1 if single else config.workers or os.cpu_count() or 1
    table = _CsvRows() if fmt == Format.csv else None
    for ref, result in run_batch(_noted(chain(first, items)), profile=model.value, settings=config, workers=pool,
                                 ordered=True):
        if isinstance(result, ArticleError):
            failures += 1
            if fmt == Format.jsonl:
                print(json.dumps({"path": ref, "error": result.message, "reason": result.reason},
                                 ensure_ascii=False), flush=True)
            err.print(Text(f"error: {ref}: {result.message}"), soft_wrap=True)
            continue
        if statements_only:
            result = keep_statements(result)
        if fmt == Format.jsonl:
            print(json.dumps({"path": ref, **json.loads(result.to_json())}, ensure_ascii=False), flush=True)
        elif table is not None:
            table.write(attribution_rows(result, with_article=True))
        elif fmt == Format.json:
            print(result.to_json(indent=2))
        else:
            from sourcetrace.render.pretty import render_pretty
            render_pretty(result, out, title=ref)
        if html:
            from sourcetrace.render.html import write_report
            try:
                write_report(result, html)
            except OSError as error:
                fail(f"--html {html}: cannot write ({error.strerror or error})")
            err.print(Text(f"wrote {html}"))
    if failures:
        raise typer.Exit(1)


class _CsvRows:
    """Flat attribution rows on standard output, the header once (the corpus export's columns)."""

    def __init__(self):
        self.writer: csv.DictWriter | None = None

    def write(self, rows: list[dict]) -> None:
        for row in rows:
            if self.writer is None:
                self.writer = csv.DictWriter(sys.stdout, fieldnames=list(row), lineterminator="\n")
                self.writer.writeheader()
            self.writer.writerow(row)
        sys.stdout.flush()


def _noted(items: Iterator[Article | ArticleError]) -> Iterator[Article | ArticleError]:
    """The items, with what ingest had to do to each told on standard error."""
    for item in items:
        for note in item.meta.notes if isinstance(item, Article) else ():
            err.print(Text(f"note: {item.ref}: {note}"))
        yield item


@app.command("schema")
def schema_command() -> None:
    """Print the JSON Schema of the analysis output."""
    sys.stdout.write(json_schema())


@app.command("eval")
def eval_command(
    gold_dir: Path = typer.Argument(..., help="A PolNeAR-style split: text/ and attributions/."),
    as_json: bool = typer.Option(False, "--json", help="Print scores as JSON."),
    model: Profile = typer.Option(settings.DEFAULT_MODEL, "--model", "-m", help="Model profile."),
    limit: Optional[int] = typer.Option(None, "--limit", help="Score only the first N articles."),
    agreement: bool = typer.Option(False, "--agreement",
                                   help="Score the annotators against each other instead: the ceiling."),
) -> None:
    """Score the engine against gold attributions in brat standoff."""
    from sourcetrace.lab.evaluate.cli import run_eval
    try:
        run_eval(gold_dir, as_json=as_json, model=model.value, limit=limit, agreement=agreement)
    except InputError as error:
        fail(str(error))


@app.command("speakers")
def speakers_command(
    gold_dir: Path = typer.Argument(..., help="NN.txt articles, each with an NN.json speaker list."),
    as_json: bool = typer.Option(False, "--json", help="Print scores and misses as JSON."),
    model: Profile = typer.Option(settings.DEFAULT_MODEL, "--model", "-m", help="Model profile."),
) -> None:
    """Score whom each statement is pinned on (resolved speakers) against a gold list."""
    from sourcetrace.lab.evaluate.resolved import load_speaker_gold, score_speakers
    try:
        summary = score_speakers(load_speaker_gold(gold_dir), model.value)
    except InputError as error:
        fail(str(error))
        return
    if as_json:
        print(json.dumps(summary))
        return
    table = Table(title=f"sourcetrace speakers — model {summary['model']}, {summary['articles']} articles")
    for column in ("referred to by", "items", "found", "right", "% of found", "% of all"):
        table.add_column(column, justify="left" if column == "referred to by" else "right")
    for how, row in [("all", summary["all"]), *summary["by_how"].items()]:
        table.add_row(how, *(str(row[k]) for k in ("items", "found", "right", "right_of_found", "right_of_all")),
                      end_section=how == "all")
    out = Console(highlight=False, soft_wrap=True)
    out.print(table)
    for miss in summary["misses"]:
        out.print(f"{miss['article']}: {miss['quote']!r} → {miss['got']!r}, gold {miss['gold']!r} ({miss['how']})",
                  markup=False)


@app.command("precision")
def precision_command(
    gold_dir: Path = typer.Argument(..., help="NN.txt articles, each with an NN.json list of every statement."),
    as_json: bool = typer.Option(False, "--json", help="Print scores, false positives and misses as JSON."),
    model: Profile = typer.Option(settings.DEFAULT_MODEL, "--model", "-m", help="Model profile."),
    statements_only: bool = typer.Option(False, "--statements-only",
                                         help="Drop attributions that report a feeling, want or act first."),
) -> None:
    """Score whether every attribution shown is a real statement (precision, with its misses)."""
    from sourcetrace.lab.evaluate.precision import load_precision_gold, score_precision
    try:
        summary = score_precision(load_precision_gold(gold_dir), model.value, statements_only)
    except InputError as error:
        fail(str(error))
        return
    if as_json:
        print(json.dumps(summary))
        return
    out = Console(highlight=False, soft_wrap=True)
    shown = lambda v: "n/a" if v is None else f"{v:.1f}%"  # noqa: E731
    out.print(f"sourcetrace precision — model {summary['model']}, {summary['articles']} articles"
              + (", statements only" if statements_only else ""), markup=False)
    out.print(f"precision {shown(summary['precision'])} ({summary['true_positives']}/{summary['predictions']}), "
              f"recall {shown(summary['recall'])} ({summary['gold_found']}/{summary['gold']}), "
              f"F1 {shown(summary['f1'])}", markup=False)
    out.print(f"speaker right {shown(summary['speaker_accuracy'])}, stance right {shown(summary['stance_accuracy'])}"
              " (of gold statements found)", markup=False)
    for stance, row in summary["labels"].items():
        out.print(f"{stance}: {row['right']} of {row['predicted']} predicted right ({shown(row['precision'])}), "
                  f"{row['gold']} in gold", markup=False)
    hard = summary["hard_negatives"]
    out.print(f"hard negatives reported: {hard['reported']} (gold lists {hard['gold']})", markup=False)
    for key, counts in summary["wrong_speakers_by"].items():
        out.print(f"wrong speakers by {key}: " + "; ".join(f"{k} {n}" for k, n in counts.items()), markup=False)
    for fp in summary["false_positives"]:
        out.print(f"FP {fp['article']}: {fp['cue']!r} {fp['content']!r} → {fp['speaker']!r} ({fp['stance']})",
                  markup=False)
    for fn in summary["false_negatives"]:
        out.print(f"FN {fn['article']}: {fn['content']!r} — {fn['speaker']!r} ({fn['stance']})", markup=False)


@app.command("train")
def train_command(
    polnear_dir: Path = typer.Argument(..., help="PolNeAR root holding train/ and dev/."),
    profile: Profile = typer.Option(Profile.fast, "--model", "-m", help="Which profile's model to train."),
    out: Optional[Path] = typer.Option(None, "--out", help="Where to write the model (default: the shipped one)."),
) -> None:
    """Train the learned attribution model from PolNeAR train, scored on dev (fixed seed)."""
    from sourcetrace.lab.train import run_train
    try:
        run_train(polnear_dir, profile=profile.value, out=out)
    except InputError as error:
        fail(str(error))


# The command groups that live in modules of their own.
from sourcetrace.apps.corpus_cli import corpus_app  # noqa: E402
from sourcetrace.apps.match_cli import match_command  # noqa: E402
from sourcetrace.apps.web_cli import register as register_web  # noqa: E402

app.add_typer(corpus_app, name="corpus")
app.command("match")(match_command)
register_web(app)  # serve, users


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        err.print("interrupted", markup=False)
        sys.exit(130)


if __name__ == "__main__":
    main()
