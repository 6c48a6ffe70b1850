"""A body's letters and a post before a name ("NFSA Administrator Renata Okafor") are the
person's post, not part of their name; so is an honorific of Pakistan's ("Mian")."""
from said_by import source_of

from sourcetrace.engine.resolve.names import opens_on_letters, post_before_name


def test_letters_then_a_post_then_a_name():
    # where the tagger reads the whole as a body's name, this is what tells a person
    assert opens_on_letters("NRSA Administrator Tove Achebe-Nystrom")
    assert not opens_on_letters("NRSA Administrator Building")
    text = ("RSB Administrator Halvard Mbeki-Strand said the agency would order inspections. "
            "\"We will not wait,\" Mbeki-Strand said.")
    source = source_of(text, "the agency would order inspections")
    assert (source.kind, source.name) == ("person", "Halvard Mbeki-Strand")
    assert source_of(text, "We will not wait").name == "Halvard Mbeki-Strand"


def test_mian_is_an_honorific():
    text = "Mian Tariq Aziz Chaudhry, counsel for the residents, told the court the trees were felled at night."
    assert source_of(text, "the trees were felled").name == "Tariq Aziz Chaudhry"


def test_a_place_and_a_post_before_a_name_tagged_as_a_body():
    assert post_before_name("Barabanki SP Nitin Kumar Bhadauria") == ("Barabanki SP", "Nitin Kumar Bhadauria")
    assert post_before_name("Kano Chamber of Commerce") is None


def test_a_place_and_post_tagged_with_a_name_in_initials_are_cut_from_it():
    assert post_before_name("Kuttanad MLA R. K. Gopinathan Pillai") == ("Kuttanad MLA", "R. K. Gopinathan Pillai")
    assert source_of("Kuttanad MLA R. K. Gopinathan Pillai said he had raised the matter with the minister.",
                     "raised the matter").name == "R. K. Gopinathan Pillai"
