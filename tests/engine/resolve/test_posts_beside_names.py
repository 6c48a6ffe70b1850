"""A post set before a titled name by a bare comma ("The Minister for Ports, Shri Anil Gokhale, said")
is that person's, not a second source; "the Minister said" later is the same person."""
from sourcetrace import analyze
from said_by import source_of as speaker


PORTS = ("The Minister for Ports and Shipping, Shri Anil Gokhale, who opened the terminal, said "
         "cargo traffic would double by 2030.\n\n"
         "\"This coast deserves a port that works at night,\" the Minister said.")


def test_the_post_and_the_titled_name_after_it_are_one_person():
    who = speaker(PORTS, "cargo traffic would double")
    assert who.name == "Anil Gokhale" and who.kind == "person"


def test_the_post_again_is_its_holder():
    assert speaker(PORTS, "works at night").name == "Anil Gokhale"


def test_two_people_joined_by_and_stay_two():
    text = "The minister and Shri Anil Gokhale said cargo traffic would double by 2030."
    r = analyze(text)
    a = next(a for a in r.attributions if "cargo traffic" in a.content.text)
    assert r.source(a.source_id).name != "Anil Gokhale"
