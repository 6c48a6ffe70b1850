"""WARC archives: HTML responses become articles; other responses are errors; damage stops the file."""
from io import BytesIO

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from sourcetrace.contract import Article, ArticleError
from sourcetrace.ingest import iter_inputs

SAID = "The harbour master said the port would reopen on Friday after repairs to the quay were finished."


def _page(n: int, dated: bool) -> bytes:
    head = '<meta property="article:published_time" content="2022-03-04">' if dated else ""
    return (f"<html><head><title>Port story {n}</title>{head}</head><body><article><h1>Port story {n}</h1>"
            f"<p>{SAID} Story number {n}.</p></article></body></html>").encode()


def _warc(gz: bool) -> bytes:
    buf = BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "test"}))
    records = [
        ("http://example.com/1", "200 OK", "text/html; charset=utf-8", _page(1, dated=True)),
        ("http://example.com/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(50)),
        ("http://example.com/2", "200 OK", "text/html", _page(2, dated=False)),
        ("http://example.com/gone", "404 Not Found", "text/html", b"<html><body>Not here</body></html>"),
    ]
    for uri, status, ctype, body in records:
        request = writer.create_warc_record(uri, "request", payload=BytesIO(b""),
                                            http_headers=StatusAndHeaders(f"GET {uri} HTTP/1.1", [],
                                                                          is_http_request=True))
        writer.write_record(request)
        headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        record = writer.create_warc_record(uri, "response", payload=BytesIO(body), http_headers=headers,
                                           warc_headers_dict={"WARC-Date": "2023-07-08T12:00:00Z"})
        writer.write_record(record)
    return buf.getvalue()


@pytest.mark.parametrize("name,gz", [("a.warc", False), ("a.warc.gz", True)])
def test_html_responses_become_articles_and_others_errors(tmp_path, name, gz):
    path = tmp_path / name
    path.write_bytes(_warc(gz))
    items = list(iter_inputs([str(path)], max_bytes=100_000))
    assert [(i.ref, "ok" if isinstance(i, Article) else i.reason) for i in items] == [
        ("http://example.com/1", "ok"), ("http://example.com/logo.png", "not_html"),
        ("http://example.com/2", "ok"), ("http://example.com/gone", "http_status")]
    first, second = items[0], items[2]
    assert "Story number 1" in first.text and first.meta.url == "http://example.com/1"
    assert first.meta.date == "2022-03-04"  # the page's own date wins
    assert second.meta.date == "2023-07-08"  # WARC-Date when the page has none


@pytest.mark.parametrize("gz", [False, True])
@pytest.mark.parametrize("keep", [0.97, 0.6, 0.3, 0.05])
def test_cut_short_archive_ends_with_one_error(tmp_path, gz, keep):
    data = _warc(gz)
    path = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    path.write_bytes(data[:int(len(data) * keep)])
    items = list(iter_inputs([str(path)], max_bytes=100_000))
    assert items, "a damaged archive must not vanish"
    assert isinstance(items[-1], ArticleError) and items[-1].reason == "bad_warc"
    assert "cut short" in items[-1].message and "\n" not in items[-1].message
    assert all(i.reason != "bad_warc" for i in items[:-1] if isinstance(i, ArticleError))


def test_not_a_warc_at_all(tmp_path):
    path = tmp_path / "junk.warc"
    path.write_text("this is not an archive\n" * 20)
    [item] = iter_inputs([str(path)], max_bytes=100_000)
    assert item.reason == "bad_warc"


def test_oversized_page_is_too_large_and_the_archive_goes_on(tmp_path):
    path = tmp_path / "a.warc"
    path.write_bytes(_warc(False))
    assert all(len(_page(n, True)) > 200 for n in (1, 2))
    items = list(iter_inputs([str(path)], max_bytes=200))
    assert [getattr(i, "reason", "ok") for i in items] == ["too_large", "not_html", "too_large", "http_status"]
