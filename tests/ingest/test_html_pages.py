"""HTML pages: deep nesting still gives text; dates never come from data: URIs."""
import base64
import re

from sourcetrace.ingest.html import extract_html, strip_data_uris
from sourcetrace.ingest.htmltext import nesting_depth, page_text
from sourcetrace.ingest.read import read_bytes

STORY = ("<p>The harbour master said the port would reopen on Friday after repairs to the quay "
         "were finished ahead of schedule, according to the council.</p>"
         "<p>Union leaders said they welcomed the news but wanted guarantees on overtime.</p>")


def _page(body: str, head: str = "") -> bytes:
    return f"<!doctype html><html><head><title>Port to reopen</title>{head}</head><body>{body}</body></html>".encode()


def test_page_nested_deeper_than_lxml_goes_gives_its_text():
    depth = 300
    article = read_bytes(_page("<div>" * depth + STORY + "</div>" * depth), "deep.html")
    assert "harbour master said the port would reopen" in article.text
    assert "Union leaders said" in article.text.split("harbour master", 1)[1]  # paragraphs kept in order
    assert article.meta.title == "Port to reopen"
    assert any(re.match(r"HTML nested 30\d elements deep", note) for note in article.meta.notes)


def test_deep_page_with_shallow_text_first_keeps_the_deep_text():
    """lxml reads the shallow paragraph and silently drops the rest: the depth check catches it."""
    depth = 400
    page = _page(STORY + "<div>" * depth + "<p>The mayor said the deep paragraph matters.</p>" + "</div>" * depth)
    article = read_bytes(page, "deep2.html")
    assert "harbour master" in article.text and "deep paragraph matters" in article.text


def test_nesting_depth_ignores_elements_whose_end_tag_may_be_left_out():
    assert nesting_depth("<ul>" + "<li><p>item" * 1000 + "</ul>") == 1
    assert nesting_depth("<div>" * 5 + "<br><img src=x>" * 50 + "</div>" * 5) == 5


def test_fallback_keeps_blocks_apart_and_skips_scripts():
    title, text = page_text("<html><head><title>T &amp; U</title><script>var s = '<p>no</p>';</script></head>"
                            "<body><!-- a <p>comment</p> --><h1>Headline</h1><div>First <b>bold</b> line</div>"
                            "<STYLE>p {}</STYLE><p>Second &eacute;</p></body></html>")
    assert title == "T & U" and text == "Headline\n\nFirst bold line\n\nSecond é"


def test_fallback_is_linear_on_hostile_markup():
    import time
    for hostile in ("<!--" * 250_000, "<" * 1_000_000, "<script>" * 120_000, "<div " * 200_000):
        start = time.monotonic()
        page_text("<html><body>" + hostile)
        nesting_depth(hostile)
        assert time.monotonic() - start < 10.0, hostile[:10]  # quadratic would take many minutes


def test_normal_page_uses_trafilatura_without_a_fallback_note():
    article = read_bytes(_page("<article><h1>Port to reopen</h1>" + STORY + "</article>"), "ok.html")
    assert "harbour master" in article.text and not any("no main text" in n for n in article.meta.notes)


def test_data_uri_digits_are_not_a_publication_date():
    fake_png = base64.b64encode(b"\x89PNG" + bytes(range(200))).decode() + "/2018/05/12/20180512"
    body = f'<article><h1>Port to reopen</h1><img src="data:image/png;base64,{fake_png}">{STORY}</article>'
    text, meta = extract_html(_page(body).decode())
    assert meta.date is None
    assert "harbour master" in text


def test_real_metadata_date_is_kept_beside_a_data_uri():
    head = '<meta property="article:published_time" content="2021-06-04T09:00:00Z">'
    body = ('<article><h1>Port to reopen</h1><img src="data:image/png;base64,AAAA/2018/05/12/AAAA">'
            f"{STORY}</article>")
    _, meta = extract_html(_page(body, head).decode())
    assert meta.date == "2021-06-04"


def test_strip_data_uris_leaves_ordinary_text_and_links():
    html = ('<a href="https://example.com/data:x">x</a> <img src=\'data:image/gif;base64,R0lGOD==\'>'
            '<div style="background:url(data:image/svg+xml,%3Csvg%3E)">The data: it said so.</div>')
    out = strip_data_uris(html)
    assert "R0lGOD" not in out and "%3Csvg" not in out
    assert "https://example.com/data:x" in out and "The data: it said so." in out


def test_page_with_no_text_is_empty():
    import pytest
    from sourcetrace.ingest import InputError
    with pytest.raises(InputError) as err:
        read_bytes(_page('<div><img src="x.png"></div>').replace(b"Port to reopen", b""), "blank.html")
    assert err.value.reason == "empty"
