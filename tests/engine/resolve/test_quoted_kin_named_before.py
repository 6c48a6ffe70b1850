"""A relative a speaker calls "my father" inside a quote, whom the text named before by given name as
the speaker's ("his father, Dimitrios, came from Crete"): Dimitrios with the family name he
hands down, not "Laskaris's father"; a mother keeps her own name, so no surname is given her."""
from tests.engine.resolve.said_by import speaker_of

BAKERY = ("Andreas Laskaris, 66, closed the family bakery in Astoria on Saturday after 58 years.\n\n"
          "Andreas Laskaris said his father, Dimitrios, came from Crete in 1961 with a sourdough starter "
          "in a jar. \"My father used to say, 'Bread does not wait for anyone,'\" he said.")


def test_a_quoted_father_named_before_by_given_name_takes_the_family_name():
    assert speaker_of(BAKERY, "Bread does not wait") == "Dimitrios Laskaris"
