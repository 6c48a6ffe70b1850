"""A name with the letters after it that the tagger took for a body's ("Helen Adeyemi KC" tagged
an organisation) is a person's name, the letters no part of it: her "she" finds her."""
from sourcetrace import analyze

from said_by import speaker_of

TEXT = ("Opening the prosecution case on Monday, Helen Adeyemi KC said the defendant had lied. "
        "'He would say anything,' she told the jury.")


def test_the_barrister_is_a_person_without_her_letters():
    assert speaker_of(TEXT, "defendant had lied") == "Helen Adeyemi"


def test_her_pronoun_finds_her():
    assert speaker_of(TEXT, "would say anything") == "Helen Adeyemi"


def test_a_body_whose_name_ends_in_capitals_stays_a_body():
    analysis = analyze("Greywater Holdings PLC said the sale had been agreed.")
    assert [analysis.source(a.source_id).kind for a in analysis.attributions] == ["organization"]
