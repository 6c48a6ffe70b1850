"""The article page's report: the same pieces `render/html.py` builds for the standalone
report (highlight segments, claim cards, the JSON island), shown inside the app's layout
with filters. Article text and metadata are untrusted: autoescaped, JSON-escaped, and a
URL becomes a link only when it is http(s).
"""
from __future__ import annotations

from urllib.parse import urlsplit

from sourcetrace.contract import Analysis
from sourcetrace.render import html as report
from sourcetrace.render.segments import segments

# Sources get their own palette (web.css .s0-.s9), none of whose hues is a stance colour.
PALETTE = 10
AUDIT_FILTERS = (  # (audit field, label, filter key the page's script knows)
    ("sources", "sources", "sourced"), ("direct_share", "direct quotes", "direct"), ("denials", "denials", "deny"),
    ("no_responses", "no response", "no_response"), ("second_hand", "second-hand", None),
    ("single_source_claims", "single-source claims", "single"),
    ("anonymous_only_claims", "anonymous-only claims", "anonymous"),
    ("unattributed_claims", "unattributed claims", "unattributed"),
)
WARN = {"denials", "no_responses", "single_source_claims", "anonymous_only_claims", "unattributed_claims"}


def safe_link(url: str | None) -> str | None:
    """The URL when it is a plain http(s) address, else None (a javascript: URL never becomes a link)."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def context(analysis: Analysis) -> dict:
    colour = {s.id: f"s{i % PALETTE}" for i, s in enumerate(analysis.sources)}
    claim_of = report._claim_of_attribution(analysis.claims)
    audit = analysis.audit
    cards = []
    for field, label, key in AUDIT_FILTERS:
        value = getattr(audit, field)
        shown = f"{round(value * 100)}%" if field == "direct_share" else str(value)
        cards.append({"value": shown, "label": label, "filter": key, "warn": field in WARN and bool(value)})
    kinds = sorted({s.kind for s in analysis.sources})
    return {
        "a": analysis,
        "title": analysis.meta.title or report._first_line(analysis.text),
        "link": safe_link(analysis.meta.url),
        "segments": segments(analysis, colour),
        "colour": colour,
        "stances": report.STANCES, "stance_label": report.STANCE_LABEL,
        "cards": report._claim_cards(analysis),
        "audit_cards": cards,
        "kinds": kinds,
        "names": {s.id: s.name for s in analysis.sources},
        "counts": report._attribution_counts(analysis),
        "data": report.script_json(report._page_data(analysis, colour, claim_of)),
    }
