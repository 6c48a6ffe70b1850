"""The command line: a thin shell over `sourcetrace.analyze` and friends."""
from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

from sourcetrace import settings
from sourcetrace.ingest import InputError, expand_inputs, read_input
from sourcetrace.contract import json_schema
from sourcetrace.engine.component import analyze

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Who says what in news text: attributions, sources, claims and a sourcing audit.")
err = Console(stderr=True, highlight=False)


class Format(str, Enum):
    pretty = "pretty"
    json = "json"
    jsonl = "jsonl"


class Profile(str, Enum):
    fast = "fast"
    accurate = "accurate"
    rules = "rules"


def fail(message: str, code: int = 2) -> None:
    err.print(f"[red]error:[/red] {message}", markup=True, soft_wrap=True)
    raise typer.Exit(code)


@app.command("analyze")
def analyze_command(
    paths: list[str] = typer.Argument(..., help="Files, directories, or - for standard input."),
    format: Optional[Format] = typer.Option(None, "--format", "-f",
                                            help="pretty (default for one input), json, or jsonl (default for several)."),
    model: Profile = typer.Option(settings.DEFAULT_MODEL, "--model", "-m", help="Model profile."),
    html: Optional[Path] = typer.Option(None, "--html", help="Also write a self-contained HTML report (one input)."),
    max_bytes: int = typer.Option(settings.MAX_INPUT_BYTES, "--max-bytes", help="Refuse inputs larger than this."),
) -> None:
    """Analyse articles and print their attributions, sources, claims and audit."""
    names = expand_inputs(paths)
    if not names:
        fail(f"{' '.join(paths)}: no text or HTML files found")
    fmt = format or (Format.pretty if len(names) == 1 else Format.jsonl)
    if fmt == Format.json and len(names) > 1:
        fail("--format json takes one input; use jsonl for several")
    if html and len(names) > 1:
        fail("--html takes one input")
    failures = 0
    out = Console(highlight=False, soft_wrap=True)
    for name, result in _run(names, model.value, max_bytes):
        if isinstance(result, InputError):
            failures += 1
            if fmt == Format.jsonl:
                print(json.dumps({"path": name, "error": str(result)}, ensure_ascii=False), flush=True)
            err.print(f"error: {result}", markup=False, highlight=False, soft_wrap=True)
            continue
        if fmt == Format.jsonl:
            record = {"path": name, **json.loads(result.to_json())}
            print(json.dumps(record, ensure_ascii=False), flush=True)
        elif fmt == Format.json:
            print(result.to_json(indent=2))
        else:
            from sourcetrace.render.pretty import render_pretty
            render_pretty(result, out, title=name)
        if html:
            from sourcetrace.render.html import write_report
            write_report(result, html)
            err.print(f"wrote {html}", markup=False)
    if failures:
        raise typer.Exit(1)


def _run(names: list[str], model: str, max_bytes: int):
    """Yield (name, Analysis | InputError) for every input, with a progress bar for many."""
    show = len(names) >= settings.PROGRESS_MIN_INPUTS and err.is_terminal
    if show:
        from rich.progress import track
        names_iter = track(names, description="analysing", console=err, transient=True)
    else:
        names_iter = names
    for name in names_iter:
        try:
            article = read_input(name, max_bytes)
        except InputError as error:
            yield name, error
            continue
        for note in article.meta.notes:
            err.print(f"note: {name}: {note}", markup=False, highlight=False)
        try:
            analysis = analyze(article.text, model=model, meta=article.meta)
        except Exception as error:  # a fault on one article must not lose the rest of a batch
            yield name, InputError(f"{name}: the engine failed on this text ({type(error).__name__}: {error}); "
                                   "please report it with the text")
            continue
        yield name, analysis


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
              f"recall {shown(summary['recall'])} ({summary['true_positives']}/{summary['gold']}), "
              f"F1 {shown(summary['f1'])}", markup=False)
    out.print(f"speaker right {shown(summary['speaker_accuracy'])}, stance right {shown(summary['stance_accuracy'])}"
              " (of true positives)", markup=False)
    for stance, row in summary["labels"].items():
        out.print(f"{stance}: {row['right']} of {row['predicted']} predicted right ({shown(row['precision'])}), "
                  f"{row['gold']} in gold", markup=False)
    hard = summary["hard_negatives"]
    out.print(f"hard negatives reported: {hard['reported']} (gold lists {hard['gold']})", markup=False)
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


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        err.print("interrupted", markup=False)
        sys.exit(130)


if __name__ == "__main__":
    main()
