"""A readable terminal view: sources, then each attribution, then claims and audit."""
from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from sourcetrace.contract import Analysis

STANCE_STYLE = {"assert": "green", "warn": "yellow", "admit": "cyan", "believe": "blue",
                "deny": "red", "no_response": "magenta", "question": "bright_blue"}


def _short(text: str, width: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def render_pretty(analysis: Analysis, console: Console, title: str | None = None) -> None:
    if title:
        console.rule(Text(title))
    if analysis.meta.title or analysis.meta.outlet or analysis.meta.date:
        console.print(Text(" · ".join(x for x in (analysis.meta.title, analysis.meta.outlet, analysis.meta.date) if x)))
    table = Table(title="Sources", title_justify="left", show_lines=False)
    for col in ("id", "name", "kind", "named", "count", "description", "mentions"):
        table.add_column(col)
    for s in analysis.sources:
        table.add_row(s.id, Text(s.name), s.kind, "yes" if s.named else "no",
                      "" if s.count is None else str(s.count), Text(s.description or ""), str(len(s.mentions)))
    console.print(table)
    console.print(Text(f"Attributions ({len(analysis.attributions)})", style="bold"))
    for a in analysis.attributions:
        src = analysis.source(a.source_id)
        line = Text(f"{a.id} ")
        line.append(f"[{a.type}/{a.stance}] ", style=STANCE_STYLE.get(a.stance, ""))
        line.append(src.name if src else "(no source)", style="bold")
        if a.cue:
            line.append(f" — {a.cue.text}", style="italic")
        if a.recipient:
            line.append(f" → {a.recipient}")
        if a.channel:
            line.append(f" ({a.channel})")
        console.print(line)
        console.print(Text("    " + _short(a.content.text)))
    if analysis.claims:
        _claims(analysis, console)


def _claims(analysis: Analysis, console: Console) -> None:
    names = {s.id: s.name for s in analysis.sources}
    table = Table(title="Claims (by check-worthiness)", title_justify="left")
    for col in ("id", "claim", "worth", "supported by", "denied by", "no response", "flags"):
        table.add_column(col)
    for c in sorted(analysis.claims, key=lambda c: -c.check_worthiness):
        flags = [f for f, on in (("unattributed", c.unattributed), ("single source", c.single_source),
                                 ("anonymous only", c.anonymous_only)) if on]
        table.add_row(c.id, Text(_short(c.text, 90)), f"{c.check_worthiness:.2f}",
                      Text(", ".join(names.get(i, i) for i in c.supported_by)),
                      Text(", ".join(names.get(i, i) for i in c.denied_by)),
                      Text(", ".join(names.get(i, i) for i in c.no_response)), ", ".join(flags))
    console.print(table)
    a = analysis.audit
    console.print(Text(
        f"Audit: {a.sources} sources ({a.named} named, {a.unnamed} unnamed; "
        + ", ".join(f"{k} {v}" for k, v in a.by_kind.items())
        + f"); direct share {a.direct_share:.0%}; denials {a.denials}; no response {a.no_responses}; "
        f"second-hand {a.second_hand}; single-source claims {a.single_source_claims}; "
        f"anonymous-only {a.anonymous_only_claims}; unattributed {a.unattributed_claims}", style="bold"))
