"""A passive cue with nobody named doing it, read with its own subject as the first piece of the
content and a complement after it ("the area was declared safe", "was refused a publishing permit"),
reports a status given to the subject, not anyone's words; a passive telling with a clause after it
("the jury was told that …") or with its doer named stays a report."""
import pytest


def _statements(engine, text):
    analysis = engine.analyze(text)
    return [(a.cue.text if a.cue else None, a.content.text) for a in analysis.attributions if a.statement]


@pytest.mark.parametrize("text, cue", [
    ("Rescue teams will go back into the tunnel once the area is declared safe.", "is declared"),
    ("The builder, Oskar Feldt, was declared a proclaimed offender after failing to appear at two hearings.",
     "was declared"),
    ('Mina Sadeghi\'s memoir "The Salt Road" was refused a printing licence last spring.', "was refused"),
])
def test_a_status_given_in_the_passive_is_no_statement(engine, text, cue):
    assert not any(c is not None and cue in c for c, _ in _statements(engine, text))


def test_a_passive_telling_with_a_clause_stays(engine):
    found = _statements(engine, "The jury was told that the roofer had charged pensioners for work never done.")
    assert ("was told", "that the roofer had charged pensioners for work never done") in found
