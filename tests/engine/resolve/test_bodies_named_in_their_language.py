"""A body named in its own language is called later by the English word for its kind: "the theatre"
is the Teatro dei Pupi Lanzetta, "the foundation" the Fundação Casa Verde, even where the text
first spoke of it unnamed ("the last marionette theatre in the city")."""
from said_by import speaker_of


def test_the_theatre_is_the_teatro_named_with_an_italian_particle():
    text = ("Rosa Pugliese ran the last marionette theatre in the city for fifty years. In 1968 she took over "
            "the Teatro dei Pupi Ferrante from her father.\n\n"
            "The theatre said in a post on its Facebook page that Sunday's show would go ahead.")
    assert speaker_of(text, "show would go ahead") == "Teatro dei Pupi Ferrante"


def test_the_foundation_is_the_fundacao():
    text = ("The Fundação Casa Verde de Apoio Rural paid for the new wells. "
            "The foundation said on Monday that forty villages now had clean water.")
    assert speaker_of(text, "forty villages") == "Fundação Casa Verde de Apoio Rural"


def test_a_theatre_never_named_stays_unnamed():
    text = ("Rosa Pugliese ran the last marionette theatre in the city for fifty years.\n\n"
            "The theatre said in a post on its Facebook page that Sunday's show would go ahead.")
    assert speaker_of(text, "show would go ahead") == "theatre"


def test_a_foundation_whose_name_ends_on_its_kind():
    text = ("The trial was paid for by the Swedish medical foundation Ekvall Stiftelsen. The foundation said "
            "it had no say in how the trial was run.\n")
    assert speaker_of(text, "no say in how") == "Ekvall Stiftelsen"
