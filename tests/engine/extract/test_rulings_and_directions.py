"""A court's ruling reported with its clause ("ruled that the notice was too short", "X may keep his
home, a judge ruled") and a direction given in words ("directed the parties to file submissions",
"instructed her to move the money") are statements; "ruled out", "ruled the province", "directed the
film" and "directed traffic" report acts, and no statement."""
import pytest


def _statements(engine, text):
    return [(a.content.text, a.cue.text if a.cue else None) for a in engine.analyze(text).attributions
            if a.statement]


@pytest.mark.parametrize("text, content", [
    ("Justice Wanjiru Mbogo ruled on Thursday that the corporation had failed to give the residents notice.",
     "that the corporation had failed to give the residents notice"),
    ("A Fairhaven rooster named Admiral may keep his home on Orchard Lane, a district judge ruled Wednesday.",
     "A Fairhaven rooster named Admiral may keep his home on Orchard Lane"),
    ("A tradesman has been refused bail after a magistrate ruled he posed a risk to her safety.",
     "he posed a risk to her safety"),
    ("Justice Mbogo, who was named Jurist of the Year, directed the parties to file written submissions "
     "within 21 days.", "the parties to file written submissions within 21 days"),
    ("The manager said her director instructed her to move the money into a separate account.",
     "her to move the money into a separate account"),
    ("The minister directed that the funds be released at once.", "that the funds be released at once"),
])
def test_a_ruling_or_a_direction_is_a_statement(engine, text, content):
    assert content in [c for c, _ in _statements(engine, text)]


@pytest.mark.parametrize("text", [
    "The mayor ruled out a tax rise.",
    "The team had ruled out that the birds were simply hitting lids at random.",
    "Kim ruled the province for a decade.",
    "She directed the film in 2019.",
    "Police directed traffic away from the scene.",
    "He directed questions to the ministry.",
])
def test_an_act_of_ruling_or_directing_is_no_statement(engine, text):
    assert _statements(engine, text) == []
