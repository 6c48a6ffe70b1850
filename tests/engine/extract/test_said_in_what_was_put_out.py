""""The union issued a statement saying …": a saying hung on a statement, letter or post that someone put
out is theirs; a document that shows something (data, footage) is not read so."""
import pytest

from sourcetrace import analyze


def _speaker(text: str, words: str) -> str | None:
    r = analyze(text)
    found = next(a for a in r.attributions if words in a.content.text)
    return r.source(found.source_id).name if found.source_id else None


@pytest.mark.parametrize("text, words, name", [
    ('The Harlow Tenants Association posted a statement on social media calling the eviction "a disgrace."',
     "disgrace", "Harlow Tenants Association"),
    ("Greta Moss sent a letter to the mayor saying the park should stay open.", "park should stay open",
     "Greta Moss"),
])
def test_who_put_it_out_said_it(text, words, name):
    assert _speaker(text, words) == name


def test_a_statement_found_by_someone_else_is_not_theirs():
    # the reporter saw the statement; she did not put it out
    assert _speaker("Maria Obi read a statement saying the plant would close.", "plant would close") != "Maria Obi"
