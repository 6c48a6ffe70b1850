"""The web app driven in chromium, in order: log in, ingest the example story (and hostile articles)
through the upload form, the overview, a claim's story, the review queue, an article report's filters,
CSV export — with nothing run from the articles and nothing fetched off the server.

`SOURCETRACE_SCREENSHOT=1` writes the pages' screenshots to docs/web/ (the README shows two).
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
from pathlib import Path

from playwright.sync_api import expect

from webserver import PASSWORD, PAYLOADS, STORY, hostile_jsonl, suggestion

ROOT = Path(__file__).resolve().parents[3]
SHOTS = ROOT / "docs" / "web"


def shot(page, name: str, tmp_path: Path) -> None:
    folder = SHOTS if os.environ.get("SOURCETRACE_SCREENSHOT") else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / f"{name}.png"), full_page=False)


def clean(page, context) -> None:
    """Nothing ran from the articles, nothing broke, nothing left the server."""
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert not page.dialogs, page.dialogs
    assert not page.errors, page.errors
    # The story layer's page repeats frame-ancestors in its <meta> CSP, which chromium notes and
    # ignores (the server's header carries it); any other console error fails.
    errors = [e for e in page.console_errors if "'frame-ancestors' is ignored when delivered via a <meta>" not in e]
    assert not errors, errors
    assert not context.off_site, context.off_site


def story_refs() -> list[str]:
    return [json.loads(line)["id"] for line in STORY.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_login_and_ingest_through_the_upload_form(ui, site, web_context, tmp_path):
    ui.goto(site.url + "/")
    assert "/login" in ui.url
    ui.fill("input[name=name]", "ada")
    ui.fill("input[name=password]", PASSWORD)
    ui.click("button[type=submit]")
    ui.wait_for_url(site.url + "/")
    ui.goto(site.url + "/ingest")
    ui.set_input_files("input[name=files]", [str(STORY), str(hostile_jsonl(tmp_path / "hostile.jsonl"))])
    ui.click("form.ingest button[type=submit]")
    ui.wait_for_url(re.compile(r".*/ingest/jobs/\d+$"))
    expect(ui.locator("#job")).to_have_attribute("data-state", "done", timeout=240_000)  # web.js follows the job
    assert int(ui.inner_text("#job-stored")) == len(story_refs()) + len(PAYLOADS)
    assert ui.inner_text("#job-errors") == "0"
    shot(ui, "ingest", tmp_path)
    clean(ui, web_context)


def test_overview_and_a_claims_story(ui, site, web_context, tmp_path):
    ui.goto(site.url + "/")
    assert int(ui.inner_text(".stats .stat b")) == len(story_refs()) + len(PAYLOADS)
    shot(ui, "overview", tmp_path)
    ui.locator("a.claimlink").first.click()
    ui.wait_for_url(re.compile(r".*/claims/\d+$"))
    assert int(ui.inner_text("#origin-count")) >= 1
    shot(ui, "claim", tmp_path)
    story = ui.locator("a[href$='/story']")
    if story.count():
        story.first.click()
        assert ui.locator("#origins-count").count() == 1
        shot(ui, "story", tmp_path)
    clean(ui, web_context)


def test_confirming_a_suggested_match_changes_the_origin_count(ui, site, web_context, tmp_path):
    link = suggestion(site)
    ui.goto(site.url + "/review")
    pair = ui.locator(f"section.pair[data-link='{link}']")
    claims = [a.get_attribute("href") for a in pair.locator("a[href^='/claims/']").all()]
    shot(ui, "review", tmp_path)
    counts = {}
    for claim in claims:
        ui.goto(site.url + claim)
        counts[claim] = int(ui.inner_text("#origin-count"))
    ui.goto(site.url + "/review")
    ui.locator(f"section.pair[data-link='{link}'] button[value=confirm]").click()
    ui.wait_for_url(site.url + "/review")
    assert ui.locator(f"section.pair[data-link='{link}']").count() == 0
    assert "ada" in ui.inner_text("table.tbl")  # who decided is kept
    ui.goto(site.url + claims[0])
    after = int(ui.inner_text("#origin-count"))
    assert after != counts[claims[0]], (counts, after)
    shot(ui, "claim-confirmed", tmp_path)
    story = ui.locator("a[href$='/story']")
    story.first.click()
    assert int(ui.inner_text("#origins-count")) == after
    shot(ui, "story", tmp_path)
    clean(ui, web_context)


def test_article_report_filters_and_csv(ui, site, web_context, tmp_path):
    ref = story_refs()[0]
    ui.goto(f"{site.url}/articles/{ref}")
    marks = ui.locator("mark[data-a]")
    assert marks.count() > 0
    shot(ui, "article", tmp_path)
    ui.click(".audit [data-filter=sourced]")
    assert ui.locator(".audit [data-filter=sourced]").get_attribute("class").count("active") == 1
    assert "match" in ui.inner_text("#filter-status")
    deny = ui.locator(".audit [data-filter=deny]")
    deny.click()  # another card replaces the first
    dimmed = ui.locator("mark[data-a].dim").count()
    shown = ui.locator("mark[data-a]:not(.dim)").count()
    denials = json.loads(ui.inner_text("#st-data"))["attributions"]
    expected = {a for a, v in denials.items() if v["stance"] == "deny"}
    shown_ids = set(ui.eval_on_selector_all("mark[data-a]:not(.dim)", "ms => ms.map(m => m.dataset.a)"))
    assert shown_ids == expected and dimmed + shown == marks.count()
    ui.click("#clear-filter")
    assert ui.locator("mark.dim").count() == 0
    row = ui.locator("tr.source-row").first
    source = row.get_attribute("data-source")
    row.click()
    data = json.loads(ui.inner_text("#st-data"))
    shown_ids = set(ui.eval_on_selector_all("mark[data-a]:not(.dim)", "ms => ms.map(m => m.dataset.a)"))
    assert shown_ids and all(data["attributions"][a]["source"] == source for a in shown_ids)
    ui.click("#clear-filter")
    ui.click(".legend [data-stance=assert]")
    shown_ids = set(ui.eval_on_selector_all("mark[data-a]:not(.dim)", "ms => ms.map(m => m.dataset.a)"))
    assert all(data["attributions"][a]["stance"] == "assert" for a in shown_ids)
    ui.click("#clear-filter")
    ui.uncheck("#claims-toggle")
    assert "no-claim-marks" in ui.evaluate("document.body.className")
    ui.check("#claims-toggle")
    with ui.expect_download() as download:
        ui.click("a.csv")
    rows = list(csv.DictReader(io.StringIO(Path(download.value.path()).read_text(encoding="utf-8"))))
    assert rows and {r["ref"] for r in rows} == {ref} and len(rows) == len(data["attributions"])
    clean(ui, web_context)


def test_hostile_articles_run_nothing_on_any_page(ui, site, web_context, tmp_path):
    pages = ["/", "/search?q=mayor", "/search?q=aide", "/sources", "/review", "/ingest",
             *[f"/articles/hostile-{n}" for n in range(len(PAYLOADS))]]
    for path in pages:
        ui.goto(site.url + path)
        for mark in ui.locator("mark[data-a]").all()[:3]:
            mark.click()  # the detail panel is built from the hostile strings
        clean(ui, web_context)
    ui.goto(site.url + "/sources")
    ui.locator("table a").first.click()
    clean(ui, web_context)
    ui.goto(site.url + "/search?q=mayor")
    shot(ui, "search", tmp_path)
    ui.goto(f"{site.url}/articles/hostile-2")
    assert "</script><script>" in ui.inner_text("#article")  # shown as text
    assert not ui.locator("#article a, #article script, #article img, #article svg, #article iframe").count()
    clean(ui, web_context)
