"""A team's post recalled with "the" ("the Ardmoyle captain said") after a sentence naming one
player is that player, though the tagger took the team's name for a person's: a name standing
before the post it qualifies is the team's, no second person in view."""
import pytest

from said_by import speaker_of

CASES = [
    ('Sean Kerr scored twice as Ardmoyle beat Kilbrack. "We were brilliant," the Ardmoyle captain said.',
     "brilliant", "Sean Kerr"),
    ('Niamh Doyle scored twice as Ballinure beat Clonmore. "We never gave up," the Ballinure captain said.',
     "gave up", "Niamh Doyle"),
    ('Callum Reid scored late as Dunmorrow beat Kilwinning. "We believed until the end," the Dunmorrow skipper said.',
     "believed", "Callum Reid"),
    ('Ewan Fraser scored a hat-trick as Balgowrie beat Kilbride. "It was a special day," the Balgowrie captain said.',
     "special day", "Ewan Fraser"),
    ('Tomás Ruiz scored late as Villarejo won in Soria. "We deserved it," the Villarejo captain said.',
     "deserved", "Tomás Ruiz"),
    ('Dylan Hughes scored twice as Pencarrow beat Treloar. "We were brilliant," the Pencarrow captain said.',
     "brilliant", "Dylan Hughes"),
    ('Jonas Weber scored twice as Altenfeld won in Kassel. "We were patient," the Altenfeld captain said.',
     "patient", "Jonas Weber"),
]


@pytest.mark.parametrize("text,words,name", CASES)
def test_the_team_post_is_the_player_just_named(text, words, name):
    assert speaker_of(text, words) == name


def test_a_name_after_the_post_is_its_holder_not_a_recap():
    text = ('Sean Kerr scored twice as Ardmoyle beat Kilbrack. "We were lucky," the Kilbrack captain Liam Boyle '
            'said.')
    assert speaker_of(text, "lucky") == "Liam Boyle"
