"""iter_inputs: every spec by kind, one Article or ArticleError per item, overrides applied."""
import io
import json
import sys

import pytest

from sourcetrace.contract import Article, ArticleError
from sourcetrace.ingest import InputError, apply_overrides, iter_inputs, override_meta

SAID = "The harbour master said the port would reopen on Friday after the repairs."


def test_mixed_specs_keep_their_order_and_count(tmp_path, monkeypatch):
    (tmp_path / "one.txt").write_text(SAID)
    (tmp_path / "two.jsonl").write_text(json.dumps({"id": "j1", "text": SAID}) + "\n{oops\n")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SAID.encode())))
    items = list(iter_inputs([str(tmp_path / "one.txt"), "-", str(tmp_path / "two.jsonl"),
                              str(tmp_path / "none.txt"), "gopher://x/"], max_bytes=10_000))
    assert [(i.ref.rsplit("/", 1)[-1], getattr(i, "reason", "ok")) for i in items] == [
        ("one.txt", "ok"), ("<stdin>", "ok"), ("j1", "ok"), ("two.jsonl:2", "bad_json"),
        ("none.txt", "unreadable"), ("", "bad_url")]
    assert all(isinstance(i, (Article, ArticleError)) for i in items)


def test_overrides_win_and_are_judged(tmp_path):
    page = tmp_path / "p.html"
    page.write_text("<html><head><title>Old title</title></head><body><article>"
                    f"<p>{SAID}</p></article></body></html>")
    overrides = {"url": "https://example.com/p", "outlet": "Daily Test", "published": "2024-02-03T10:00:00+01:00",
                 "title": "New title", "author": "By Jane Smith"}
    [article] = iter_inputs([str(page)], max_bytes=10_000, meta_overrides=overrides)
    m = article.meta
    assert (m.url, m.outlet, m.date, m.title, m.author) == (
        "https://example.com/p", "Daily Test", "2024-02-03", "New title", "Jane Smith")


def test_none_overrides_leave_the_article_alone():
    article = Article(text=SAID)
    assert apply_overrides(article, {"title": None}) is article


@pytest.mark.parametrize("overrides,words", [({"published": "next week"}, "not an ISO date"),
                                              ({"colour": "red"}, "not a metadata field")])
def test_bad_overrides_fail_before_reading(overrides, words):
    with pytest.raises(InputError, match=words):
        override_meta(overrides)
    with pytest.raises(InputError):
        next(iter_inputs(["-"], max_bytes=10, meta_overrides=overrides))


def test_stdin_over_the_limit(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SAID.encode() * 10)))
    [item] = iter_inputs(["-"], max_bytes=100)
    assert item.reason == "too_large" and item.ref == "<stdin>"


def test_undecodable_file_name_gives_a_printable_ref(tmp_path):
    import os
    name = os.fsdecode(b"caf\xe9.txt")
    (tmp_path / name).write_text(SAID)
    [item] = iter_inputs([str(tmp_path)], max_bytes=10_000)
    assert item.ref.endswith("caf\\xe9.txt")
    item.model_dump_json()  # serialisable: no lone surrogate in the ref
