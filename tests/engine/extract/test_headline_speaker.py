"""A headline that opens on a quote and names one person after a colon or dash gives that person's words."""
import pytest

from sourcetrace import analyze


def speaker_of(text, words):
    r = analyze(text)
    a = next(a for a in r.attributions if words in a.content.text)
    return r.source(a.source_id) if a.source_id else None


@pytest.mark.parametrize("headline, words, name", [
    ('"I stopped asking permission": Cellist Noor Baig on leaving the orchestra', "I stopped", "Noor Baig"),
    ("“We play for the town, not the table” — Q&A with Rovers coach Dee Harker", "We play", "Dee Harker"),
])
def test_the_person_named_after_the_quote_said_it(headline, words, name):
    text = headline + "\n\nAfter fourteen years, the move came as a surprise to many.\n"
    who = speaker_of(text, words)
    assert who is not None and who.name == name


def test_a_headline_naming_two_people_after_the_quote_names_no_one():
    text = ('"It was never about money": Dee Harker and Noor Baig on the club\'s last season\n\n'
            "The club closed in May.\n")
    assert speaker_of(text, "It was never about money") is None


def test_a_quote_a_colon_brings_in_keeps_its_speaker_over_a_said_in_the_next_sentence():
    text = ('Outside court, Kenneth Daly told reporters: "Every job we did was genuine. We have the paperwork." '
            "His son stood beside him and said nothing.")
    assert speaker_of(text, "Every job we did").name == "Kenneth Daly"
