"""Two siblings named in full with one family name ("Sisters Park Seo-yeon and Park Ha-eun"): "the
elder Park" is the one whose younger sibling the text brings in after her name ("…, and her
younger sister, 19, …"), though only one age is given; the tagger's lone "Park" of a hyphened
Korean given name ("Park Ha-eun") runs on over it."""
from tests.engine.resolve.said_by import speaker_of

ARCHERS = ("Sisters Park Seo-yeon and Park Ha-eun won gold and silver at the national archery "
           "championship in Gwangju on Sunday.\n\n"
           "Park Ha-eun, 24, led after the first round, and her younger sister, 19, caught her with "
           "her final arrow.\n\n"
           "\"I shot the last arrow with my eyes half closed,\" Park Seo-yeon said.\n\n"
           "The elder Park said their grandmother had taught them both on a homemade bow. "
           "\"She would be laughing at us now,\" she said.")


def test_the_elder_is_the_one_with_the_younger_sibling():
    assert speaker_of(ARCHERS, "their grandmother had taught them") == "Park Ha-eun"
    assert speaker_of(ARCHERS, "She would be laughing") == "Park Ha-eun"


def test_the_younger_keeps_her_words():
    assert speaker_of(ARCHERS, "the last arrow") == "Park Seo-yeon"
