"""The HTML report: one self-contained file (inline CSS and JS, nothing fetched).

The article is untrusted text: every piece goes through Jinja's autoescaping; the
data the page's script reads travels as JSON inside <script type="application/json">
with <, > and & written as \\u003c, \\u003e, \\u0026 so it cannot close the tag; the
script builds its panels with textContent only; and a Content-Security-Policy allows
only this page's own style and script (by hash), nothing else.
"""
from __future__ import annotations

import base64
import hashlib
import json
from typing import get_args
from importlib import resources
from pathlib import Path

from jinja2 import Environment, DictLoader, select_autoescape
from markupsafe import Markup

from sourcetrace.engine.claims.linking import clusters
from sourcetrace.contract import Analysis, Claim, Stance
from .segments import segments

PALETTE_SIZE = 10
STANCES = list(get_args(Stance))
STANCE_LABEL = {"assert": "asserts", "warn": "warns", "admit": "admits", "believe": "believes",
                "deny": "denies", "no_response": "no response", "question": "asks"}


def _asset(name: str) -> str:
    return resources.files("sourcetrace").joinpath("render", name).read_text(encoding="utf-8")


def _environment() -> Environment:
    return Environment(loader=DictLoader({"report.html.j2": _asset("report.html.j2")}),
                       autoescape=select_autoescape(default=True, default_for_string=True))


def _csp_hash(content: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(content.encode("utf-8")).digest()).decode() + "'"


def script_json(data) -> Markup:
    """JSON that is safe inside a <script> element, whatever strings it holds."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return Markup(text)


def render_report(analysis: Analysis) -> str:
    css, js = _asset("report.css"), _asset("report.js")
    colour = {s.id: f"k{i % PALETTE_SIZE}" for i, s in enumerate(analysis.sources)}
    claim_of = _claim_of_attribution(analysis.claims)
    csp = ("default-src 'none'; img-src data:; base-uri 'none'; form-action 'none'; "
           f"style-src {_csp_hash(css)}; script-src {_csp_hash(js)}")
    return _environment().get_template("report.html.j2").render(
        a=analysis,
        title=analysis.meta.title or _first_line(analysis.text),
        css=Markup(css), js=Markup(js), csp=Markup(csp),  # our own constants, not article text
        segments=segments(analysis, colour),
        colour=colour,
        stances=STANCES, stance_label=STANCE_LABEL,
        cards=_claim_cards(analysis),
        names={s.id: s.name for s in analysis.sources},
        counts=_attribution_counts(analysis),
        data=script_json(_page_data(analysis, colour, claim_of)),
    )


def write_report(analysis: Analysis, path) -> None:
    Path(path).write_text(render_report(analysis), encoding="utf-8")


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "Article")[:200]


def _claim_of_attribution(claims: list[Claim]) -> dict[str, str]:
    return {aid: c.id for c in claims for aid in c.attribution_ids}


def _claim_cards(analysis: Analysis) -> list[dict]:
    """One card per claim cluster, led by its most check-worthy claim, best first."""
    cards = []
    for group in clusters(analysis.claims):
        ranked = sorted(group, key=lambda c: (-c.check_worthiness, c.start))
        lead = ranked[0]
        cards.append({"lead": lead, "others": ranked[1:], "ids": [c.id for c in group],
                      "quantities": [q for c in group for q in c.quantities],
                      "dates": [d for c in group for d in c.dates]})
    return sorted(cards, key=lambda card: (-card["lead"].check_worthiness, card["lead"].start))


def _attribution_counts(analysis: Analysis) -> dict[str, int]:
    counts: dict[str, int] = {}
    for a in analysis.attributions:
        if a.source_id:
            counts[a.source_id] = counts.get(a.source_id, 0) + 1
    return counts


def _page_data(analysis: Analysis, colour: dict[str, str], claim_of: dict[str, str]) -> dict:
    return {
        "sources": {s.id: {"name": s.name, "kind": s.kind, "named": s.named, "description": s.description,
                           "count": s.count, "colour": colour[s.id]} for s in analysis.sources},
        "attributions": {a.id: {"source": a.source_id, "type": a.type, "stance": a.stance,
                                "mention": a.source.text if a.source else None,
                                "cue": a.cue.text if a.cue else None, "content": a.content.text,
                                "recipient": a.recipient, "channel": a.channel, "claim": claim_of.get(a.id)}
                         for a in analysis.attributions},
        "claims": {c.id: {"text": c.text, "supported_by": c.supported_by, "denied_by": c.denied_by,
                          "no_response": c.no_response, "unattributed": c.unattributed,
                          "single_source": c.single_source, "anonymous_only": c.anonymous_only,
                          "document_based": c.document_based, "worth": c.check_worthiness,
                          "attributions": c.attribution_ids, "same_as": c.same_as}
                   for c in analysis.claims},
        "stanceLabel": STANCE_LABEL,
    }
