"""Ingest through real worker processes into a real store (DuckDB and PostgreSQL)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sourcetrace import __version__
from sourcetrace.contract import Article, Meta
from sourcetrace.corpus.ingest import ingest_items, reanalyze, stale_refs
from sourcetrace.corpus.inputs import count_items, iter_items
from sourcetrace.settings import Settings

FIXTURES = Path(__file__).parent / "fixtures" / "articles"

SETTINGS = Settings(profile="fast", workers=1, time_budget_s=60)


def run(store, items, **options):
    return ingest_items(store, items, settings=SETTINGS, profile="fast", workers=1, **options)


@pytest.fixture
def inputs(tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(FIXTURES, folder)
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02 not text")
    (folder / "empty.txt").write_text("   \n")
    return folder


def test_every_input_once_and_a_rerun_adds_nothing(store, inputs):
    specs = [str(inputs)]
    assert count_items(specs) == 6
    first = run(store, iter_items(specs, 1_000_000))
    assert (first.stored, first.reused, first.errors, first.skipped) == (4, 1, 2, 0)
    refs = {r for (r,) in store.rows("SELECT ref FROM articles")}
    assert refs == {str(inputs / n) for n in ("harbour.txt", "harbour-reprint.txt", "flood.txt", "council.html")}
    assert store.scalar("SELECT count(*) FROM analyses") == 3  # the reprint shares harbour's
    errors = dict(store.rows("SELECT ref, reason FROM ingest_log WHERE is_current"))
    assert errors == {str(inputs / "broken.txt"): "binary", str(inputs / "empty.txt"): "empty"}
    html = store.execute("SELECT title, state FROM articles WHERE ref = ?", (str(inputs / "council.html"),)).fetchone()
    assert html == ("Council approves new bus lanes", "analysed")
    assert store.scalar("SELECT count(*) FROM attributions a JOIN articles r ON r.analysis_id = a.analysis_id "
                        "WHERE r.ref = ?", (str(inputs / "council.html"),)) > 0

    again = run(store, iter_items(specs, 1_000_000))
    assert (again.stored, again.errors, again.skipped) == (0, 0, 6)
    assert store.scalar("SELECT count(*) FROM ingest_log") == 2

    retried = run(store, iter_items(specs, 1_000_000), retry_errors=True)
    assert (retried.stored, retried.errors, retried.skipped) == (0, 2, 4)
    assert store.scalar("SELECT count(*) FROM ingest_log WHERE is_current") == 2
    assert store.scalar("SELECT count(*) FROM ingest_log") == 4


def test_not_english_is_stored_and_marked_not_analysed(store):
    items = [Article(ref="de/1", text="Der Bürgermeister sagte am Montag, die Brücke bleibe gesperrt.",
                     meta=Meta(language="de")),
             Article(ref="fr/1", text="Le maire a déclaré lundi que le pont resterait fermé jusqu'à la fin de "
                                      "l'année, selon un communiqué publié par la ville."),  # no language given
             Article(ref="en/1", text='"The bridge stays shut," the mayor said on Monday.', meta=Meta(language="en")),
             Article(ref="en/1", text="A second input with the same ref is the same article.")]
    summary = run(store, items)
    assert (summary.stored, summary.not_english, summary.skipped) == (1, 2, 1)
    assert "'fr'" in store.scalar("SELECT note FROM articles WHERE ref = 'fr/1'")
    state, note, analysis_id = store.execute("SELECT state, note, analysis_id FROM articles WHERE ref = 'de/1'"
                                             ).fetchone()
    assert state == "not_english" and analysis_id is None and "'de'" in note and "English only" in note
    assert store.analysis_for("de/1") is None
    assert store.analysis_for("en/1").attributions


def test_reanalyze_takes_what_an_older_engine_made(store, analysed):
    article, analysis = analysed[1]
    with store.transaction():
        store.put_analysis(article, analysis, "0.0.1", "fast")
    assert stale_refs(store) == [article.ref]
    summary = reanalyze(store, settings=SETTINGS, profile="fast", workers=1)
    assert summary.stored == 1
    assert stale_refs(store) == []
    version = store.scalar("SELECT n.engine_version FROM articles a JOIN analyses n ON n.id = a.analysis_id")
    assert version == __version__


def test_jsonl_and_warc_inputs(store, tmp_path):
    ingest = pytest.importorskip("sourcetrace.ingest")
    if not hasattr(ingest, "iter_inputs"):
        pytest.skip("this ingest layer has no iter_inputs (.jsonl and .warc readers)")
    import io
    import json

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
    texts = [(FIXTURES / n).read_text(encoding="utf-8") for n in ("harbour.txt", "flood.txt")]
    jsonl = tmp_path / "articles.jsonl"
    jsonl.write_text("".join(json.dumps({"id": f"j{i}", "text": t, "outlet": "Wire"}) + "\n"
                             for i, t in enumerate(texts)), encoding="utf-8")
    warc = tmp_path / "pages.warc.gz"
    with open(warc, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        page = (FIXTURES / "council.html").read_bytes()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://courier.example/bus-lanes", "response",
                                                      payload=io.BytesIO(page), http_headers=headers))
    summary = run(store, iter_items([str(jsonl), str(warc)], 1_000_000))
    assert (summary.stored, summary.errors) == (3, 0)
    assert store.scalar("SELECT count(*) FROM articles WHERE state = 'analysed'") == 3
    assert store.scalar("SELECT count(*) FROM articles WHERE url = 'https://courier.example/bus-lanes'") == 1
