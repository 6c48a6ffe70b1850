""""…, as she liked to put it, “no sense at all.”": a quote that "as X put it" brings in is X's, not
the last speaker's."""
from said_by import speaker_of

TEXT = ("Agnes Tolland, who ran the Kestle ferry for forty years, has died. She was 90.\n\n"
        "Her nephew said she died at home.\n\n"
        "Tolland bought the ferry in 1962 with borrowed money and, as she liked to put it, "
        "\"more nerve than sense.\" She never missed a crossing.\n")


def test_the_quote_as_she_put_it_is_hers():
    assert speaker_of(TEXT, "more nerve than sense") == "Agnes Tolland"


def test_the_plain_form_with_a_name():
    text = TEXT.replace("as she liked to put it", "as Tolland put it")
    assert speaker_of(text, "more nerve than sense") == "Agnes Tolland"


def test_a_quote_after_another_as_clause_is_left_as_it_was():
    text = TEXT.replace("as she liked to put it", "as her nephew recalled")
    assert speaker_of(text, "more nerve than sense") != "Agnes Tolland"
