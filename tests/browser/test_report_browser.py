import os
from pathlib import Path

import pytest

from sourcetrace.contract import Analysis, Attribution, Meta, Source, Span
from sourcetrace.render.html import write_report

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / ".." / "shared" / "examples" / "afghan-commandos.txt"
# `make screenshot` refreshes the README's picture; a plain test run leaves the tree alone.
README_SCREENSHOT = ROOT / "docs" / "report.png"


def test_example_report_panel_and_screenshot(page, tmp_path):
    if not EXAMPLE.exists():
        pytest.skip("example article missing (../shared/examples/)")
    from sourcetrace import analyze
    analysis = analyze(EXAMPLE.read_text(encoding="utf-8"), meta=Meta(date="2022-10-03"))
    path = tmp_path / "report.html"
    write_report(analysis, path)
    page.goto(path.as_uri())
    sourced = [a for a in analysis.attributions if a.source_id and a.source]
    assert sourced, "the engine found no sourced attribution"
    target = next((a for a in sourced if a.stance == "deny"), sourced[0])
    page.locator(f'mark[data-a="{target.id}"]').first.click()
    panel = page.locator("#detail")
    name = analysis.source(target.source_id).name
    assert panel.locator(".source-name").inner_text().strip() == name
    stance_label = {"deny": "denies", "assert": "asserts"}.get(target.stance, "")
    assert stance_label in panel.locator(".stance").inner_text()
    # hovering another highlight does not replace a pinned panel
    other = next(a for a in sourced if a.source_id != target.source_id)
    page.locator(f'mark[data-a="{other.id}"]').first.hover()
    assert panel.locator(".source-name").inner_text().strip() == name
    # the claims panel is sorted by check-worthiness
    worth = [float(t) for t in page.locator(".claim .worth").all_inner_texts()]
    assert worth == sorted(worth, reverse=True) and worth
    first = analysis.attributions[1]
    page.locator(f'mark[data-a="{first.id}"]').first.click()
    page.evaluate("window.scrollTo(0, 0)")
    shot = README_SCREENSHOT if os.environ.get("SOURCETRACE_SCREENSHOT") else tmp_path / "report.png"
    page.screenshot(path=str(shot))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert not page.errors and not page.dialogs and not page.requests


PAYLOADS = [
    "<script>window.__pwned = 1; document.title = 'pwned'; alert(1)</script>",
    "<img src=x onerror=\"window.__pwned = 2; alert(2)\">",
    "<a href=\"javascript:window.__pwned=3;alert(3)\">click me</a>",
    "\"</script><script>window.__pwned = 4; alert(4)</script>\"",
    "<svg onload=alert(5)></svg>",
    "{{ 7*7 }} \u2028 </style><style>body{display:none}</style>",
]


def hostile_analysis() -> Analysis:
    text = "The hacker said “" + PAYLOADS[0] + " " + PAYLOADS[3] + "” today.\n\n" + "\n\n".join(
        f"An aide said {p} in a note." for p in PAYLOADS[1:]) + "\n\nThe city sold the pier."
    def span(piece, after=0):
        start = text.index(piece, after)
        return Span(start=start, end=start + len(piece), text=piece)
    sources = [Source(id="s1", name=PAYLOADS[0], kind="person", named=True, description=PAYLOADS[1]),
               Source(id="s2", name="An aide <img src=x onerror=alert(6)>", kind="person", named=False)]
    quoted = PAYLOADS[0] + " " + PAYLOADS[3]
    atts = [Attribution(id="a1", source_id="s1", type="direct", stance="deny", source=span("The hacker"),
                        cue=span("said"), content=span(quoted), recipient=PAYLOADS[2], channel=PAYLOADS[4])]
    for n, p in enumerate(PAYLOADS[1:], 2):
        atts.append(Attribution(id=f"a{n}", source_id="s2", type="indirect", stance="assert",
                                source=span("An aide", text.index(p) - 20), cue=span("said", text.index(p) - 10),
                                content=span(p)))
    analysis = Analysis(text=text, meta=Meta(title=PAYLOADS[3], url=PAYLOADS[2].split('"')[1]),
                        sources=sources, attributions=atts)
    from sourcetrace.engine.audit import build_audit
    from sourcetrace.engine.claims import build_claims
    from sourcetrace.engine.parse import load_nlp
    analysis.claims = build_claims(load_nlp()(text), analysis)
    analysis.audit = build_audit(analysis)
    return analysis


def test_hostile_article_runs_nothing(page, tmp_path):
    path = tmp_path / "xss.html"
    write_report(hostile_analysis(), path)
    page.goto(path.as_uri())
    for mark in page.locator("mark[data-a]").all():
        mark.hover()
        mark.click()
    for link in page.locator("#article a, .detail a").all():
        link.click()
    page.wait_for_timeout(200)
    assert page.evaluate("window.__pwned") is None
    assert page.dialogs == []
    assert page.title() == PAYLOADS[3] + " — sourcetrace report"  # shown as text, never run
    article = page.locator("#article").inner_text()
    for p in PAYLOADS[:5]:
        assert p in article
    assert page.locator("#article script, #article img, #article svg, #article a").count() == 0
    page.locator('mark[data-a="a1"]').first.click()
    assert PAYLOADS[0] in page.locator("#detail").inner_text()
    assert page.locator("body").is_visible()
    assert not page.errors and not page.requests
