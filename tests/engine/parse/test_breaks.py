"""Which line breaks are wraps, after a sentence too."""
from sourcetrace.lab.wrap import wrap_text
from sourcetrace.engine.parse.breaks import paragraphs, wrap_breaks, wraps

PARAGRAPH = ("Donald Trump is telling a veterans group that the United States’ military is depleted. He "
             "says he will expand the nation’s armed forces. The crowd cheered. He went on to talk about "
             "the cost of the war and what the generals told him about it.")


def test_a_wrapped_paragraph_stays_one_paragraph_where_a_wrap_falls_after_a_sentence():
    for soft in (True, False):
        text = wrap_text(PARAGRAPH, 30, soft=soft) + "\n\nNext paragraph."
        assert text.index("depleted.") + len("depleted.") + soft in wrap_breaks(text)
        assert len(paragraphs(text)) == 2, soft


def test_a_line_that_ends_a_sentence_is_no_wrap_in_unwrapped_text():
    text = "a long closing line of a quote by someone, he said.\nAnother paragraph starts here.\nAnd one more."
    assert not wrap_breaks(text)
    assert len(paragraphs("Headline ends here.\nThe body goes on.")) == 2
    # news text leaves a space after headlines and paragraphs: no wrap after a sentence for that
    assert len(paragraphs("Candidates vie for vets' support; \nTrump and Clinton point out flaws.")) == 2
    assert len(paragraphs("A flowed line goes \non.")) == 1


def test_a_headline_longer_than_the_wrap_width_does_not_hide_the_wraps():
    body = wrap_text(PARAGRAPH + " " + PARAGRAPH, 60, soft=False)
    headline = "A headline line that runs well past the width the body was wrapped at, as press releases do"
    text = headline + "\n\n" + body + "\n"
    inner = [i for i, c in enumerate(text) if c == "\n" and text[i - 1] != "\n" and text[i + 1:i + 2] not in ("\n", "")]
    assert inner and set(inner) <= wrap_breaks(text)
    assert len(paragraphs(text)) == 2


def test_a_short_block_of_lines_in_unwrapped_text_is_no_wrap():
    text = ("The council approved the plan on Monday after a long debate that ran past midnight and into the "
            "early hours, with residents watching from the gallery.\n\n"
            "Contact: Jill Thibodeau, Communications\nPhone: 705-555-0183\nEmail: press office\n")
    assert not wrap_breaks(text)


def test_a_title_written_short_at_a_lines_end_ends_no_sentence():
    text = ("Fishers ask for help\n\nDAR ES SALAAM - The fishers association on Monday asked the government\n"
            "for help with boats, nets and cold rooms for the coming season. \"Our catches fall,\" said Dr.\n"
            "Mwanaisha Said Juma, who chairs the association. \"We need boats and we need them\n"
            "this year,\" she said. The ministry said it would study the request and reply\n"
            "within a month, according to its spokesman.\n")
    assert text.index("Mwanaisha") in wraps(text)
    text = text.replace("said Dr.\n", "said Bi.\n")
    assert text.index("Mwanaisha") in wraps(text)


def test_in_wrapped_copy_a_line_cut_after_a_comma_or_a_title_goes_on():
    body = wrap_text(PARAGRAPH + " " + PARAGRAPH, 66, soft=False)
    text = ("PRESS RELEASE\n\n" + body + "\n\nThe Governor of the State, Mallam\nSani Bello, opened the road, and the\n"
            "Commissioner for Works, Engr. (Mrs)\nAda Eze, said it would last.\n\nA short line,\nthen another.\n")
    breaks = wrap_breaks(text)
    assert text.index("Mallam\n") + len("Mallam") in breaks
    assert text.index("(Mrs)\n") + len("(Mrs)") in breaks
    assert text.index("A short line,\n") + len("A short line,") in breaks


def test_outside_wrapped_copy_a_line_after_a_comma_still_ends():
    text = "Dear Ms Osei,\nThank you for your letter.\n"
    assert not wrap_breaks(text)


def test_an_email_header_line_run_on_into_the_next_does_not_hide_the_width():
    body = wrap_text(PARAGRAPH + " " + PARAGRAPH + " " + PARAGRAPH, 66, soft=False)
    header = ("From: Press Service, Ministry of Energy\nDate: Mon, 14 Oct, 10:42\n"
              "Subject: PRESS RELEASE: On measures to ensure a stable electricity supply in the winter period\n"
              "To: newsdesk@example.org\n\n")
    text = header + body + "\n\nThe last word of the briefing went to the new Minister of Energy\nTaalaibek Mamyrov, who spoke last.\n"
    assert text.index("Taalaibek") in wraps(text)
    assert text.index("To: ") not in wraps(text)
