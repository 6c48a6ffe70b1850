"""HTML pages: deep nesting still gives text; dates never come from data: URIs."""
import base64

from sourcetrace.ingest.html import extract_html, plain_text, strip_data_uris
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
    assert any("no main text found" in note for note in article.meta.notes)


def test_fallback_keeps_blocks_apart_and_skips_scripts():
    title, text = plain_text("<html><head><title>T</title><script>var said = 1;</script></head><body>"
                             "<h1>Headline</h1><div>First <b>bold</b> line</div><p>Second</p></body></html>")
    assert title == "T" and text == "Headline\n\nFirst bold line\n\nSecond"


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
