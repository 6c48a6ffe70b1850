"""Flat rows from an `Analysis`: one per attribution, source or claim, for tables, CSV and the store.

Each row is a plain dict whose keys are the store's column names (see migrations/0001_core.sql);
`with_article=True` puts the article's ref, url, outlet and date first, as exports and
`analyze --format csv` want them.
"""
from __future__ import annotations

from typing import Any

from sourcetrace.contract import Analysis

ARTICLE_COLUMNS = ("ref", "url", "outlet", "published")
ATTRIBUTION_COLUMNS = ("attribution_id", "source_id", "source_name", "source_kind", "source_named", "type",
                       "stance", "statement", "cue", "source_text", "content", "content_start", "content_end",
                       "recipient", "channel", "confidence")
SOURCE_COLUMNS = ("source_id", "name", "kind", "named", "description", "member_of", "group_count", "mentions")
CLAIM_COLUMNS = ("claim_id", "text", "start_char", "end_char", "attributions", "sources", "unattributed",
                 "single_source", "anonymous_only", "document_based", "denied", "check_worthiness")

Row = dict[str, Any]


def article_fields(analysis: Analysis) -> Row:
    meta = analysis.meta
    return {"ref": analysis.ref, "url": meta.url, "outlet": meta.outlet, "published": meta.date}


def attribution_rows(analysis: Analysis, with_article: bool = False) -> list[Row]:
    rows = []
    for attribution in analysis.attributions:
        source = analysis.source(attribution.source_id)
        rows.append({
            "attribution_id": attribution.id,
            "source_id": attribution.source_id,
            "source_name": source.name if source else None,
            "source_kind": source.kind if source else None,
            "source_named": source.named if source else None,
            "type": attribution.type,
            "stance": attribution.stance,
            "statement": attribution.statement,
            "cue": attribution.cue.text if attribution.cue else None,
            "source_text": attribution.source.text if attribution.source else None,
            "content": attribution.content.text,
            "content_start": attribution.content.start,
            "content_end": attribution.content.end,
            "recipient": attribution.recipient,
            "channel": attribution.channel,
            "confidence": attribution.confidence,
        })
    return _prefixed(rows, analysis, with_article)


def source_rows(analysis: Analysis, with_article: bool = False) -> list[Row]:
    rows = [{"source_id": s.id, "name": s.name, "kind": s.kind, "named": s.named, "description": s.description,
             "member_of": s.member_of, "group_count": s.count, "mentions": len(s.mentions)}
            for s in analysis.sources]
    return _prefixed(rows, analysis, with_article)


def claim_rows(analysis: Analysis, with_article: bool = False) -> list[Row]:
    by_attribution = {a.id: a.source_id for a in analysis.attributions}
    rows = []
    for claim in analysis.claims:
        names = []
        for attribution_id in claim.attribution_ids:
            source = analysis.source(by_attribution.get(attribution_id))
            if source and source.name not in names:
                names.append(source.name)
        rows.append({
            "claim_id": claim.id, "text": claim.text, "start_char": claim.start, "end_char": claim.end,
            "attributions": len(claim.attribution_ids), "sources": "; ".join(names) or None,
            "unattributed": claim.unattributed, "single_source": claim.single_source,
            "anonymous_only": claim.anonymous_only, "document_based": claim.document_based,
            "denied": bool(claim.denied_by), "check_worthiness": claim.check_worthiness,
        })
    return _prefixed(rows, analysis, with_article)


def _prefixed(rows: list[Row], analysis: Analysis, with_article: bool) -> list[Row]:
    if not with_article:
        return rows
    article = article_fields(analysis)
    return [{**article, **row} for row in rows]
