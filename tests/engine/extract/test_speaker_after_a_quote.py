"""A speaker named after a quote never takes the quote's closing mark into its phrase, however the
parser hung the mark. Sentences written for the test."""


def test_no_quote_mark_opens_the_speaker(engine):
    text = '"The pipeline will reopen on Friday," Deputy Energy Minister Aliyev Rashad Kamal oglu told Trend news agency.'
    sources = [a.source.text for a in engine.analyze(text).attributions if a.source is not None]
    assert sources and all(s[0] not in "\"“”'‘’" for s in sources)
