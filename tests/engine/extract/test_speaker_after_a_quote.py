"""A speaker named after a quote never takes the quote's closing mark into its phrase, however the
parser hung the mark. Sentences written for the test."""


def test_no_quote_mark_opens_the_speaker(engine):
    text = '"The pipeline will reopen on Friday," Deputy Energy Minister Aliyev Rashad Kamal oglu told Trend news agency.'
    sources = [a.source.text for a in engine.analyze(text).attributions if a.source is not None]
    assert sources and all(s[0] not in "\"“”'‘’" for s in sources)


def test_a_long_speaker_with_letters_in_brackets_after_the_quote_is_the_speaker(engine):
    # the parser hangs "said" on the quote's own verb; its subject is inside the quote
    text = ('"This network taxed everyone — the woman who sells juice, the man with the cart, the buses on '
            'route 40," Colonel Hernán Darío Quintero Salas, commander of the Metropolitan Police of the '
            'Cauca Valley (MECAV), said at a news conference.\n')
    found = [a for a in engine.analyze(text).attributions if a.cue and a.cue.text.startswith("said")]
    assert len(found) == 1 and "Quintero Salas" in found[0].source.text


def test_a_name_the_tagger_took_for_a_common_noun_speaks_a_split_quote(engine):
    # the tagger reads "Đorđević" as a noun; between the quote and its cue it is still the name
    text = '"It was all by the book. We chose the cheapest offer," Đorđević said. "I have nothing to hide."'
    analysis = engine.analyze(text)
    found = [a for a in analysis.attributions if a.cue and a.cue.text == "said"]
    assert [analysis.source(a.source_id).name if a.source_id else None for a in found] == ["Đorđević"]
