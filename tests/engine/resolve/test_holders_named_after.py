"""A post the source was cut at, with its holder's name set off by commas before the verb, is that
holder; a surname's particle the parser took for a verb is no head of the name. Sentences written
for the test."""
from said_by import source_of, speaker_of


def test_a_particle_read_as_a_verb_leaves_the_name_whole():
    source = source_of("The chairman of the Amsterdam Port Authority, Hendrik van den Broek, said the strike "
                       "would end.", "strike")
    assert (source.name, source.kind) == ("Hendrik van den Broek", "person")


def test_the_name_after_a_post_cut_at_its_comma():
    source = source_of("The director of the Brazilian Space Agency, Carlos dos Santos, said the launch would "
                       "go ahead.", "launch")
    assert source.name == "Carlos dos Santos"
    assert source.description == "director of the Brazilian Space Agency"


def test_other_particles_and_outlets():
    assert speaker_of("The head of the Portuguese Fishermen's Association, Maria da Graça Pinto, said the "
                      "quota was unfair.", "quota") == "Maria da Graça Pinto"
    assert speaker_of("A spokesman for the Mexican Navy, Admiral José de la Rosa, said the ship had sunk.",
                      "ship") == "José de la Rosa"



def test_the_name_after_a_body_the_parser_cut_with_its_short_form():
    # the tagger takes a word of the body's French name for a verb; the source stops inside it
    assert speaker_of("The spokesman of the ruling Mouvement des patriotes burkinabè (MPB), KABRÉ Wendkouni "
                      "Arsène, accused the opposition of \"running from the vote\".", "running").lower() \
        == "kabré wendkouni arsène"
