"""Who carried the words ("read by the prosecutor") is not who said them."""
import pytest

from sourcetrace import analyze


@pytest.mark.parametrize("text, writer", [
    ("One of the victims, Dorota Wilk, said in a written statement read by the prosecutor that the fraud "
     "had cost her family its savings.", "Dorota Wilk"),
    ("One of the growers, Hana Berg, said in a written statement read by the prosecutor that the theft had "
     "cost her farm a year of work.", "Hana Berg"),
])
def test_a_statement_read_out_by_someone_else_is_its_writers(text, writer):
    r = analyze(text)
    found = [a for a in r.attributions if "had cost her" in a.content.text]
    assert found and r.source(found[0].source_id).name == writer
