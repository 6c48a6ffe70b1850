"""A body is not the person who works for it: "the museum" after "museum director Dr Ada Voss"
is the museum, and two people who share a role are two people."""
import pytest

from sourcetrace import analyze


def speakers(text):
    r = analyze(text)
    return [r.source(a.source_id) for a in r.attributions]


@pytest.mark.parametrize("body", ["museum", "partnership", "festival", "cooperative"])
def test_the_body_is_not_its_director(body):
    text = (f'"We are thrilled," said {body} director Dr Ada Voss. '
            f"The {body} said it had raised the money from donors.")
    director, said = speakers(text)
    assert director.name == "Ada Voss"
    assert said is not director and said.kind == "organization"
