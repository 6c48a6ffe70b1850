"""A headline's body called by a word for its kind ("Opposition alleges …", "Union rejects …") is
the body the lede sets that word before ("The opposition National Renewal Alliance (NRA) on Monday
alleged …"); with two such bodies, neither."""
from said_by import speaker_of

HEADLINE = "Opposition alleges rigging in Tarija by-poll; tribunal terms result 'fair'\n\n"


def test_the_headlines_opposition_is_the_one_the_lede_names():
    text = (HEADLINE + "LA PAZ: The opposition National Renewal Alliance (NRA) on Monday alleged large-scale "
            "rigging in Sunday's by-election, claiming that its agents had been thrown out of 30 polling stations.")
    assert speaker_of(text, "rigging in Tarija") == "National Renewal Alliance"


def test_two_bodies_called_by_the_word_name_neither():
    text = (HEADLINE + "LA PAZ: The opposition National Renewal Alliance on Monday alleged large-scale rigging "
            "in Sunday's by-election. The opposition Civic Front said its agents had been thrown out of "
            "30 polling stations.")
    assert speaker_of(text, "rigging in Tarija") not in ("National Renewal Alliance", "Civic Front")
