""""Told a press briefing after the closing session that …", "told reporters outside the courthouse that
…": the parser may hang the telling's clause on the noun of a time or place phrase after the verb; it
is still what was told. A claim noun's own clause ("after reports that …") and a relative clause ("at
the station that had been her home") are no telling's."""
import pytest


def _statements(engine, text):
    return [(a.content.text, a.cue.text if a.cue else None) for a in engine.analyze(text).attributions
            if a.statement]


@pytest.mark.parametrize("text, content", [
    ("Provincial governor Li Yanhong told a press briefing after the closing session that 120 billion yuan had "
     "been set aside for rail links to the mountain counties.",
     "that 120 billion yuan had been set aside for rail links to the mountain counties"),
    ("His lawyer, Choi Min-jae, told reporters outside the courthouse that the defence would appeal \"without "
     "hesitation,\" adding that his client had repaid most of the money.",
     "that the defence would appeal \"without hesitation"),
])
def test_a_clause_hung_on_a_place_is_what_was_told(engine, text, content):
    assert (content, "told") in _statements(engine, text)


@pytest.mark.parametrize("text", [
    "The minister spoke to farmers after reports that the dam had cracked.",
    "She said goodbye at the station that had been her home for years.",
])
def test_no_telling_where_the_clause_is_the_nouns(engine, text):
    assert not [c for c, cue in _statements(engine, text) if cue in ("spoke", "said")]
