from sourcetrace.ingest.read import read_bytes
from sourcetrace.engine.component import analyze

PAGE = b"""<!doctype html><html><head><title>Harbour sold | Daily Test</title>
<meta property="article:published_time" content="2022-10-03T08:30:00+00:00">
<meta property="og:title" content="Harbour sold"></head>
<body><nav>Home | World</nav><article><h1>Harbour sold</h1>
<p>The city sold the old harbour last year for $2 million, officials said on Monday.</p>
<p>The new owners opened a market there in August, and thousands of people visited it.</p>
</article><footer>Copyright</footer></body></html>"""


def test_html_page_gives_text_and_iso_date():
    article = read_bytes(PAGE, "page.html")
    assert article.meta.date == "2022-10-03"
    assert "The city sold the old harbour" in article.text and "Copyright" not in article.text


def test_publication_date_feeds_date_resolution():
    article = read_bytes(PAGE, "page.html")
    analysis = analyze(article.text, meta=article.meta)
    dates = {d.text: d.value for c in analysis.claims for d in c.dates}
    assert dates.get("last year") == "2021"
    assert dates.get("August") == "2022-08"
