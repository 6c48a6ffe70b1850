"""After a denial, the denier's word for all of what was doubted ("Every dollar was reported",
"Every job we did was genuine") is the denial in other words, from the denier or one who speaks for
it; a universal that plans, wishes, asks, or tells of the present denies nothing, and nor does one
from someone who denied nothing."""
import pytest


def _stance_of(engine, text, opening):
    analysis = engine.analyze(text)
    return next(a.stance for a in analysis.attributions if a.content.text.startswith(opening))


ACCUSED = ("Councillor Rob Mears was accused on Monday of hiding campaign gifts. Mears denied any "
           "wrongdoing. ")


@pytest.mark.parametrize("rest, opening", [
    ('"Every gift was declared to the clerk," Mears said.', "Every gift"),
    ('"Every penny is accounted for in the register," his spokeswoman Ana Pell said.', "Every penny"),
    ('"All of the gifts were declared. There is nothing hidden here," Mears said.', "All of the gifts"),
])
def test_a_deniers_all_is_a_denial(engine, rest, opening):
    assert _stance_of(engine, ACCUSED + rest, opening) == "deny"


# a statement between: the quote is no longer the one straight after the denial
LATER = ACCUSED + "The clerk, Di Roe, said the register was open to the public. "


def test_a_deniers_all_later_on_is_a_denial(engine):
    assert _stance_of(engine, LATER + '"Every gift was declared to the clerk," Mears said.', "Every gift") == "deny"


@pytest.mark.parametrize("text, opening", [
    (LATER + '"Every family in this ward will get a fair hearing," Mears said.', "Every family"),
    (LATER + '"Every councillor deserves a fair hearing," Mears said.', "Every councillor"),
    (LATER + '"Was every gift declared? Ask the clerk," Mears said.', "Was every gift"),
    ('"Every gift was declared to the clerk," the council\'s chief executive, Jo Lane, said.', "Every gift"),
])
def test_other_alls_stay_assertions(engine, text, opening):
    assert _stance_of(engine, text, opening) == "assert"
