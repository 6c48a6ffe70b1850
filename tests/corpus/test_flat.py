"""Flat rows from one analysis: what exports and `analyze --format csv` print."""
from __future__ import annotations

from sourcetrace.corpus import flat


def test_attribution_rows_carry_the_article_and_the_source(analysed):
    article, analysis = analysed[0]
    rows = flat.attribution_rows(analysis, with_article=True)
    assert len(rows) == len(analysis.attributions) > 0
    assert list(rows[0]) == [*flat.ARTICLE_COLUMNS, *flat.ATTRIBUTION_COLUMNS]
    for row, attribution in zip(rows, analysis.attributions):
        assert (row["ref"], row["outlet"], row["published"], row["url"]) == (
            article.ref, "Kellaway Courier", "2024-03-11", "https://k.example/1")
        assert row["content"] == analysis.text[row["content_start"]:row["content_end"]]
        source = analysis.source(attribution.source_id)
        assert row["source_name"] == (source.name if source else None)
    quoted = [r for r in rows if r["source_name"] and "Oyelaran" in r["source_name"]]
    assert quoted and quoted[0]["type"] == "direct"


def test_claim_and_source_rows(analysed):
    _, analysis = analysed[0]
    claims = flat.claim_rows(analysis)
    assert [c["claim_id"] for c in claims] == [c.id for c in analysis.claims]
    assert all(c["text"] == analysis.text[c["start_char"]:c["end_char"]] for c in claims)
    assert list(claims[0]) == list(flat.CLAIM_COLUMNS)
    sources = flat.source_rows(analysis)
    assert {s["source_id"] for s in sources} == {s.id for s in analysis.sources}
    assert all(s["mentions"] >= 1 for s in sources)
