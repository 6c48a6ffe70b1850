"""JSON Lines: one article a line; a bad line is one error naming its number and the rest goes on."""
import gzip
import json

from sourcetrace.contract import Article, ArticleError
from sourcetrace.ingest import iter_inputs
from sourcetrace.ingest.jsonl import iter_jsonl

SAID = "The harbour master said the port would reopen on Friday after the repairs."
PAGE = f"<html><head><title>Port news</title></head><body><article><p>{SAID}</p></article></body></html>"


def _write(path, lines):
    path.write_text("".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines))
    return path


def test_fields_map_to_meta_and_unknown_fields_go_to_extra(tmp_path):
    path = _write(tmp_path / "a.jsonl", [
        {"id": "n1", "url": "https://example.com/n1", "outlet": "Daily Test", "published": "2023-02-01T10:00:00Z",
         "title": "Port to reopen", "author": "By Jane Smith", "text": SAID, "section": "local", "tags": ["port"]},
    ])
    [article] = iter_jsonl(str(path), max_bytes=100_000)
    assert article.ref == "n1" and article.text == SAID
    meta = article.meta
    assert (meta.url, meta.outlet, meta.date, meta.title, meta.author, meta.language) == (
        "https://example.com/n1", "Daily Test", "2023-02-01", "Port to reopen", "Jane Smith", "en")
    assert meta.extra == {"section": "local", "tags": ["port"]}


def test_ref_falls_back_to_url_then_file_and_line(tmp_path):
    path = _write(tmp_path / "a.jsonl", [{"url": "https://example.com/x", "text": SAID}, {"text": SAID}])
    refs = [a.ref for a in iter_jsonl(str(path), max_bytes=100_000)]
    assert refs == ["https://example.com/x", f"{path}:2"]


def test_html_field_is_extracted_and_page_metadata_yields_to_the_record(tmp_path):
    path = _write(tmp_path / "a.jsonl", [{"id": "h", "html": PAGE, "title": "Given title"}])
    [article] = iter_jsonl(str(path), max_bytes=100_000)
    assert SAID in article.text and article.meta.title == "Given title"


def test_text_field_starting_with_a_tag_is_still_text(tmp_path):
    path = _write(tmp_path / "a.jsonl", [{"id": "t", "text": "<html> is a tag, the teacher said on Monday."}])
    [article] = iter_jsonl(str(path), max_bytes=100_000)
    assert article.text.startswith("<html> is a tag")


def test_each_bad_line_is_one_error_and_the_file_goes_on(tmp_path):
    path = _write(tmp_path / "a.jsonl", [
        {"id": "ok1", "text": SAID},
        "{not json",
        "[1, 2]",
        "",
        {"id": "notext", "title": "x"},
        {"id": "badtype", "text": 42},
        {"id": "big", "text": SAID * 100},
        {"id": "surrogate", "text": "He said \ud800 it was fine, the official told reporters."},
        {"id": "ok2", "text": SAID, "published": "last Tuesday"},
    ])
    items = list(iter_jsonl(str(path), max_bytes=2_000))
    got = [(i.ref, "ok" if isinstance(i, Article) else i.reason) for i in items]
    assert got == [("ok1", "ok"), (f"{path}:2", "bad_json"), (f"{path}:3", "bad_json"), ("notext", "empty"),
                   (f"{path}:6", "bad_input"), ("big", "too_large"), ("surrogate", "ok"), ("ok2", "ok")]
    errors = [i for i in items if isinstance(i, ArticleError)]
    for error, number in zip(errors, (2, 3, 5, 6, 7)):
        assert error.message.startswith(f"line {number}") and "\n" not in error.message
    assert "\ufffd" in items[6].text
    assert items[7].meta.date is None and "not an ISO date" in items[7].meta.notes[0]


def test_hostile_lines_are_errors_not_tracebacks(tmp_path):
    path = _write(tmp_path / "a.jsonl", ["[" * 100_000 + "]" * 100_000,
                                         {"id": 0, "text": SAID, "note": "odd \udc80 value", "deep": {"k": ["\ud83d"]}}])
    first, second = iter_jsonl(str(path), max_bytes=1_000_000)
    assert first.reason == "bad_json"
    assert second.ref == "0" and "\ufffd" in second.meta.extra["note"]
    second.model_dump_json()  # no lone surrogate left anywhere


def test_an_over_long_line_is_skipped_without_losing_the_next(tmp_path):
    path = _write(tmp_path / "a.jsonl", [{"id": "huge", "text": "x" * 3_000_000}, {"id": "after", "text": SAID}])
    items = list(iter_jsonl(str(path), max_bytes=100))
    assert [(i.ref, getattr(i, "reason", "ok")) for i in items] == [(f"{path}:1", "too_large"), ("after", "ok")]


def test_gzip_and_cut_short_gzip(tmp_path):
    data = "".join(json.dumps({"id": f"g{n}", "text": SAID}) + "\n" for n in range(200)).encode()
    whole = tmp_path / "a.jsonl.gz"
    whole.write_bytes(gzip.compress(data))
    assert len(list(iter_inputs([str(whole)], max_bytes=100_000))) == 200
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(gzip.compress(data)[:-40])
    items = list(iter_inputs([str(cut)], max_bytes=100_000))
    assert isinstance(items[-1], ArticleError) and items[-1].reason == "unreadable"
    assert "cut short" in items[-1].message
    assert all(isinstance(i, Article) for i in items[:-1]) and len(items) > 1
