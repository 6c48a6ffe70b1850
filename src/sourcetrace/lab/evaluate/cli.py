"""`sourcetrace eval`: run the engine over a gold split and print the scores."""
from __future__ import annotations

import json
from pathlib import Path

from rich.console import Console
from rich.table import Table

from sourcetrace.ingest import InputError
from sourcetrace.engine.engine import Engine
from sourcetrace.engine.parse import parse_texts
from .convert import predicted_attributions
from .agreement import annotator_agreement
from .cofenet import sentence_offsets
from .corpus import GoldArticle, load_gold, score_article, summarise, total_tally
from .counts import Tally


def predict_and_score(articles: list[GoldArticle], model: str, progress: bool = False) -> Tally:
    """Parse each article once, whatever its number of annotators, and score it.

    This is `Engine.pipe` unrolled: the same batched parse and
    `Engine.analyze_doc`, but the spaCy doc's sentences are needed for the
    CofeNet filter too, and parsing twice would double the run time.
    """
    engine = Engine(profile=model)
    docs = parse_texts(engine.nlp, (a.text for a in articles), batch_size=8, window_chars=engine.settings.window_chars)
    if progress:
        from rich.progress import track
        docs = track(docs, total=len(articles), description="scoring", console=Console(stderr=True),
                     transient=True)
    tallies = []
    for article, doc in zip(articles, docs):
        predicted = predicted_attributions(engine.analyze_doc(doc))
        tallies.append(score_article(article, predicted, sentence_offsets(doc)))
    return total_tally(tallies)


def _table(summary: dict, agreement: bool) -> Table:
    what = "the second annotator against the first" if agreement else f"model {summary['model']}"
    table = Table(title=f"sourcetrace eval — {what}, {summary['documents']} articles",
                  caption="percentages; micro-averaged over articles"
                  + ("" if agreement else "; several annotators averaged per article"))
    table.add_column("", no_wrap=True)
    # Short headers keep the table inside 80 columns.
    for kind in ("exact", "overlap"):
        for score in ("P", "R", "F1"):
            table.add_column(f"{kind} P" if score == "P" else score, justify="right")

    def cells(*scores: dict | None) -> list[str]:
        return [f"{s[k]:.1f}" if s else "–" for s in scores for k in ("p", "r", "f1")]

    for role in ("source", "cue", "content"):
        table.add_row(role, *cells(summary["exact"][role], summary["overlap"][role]))
    table.add_row("attribution", *cells(summary["attribution"]["exact"], summary["attribution"]["overlap"]),
                  end_section=True)
    for role in ("source", "cue", "content", "attribution") if "cofenet" in summary else ():
        table.add_row(f"cofenet {role}", *cells(summary["cofenet"][role], None))
    return table


def run_eval(gold_dir: str | Path, as_json: bool = False, model: str = "fast", limit: int | None = None,
             agreement: bool = False) -> dict:
    """Score `model` on a brat split (or, with `agreement`, its annotators against each other);
    print a table (or JSON) and return the summary."""
    articles = load_gold(gold_dir, limit)
    out = Console(highlight=False, soft_wrap=True)
    if agreement:
        summary = annotator_agreement(articles)
        if summary is None:
            raise InputError(f"{gold_dir}: no article has two annotators to compare")
    else:
        total = predict_and_score(articles, model, progress=not as_json and Console(stderr=True).is_terminal)
        summary = summarise(total, documents=len(articles), model=model)
    if as_json:
        print(json.dumps(summary))
    else:
        out.print(_table(summary, agreement))
        accuracy = summary["direct_speaker_accuracy"]
        shown = "n/a" if accuracy is None else f"{accuracy:.1f}%"
        found_by = "the second annotator" if agreement else "the engine"
        out.print(f"direct-quote speaker accuracy: {shown} (of the gold direct quotes {found_by} found)")
    return summary
