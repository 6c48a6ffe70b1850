"""'“…,” said festival director Ruth Cabot, who …': the quote is the named person's, whatever the parser did."""
import pytest

from sourcetrace import analyze


@pytest.mark.parametrize("text, name", [
    ('"We began with six stalls and a borrowed tent," said market manager Odile Farrant, who co-founded the '
     'fair in 1994.', "Odile Farrant"),
    ('"We began with six stalls and a borrowed tent," said\nmarket manager Odile Farrant, who co-founded the\n'
     'fair in 1994.', "Odile Farrant"),
])
def test_said_before_a_titled_name_with_a_relative_clause(text, name):
    r = analyze(text)
    quote = next(a for a in r.attributions if "six stalls" in a.content.text)
    assert quote.cue is not None and r.source(quote.source_id).name == name


def test_said_before_something_that_is_no_name_gives_no_speaker():
    r = analyze('"We began with six stalls," said the leaflet handed out at the gate, which was free.')
    quote = next(a for a in r.attributions if "six stalls" in a.content.text)
    source = r.source(quote.source_id) if quote.source_id else None
    assert source is None or "Farrant" not in source.name
