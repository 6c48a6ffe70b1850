"""The story page in Debian's chromium: hostile article text and metadata stay text, nothing runs, nothing is
fetched; and the example story's page, whose screenshot `make screenshot-story` keeps in docs/story.png."""
import os
import shutil
from pathlib import Path

import pytest

from sourcetrace.apps.story_cli import report_name
from sourcetrace.render.story import render_story, web_href, write_story

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOT = ROOT / "docs" / "story.png"
EXAMPLE = ROOT / "examples" / "story" / "articles.jsonl"

HOSTILE = [
    "<script>window.__pwned = 1; alert(1)</script>",
    "<img src=x onerror=\"window.__pwned = 2; alert(2)\">",
    "<a href=\"javascript:window.__pwned=3;alert(3)\">click me</a>",
    "\"></a><svg onload=alert(4)>",
    "{{ 7*7 }} </style><style>body{display:none}</style>",
    "<iframe src=\"https://example.com/\"></iframe><link rel=stylesheet href=\"https://example.com/x.css\">",
]


def hostile_story() -> dict:
    mentions = []
    for i, payload in enumerate(HOSTILE):
        ref = ["javascript:alert(9)", "//evil.example/x", f"<b>ref{i}</b>", "a\"b'c", "ok-ref", "data:text/html,x"][i]
        mentions.append({"ref": ref, "start": 0, "end": len(payload), "text": payload,
                         "stance": ["supports", "reports", "denies", "no_response", "rebuts", "supports"][i],
                         "by": payload, "outlet": payload, "published": f"2026-03-0{i + 1}", "claim": i})
    return {"id": 5, "statement": HOSTILE[0] + HOSTILE[1], "mentions": mentions, "first_report": mentions[0]["ref"],
            "independent_origins": 2,
            "origins": [{"refs": [m["ref"] for m in mentions[:3]], "why": HOSTILE[2],
                         "reasons": {m["ref"]: HOSTILE[3] for m in mentions[:3]}},
                        {"refs": [m["ref"] for m in mentions[3:]], "why": HOSTILE[4],
                         "reasons": {m["ref"]: HOSTILE[5] for m in mentions[3:]}}],
            "not_origins": [{"ref": "x<y", "why": HOSTILE[1]}], "articles": 6, "outlets": HOSTILE,
            "first_published": HOSTILE[4], "last_published": "2026-03-06", "denied": True,
            "numbers": [{"ref": mentions[0]["ref"], "outlet": HOSTILE[1], "published": "2026", "figures": HOSTILE[:2]}]}


def test_hostile_text_stays_text_and_nothing_leaves_the_page(page, tmp_path):
    story = hostile_story()
    for name, href in (("cli.html", report_name), ("web.html", web_href), ("evil.html", lambda ref: ref)):
        path = tmp_path / name
        write_story(story, path, href=href)
        page.goto(path.as_uri())
        page.wait_for_timeout(200)
        assert page.evaluate("window.__pwned") is None
        assert not page.dialogs and not page.errors and not page.requests
        assert page.locator("script, iframe, img, svg, link[rel=stylesheet]").count() == 0
        assert HOSTILE[0] in page.locator("#statement").inner_text()
        for link in page.locator("a").all():
            target = link.get_attribute("href")
            assert ":" not in target.split("/")[0] and not target.startswith("//"), target
        assert page.locator("body").is_visible()


def test_links_follow_the_href_given():
    story = hostile_story()
    web = render_story(story, web_href)
    assert 'href="/articles/javascript%3Aalert%289%29"' in web
    cli = render_story(story, report_name)
    assert 'href="javascript_alert_9.html"' in cli
    evil = render_story(story, lambda ref: ref)
    assert "href=\"javascript:" not in evil and 'href="//evil' not in evil and 'href="data:' not in evil
    assert "script-src 'none'" in evil and "default-src 'none'" in evil


def test_example_story_page_and_screenshot(page, tmp_path):
    from sourcetrace.corpus.ingest import ingest_items
    from sourcetrace.corpus.inputs import iter_items
    from sourcetrace.corpus.store import open_store
    from sourcetrace.corpus.story import confirm_link, get_cluster, list_clusters, suggested_links, update_story
    from sourcetrace.settings import Settings
    settings = Settings.load(profile="fast")
    with open_store(str(tmp_path / "corpus.duckdb")) as store:
        ingest_items(store, iter_items([str(EXAMPLE)], settings.max_input_bytes), settings=settings,
                     profile="fast", workers=1)
        update_story(store)
        clusters = list_clusters(store)
        assert clusters
        best = get_cluster(store, clusters[0]["id"])
        members = {m["claim"] for m in best["mentions"]}
        for s in suggested_links(store, limit=500):  # an editor confirms the revised figure
            if s["checks"] == "number" and {s["claim_a"], s["claim_b"]} & members:
                confirm_link(store, s["id"], "editor")
                break
        story = get_cluster(store, best["id"])
    path = tmp_path / "story.html"
    write_story(story, path, href=report_name)
    page.goto(path.as_uri())
    assert page.locator("#origins-count").inner_text() == str(story["independent_origins"])
    assert page.locator(".mention").count() == len(story["mentions"])
    assert page.locator(".origin:not(.none)").count() == story["independent_origins"]
    shot = SCREENSHOT if os.environ.get("SOURCETRACE_SCREENSHOT") else tmp_path / "story.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert not page.errors and not page.dialogs and not page.requests
