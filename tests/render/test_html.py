import json
import re

from sourcetrace.contract import Analysis, Attribution, Claim, Meta, Source, Span
from sourcetrace.render.html import render_report, script_json, write_report
from sourcetrace.render.segments import segments

PAYLOAD = '<script>alert(1)</script> & </script><img src=x onerror=alert(2)>'


def span(text, piece):
    start = text.index(piece)
    return Span(start=start, end=start + len(piece), text=piece)


def hostile():
    text = f'The mayor said "{PAYLOAD}" yesterday. Prices rose.'
    source = Source(id="s1", name="The mayor <b>", kind="person", named=False, mentions=[span(text, "The mayor")])
    att = Attribution(id="a1", source_id="s1", type="direct", stance="assert", source=span(text, "The mayor"),
                      cue=span(text, "said"), content=span(text, PAYLOAD))
    claims = [Claim(id="c1", text=PAYLOAD, start=att.content.start, end=att.content.end, attribution_ids=["a1"],
                    supported_by=["s1"], single_source=True),
              Claim(id="c2", text="Prices rose.", start=text.index("Prices"), end=len(text), unattributed=True)]
    return Analysis(text=text, meta=Meta(title="<script>alert(3)</script>", url="javascript:alert(4)"),
                    sources=[source], attributions=[att], claims=claims)


def test_everything_from_the_article_is_escaped():
    html = render_report(hostile())
    body = html.split("<script type=\"application/json\"", 1)[0]
    assert "<script>alert" not in html and "<img src=x" not in html and "The mayor <b>" not in body and "The mayor &lt;b&gt;" in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert 'href="javascript' not in html
    assert not re.search(r"<[a-z][^>]*\son\w+\s*=", html, re.I)  # no tag carries an event handler


def test_json_island_cannot_close_its_script_and_round_trips():
    raw = script_json({"x": PAYLOAD})
    assert "<" not in raw and ">" not in raw and "&" not in raw
    assert json.loads(raw) == {"x": PAYLOAD}
    html = render_report(hostile())
    island = re.search(r'<script type="application/json" id="st-data">(.*?)</script>', html, re.S).group(1)
    data = json.loads(island)
    assert data["attributions"]["a1"]["content"] == PAYLOAD and data["sources"]["s1"]["name"] == "The mayor <b>"


def test_strict_csp_and_no_external_loads():
    html = render_report(hostile())
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp and "script-src 'sha256-" in csp
    assert not re.search(r'(src|href)="(https?:)?//', html)
    assert " on" + "click=" not in html and "style=" not in html


def test_segments_cover_text_and_mark_roles():
    analysis = hostile()
    segs = segments(analysis, {"s1": "k0"})
    assert "".join(s.text for s in segs) == analysis.text
    roles = {s.role: s.text for s in segs if s.role}
    assert roles == {"source": "The mayor", "cue": "said", "content": PAYLOAD, "claim": "Prices rose."}


def test_report_sections(tmp_path):
    path = tmp_path / "r.html"
    write_report(hostile(), path)
    html = path.read_text(encoding="utf-8")
    for piece in ("Sources", "Claims", "direct quotes", "single source", 'data-a="a1"', 'data-c="c2"', "asserts"):
        assert piece in html
