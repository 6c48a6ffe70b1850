"""A role noun the parser took for the subject, with the name after it hung on the verb ("Ardmoyle
captain Darragh Fennelly said"), gives the name as the speaker; a role noun alone stays the speaker."""
import pytest

from sourcetrace import analyze


def _speakers(text):
    analysis = analyze(text)
    return [analysis.source(a.source_id).name for a in analysis.attributions if a.source_id]


@pytest.mark.parametrize("text, name", [
    ("Board chairman Tom Byrne rejected the criticism.\n\nArdmoyle captain Darragh Fennelly said his side "
     "were ready.\n", "Darragh Fennelly"),
    ("Police spokeswoman Ana Ruiz said the road was closed.\n", "Ana Ruiz"),
    ("Kilbride manager Seán Ó Broin said the pitch was unplayable.\n", "Seán Ó Broin"),
    ("Union organiser Precious Dlamini told reporters the strike would go on.\n", "Precious Dlamini"),
])
def test_the_name_after_the_role_speaks(text, name):
    assert name in _speakers(text)


def test_a_role_alone_stays_the_speaker():
    assert _speakers("The captain said the side were ready.\n") == ["captain"]
