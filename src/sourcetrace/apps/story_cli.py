"""`sourcetrace corpus` commands for claims across outlets: link, claims, claim, families, sources, source, and
the review queue (suggestions, confirm, reject). `register(corpus_app)` mounts them and makes `corpus ingest`
end with the link pass."""
from __future__ import annotations

import functools
import json
from enum import Enum
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from sourcetrace.apps.common import err, fail
from sourcetrace.corpus.dialects import DEFAULT_DB
from sourcetrace.render.story import report_name

# corpus_cli imports this module at its end, so its helpers are looked up when a command runs.
DB_HELP = f"A DuckDB file or a postgresql:// URL (default: $SOURCETRACE_DB, else {DEFAULT_DB})."


def store_at(db):
    from sourcetrace.apps.corpus_cli import store_at as open_at
    return open_at(db)


class Format(str, Enum):
    pretty = "pretty"
    json = "json"
    jsonl = "jsonl"


def _print(rows: list[dict], fmt: Format, pretty) -> None:
    if fmt == Format.jsonl:
        for row in rows:
            print(json.dumps(row, ensure_ascii=False, default=str))
    elif fmt == Format.json:
        print(json.dumps(rows, ensure_ascii=False, default=str, indent=2))
    else:
        pretty(rows)


def _console() -> Console:
    return Console(highlight=False, soft_wrap=True)


def link_command(
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    all_: bool = typer.Option(False, "--all", help="Forget made and suggested links and link every article again "
                                                   "(people's verdicts stay)."),
    as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
) -> None:
    """Link the claims of articles not yet linked to the same claims in other articles (and refresh families)."""
    from sourcetrace.corpus.story import link_pending, refresh_families, update_story
    with store_at(db) as store:
        if all_:
            store.guard(refresh_families, store, None)
            summary = store.guard(link_pending, store, relink=True)
        else:
            summary = store.guard(update_story, store)
    print(json.dumps(summary.as_dict()) if as_json else summary.line())


def claims_command(
    min_origins: int = typer.Option(0, "--min-origins", min=0, help="Only claims with at least N independent origins."),
    denied: bool = typer.Option(False, "--denied", help="Only claims someone denies or rebuts."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="At most this many."),
    fmt: Format = typer.Option(Format.pretty, "--format", "-f", help="pretty, json or jsonl (one cluster a line)."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Claims reported by two or more articles, most independent origins first."""
    from sourcetrace.corpus.story import list_clusters
    with store_at(db) as store:
        rows = store.guard(list_clusters, store, min_origins, denied, limit)

    def pretty(rows):
        table = Table(show_lines=False)
        for name in ("id", "origins", "articles", "first report", "claim"):
            table.add_column(name, overflow="fold")
        for r in rows:
            refs = {m["ref"] for m in r["mentions"]}
            table.add_row(str(r["id"]), str(r["independent_origins"]), str(len(refs)), Text(r["first_report"]),
                          Text(r["statement"]))
        _console().print(table)
    _print(rows, fmt, pretty)


def claim_command(
    cluster: int = typer.Argument(..., help="The claim's id (from `corpus claims`)."),
    html: Optional[Path] = typer.Option(None, "--html", help="Write the story page to this file."),
    reports: bool = typer.Option(False, "--reports", help="With --html: also write each article's report beside it."),
    fmt: Format = typer.Option(Format.pretty, "--format", "-f", help="pretty or json."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """One claim across outlets: timeline, origins, who supports, denies or did not respond, numbers."""
    from sourcetrace.corpus.story import get_cluster
    from sourcetrace.render.story import write_story
    if html is not None and not html.parent.is_dir():
        fail(f"--html {html}: no such folder {html.parent}")
    with store_at(db) as store:
        story = store.guard(get_cluster, store, cluster)
        if html is not None:
            try:
                write_story(story, html, href=report_name)
                if reports:
                    from sourcetrace.render.html import write_report
                    for ref in sorted({m["ref"] for m in story["mentions"]}):
                        analysis = store.guard(store.analysis_for, ref)
                        if analysis is not None:
                            write_report(analysis, html.parent / report_name(ref))
            except OSError as error:
                fail(f"--html {html}: cannot write ({error.strerror or error})")
            err.print(Text(f"wrote {html}"))
            return
    if fmt != Format.pretty:
        print(json.dumps(story, ensure_ascii=False, indent=2))
        return
    out = _console()
    out.print(Text(f"{story['id']}  {story['statement']}", style="bold"))
    out.print(Text(f"{story['articles']} articles, {len(story['outlets'])} outlets, {story['independent_origins']} "
                   f"independent origins; first reported by {story['first_report']}"))
    out.print(Text("timeline", style="bold"))
    for m in story["mentions"]:
        out.print(Text(f"  {m['published'] or '—':<10}  {m['outlet'] or '—':<20}  {m['stance']:<11}  "
                       f"{m['by'] or '(own voice)'}: {m['text']}  [{m['ref']}]"))
    out.print(Text("origins", style="bold"))
    for o in story["origins"]:
        out.print(Text(f"  {', '.join(o['refs'])}: {o['why']}"))
    for o in story["not_origins"]:
        out.print(Text(f"  not an origin: {o['why']}"))
    if story["numbers"]:
        out.print(Text("numbers: " + " → ".join(f"{', '.join(n['figures'])} ({n['outlet'] or n['ref']})"
                                                for n in story["numbers"])))


def families_command(
    fmt: Format = typer.Option(Format.pretty, "--format", "-f", help="pretty, json or jsonl (one family a line)."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Syndicated-copy families: each original with its reprints, trimmed and local versions and rewrites."""
    from sourcetrace.corpus.story import family_rows
    with store_at(db) as store:
        rows = store.guard(family_rows, store)

    def pretty(rows):
        out = _console()
        for f in rows:
            out.print(Text(f["family"], style="bold"))
            for m in f["members"]:
                out.print(Text(f"  {m['relation']:<12} {m['ref']}"))
    _print(rows, fmt, pretty)


def _pretty_profiles(rows):
    table = Table()
    for name in ("name", "kind", "articles", "outlets", "supports", "denies", "first", "last"):
        table.add_column(name, overflow="fold")
    for p in rows:
        table.add_row(Text(p["name"] + ("" if p["named"] else " (unnamed)")), p["kind"], str(len(p["articles"])),
                      Text(", ".join(p["outlets"])), str(len(p["claims"].get("supports", []))),
                      str(len(p["claims"].get("denies", []))), p["first_seen"] or "—", p["last_seen"] or "—")
    _console().print(table)


def sources_command(
    named: bool = typer.Option(False, "--named", help="Only named sources."),
    min_articles: int = typer.Option(1, "--min-articles", min=1, help="Only sources quoted in at least N articles."),
    fmt: Format = typer.Option(Format.pretty, "--format", "-f", help="pretty, json or jsonl (one source a line)."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Sources across the corpus, most quoted first: the articles and outlets that quote them, what they back or deny."""
    from sourcetrace.corpus.story import profiles
    with store_at(db) as store:
        rows = [p for p in store.guard(profiles, store)
                if len(p["articles"]) >= min_articles and (p["named"] or not named)]
    _print(rows, fmt, _pretty_profiles)


def source_command(
    name: str = typer.Argument(..., help="A source's name, alias or surname."),
    fmt: Format = typer.Option(Format.pretty, "--format", "-f", help="pretty, json or jsonl."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """One source's profile (several when people share the name)."""
    from sourcetrace.corpus.story import find_profiles
    with store_at(db) as store:
        rows = store.guard(find_profiles, store, name)
    if not rows:
        fail(f"no source named {name!r} in the corpus (see `sourcetrace corpus sources`)")

    def pretty(rows):
        out = _console()
        for p in rows:
            out.print(Text(p["name"], style="bold"))
            out.print(Text(f"  {p['kind']}, {'named' if p['named'] else 'unnamed'}; aliases: "
                           f"{', '.join(p['aliases']) or '—'}; seen {p['first_seen']} to {p['last_seen']}"))
            out.print(Text(f"  in {', '.join(p['articles'])} ({', '.join(p['outlets'])})"))
            for stance, items in p["claims"].items():
                for c in items:
                    out.print(Text(f"  {stance}: {c['text']}  [{c['ref']}{', claim ' + str(c['claim']) if c['claim'] else ''}]"))
    _print(rows, fmt, pretty)


def suggestions_command(
    limit: int = typer.Option(50, "--limit", min=1, help="At most this many."),
    fmt: Format = typer.Option(Format.pretty, "--format", "-f", help="pretty, json or jsonl."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """The review queue: suggested links (between the matcher's low and high thresholds), best first."""
    from sourcetrace.corpus.story import suggested_links
    with store_at(db) as store:
        rows = store.guard(suggested_links, store, limit)

    def pretty(rows):
        out = _console()
        for r in rows:
            out.print(Text(f"{r['id']}  {r['score']:.2f}  {r['relation']}{' (' + r['checks'] + ')' if r['checks'] else ''}"))
            out.print(Text(f"    {r['ref_a']}: {r['text_a']}"))
            out.print(Text(f"    {r['ref_b']}: {r['text_b']}"))
    _print(rows, fmt, pretty)


def _review(link: int, user: str, db: Optional[str], confirm: bool) -> None:
    from sourcetrace.corpus.story import confirm_link, reject_link
    with store_at(db) as store:
        row = store.guard(confirm_link if confirm else reject_link, store, link, user)
    print(f"link {row['id']} {row['status']} by {row['reviewed_by']} at {row['reviewed_at']}")


def confirm_command(link: int = typer.Argument(..., help="The link's id (from `corpus suggestions`)."),
                    user: str = typer.Option(..., "--user", help="Who confirms it."),
                    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP)) -> None:
    """Count a suggested link: the two claims are the same (or, for a contradiction, opposite)."""
    _review(link, user, db, True)


def reject_command(link: int = typer.Argument(..., help="The link's id."),
                   user: str = typer.Option(..., "--user", help="Who rejects it."),
                   db: Optional[str] = typer.Option(None, "--db", help=DB_HELP)) -> None:
    """Never count a link: the two claims differ."""
    _review(link, user, db, False)


def _link_after(ingest):
    """`corpus ingest` (or reanalyze) followed by the link pass over what it stored (its line goes to stderr)."""
    @functools.wraps(ingest)
    def run(*args, **kwargs):
        ingest(*args, **kwargs)
        from sourcetrace.corpus.story import update_story
        with store_at(kwargs.get("db")) as store:
            summary = store.guard(update_story, store)
        err.print(Text("linked: " + summary.line()))
    return run


def register(corpus_app: typer.Typer) -> None:
    for info in corpus_app.registered_commands:
        if info.name in ("ingest", "reanalyze") and not getattr(info.callback, "_links", False):
            info.callback = _link_after(info.callback)
            info.callback._links = True
    for name, command in (("link", link_command), ("claims", claims_command), ("claim", claim_command),
                          ("families", families_command), ("sources", sources_command),
                          ("source", source_command), ("suggestions", suggestions_command),
                          ("confirm", confirm_command), ("reject", reject_command)):
        corpus_app.command(name)(command)
