"""Speakers a reader would name: a person's name over the title beside it, a firm named beside a
noun for it, and a reporter named after a sentence-final cue."""
import pytest


def _speakers(engine, text):
    analysis = engine.analyze(text)
    return {a.content.text: (analysis.source(a.source_id).name if a.source_id else None)
            for a in analysis.attributions}


def test_the_name_not_the_title_beside_it_is_the_canonical_name(engine):
    got = _speakers(engine, "Maria Osei, a Registered Nurse at the hospice, said the beds were all taken.")
    assert got == {"the beds were all taken": "Maria Osei"}


def test_a_firm_named_beside_a_noun_for_it_is_the_source(engine):
    got = _speakers(engine, "The tenants lost their appeal. Their landlord, Brackwater Holdings, denied that it "
                            "had ignored the repairs.")
    assert got.get("that it had ignored the repairs") == "Brackwater Holdings"


@pytest.mark.parametrize("text, content, speaker", [
    ("The depot will be sold to a logistics firm, reports TradeWire.", "The depot will be sold to a logistics firm",
     "TradeWire"),
    ("The paper mill will close in June, reported the Courier.", "The paper mill will close in June", "Courier"),
])
def test_a_reporter_named_after_a_sentence_final_cue_is_the_speaker(engine, text, content, speaker):
    assert _speakers(engine, text) == {content: speaker}


def test_a_surname_shared_by_a_father_and_daughter_stays_with_the_one_not_introduced_as_kin(engine):
    text = ("Tom Okafor, 58, has run the ferry for thirty years. His daughter, Ada Okafor, 19, said she would "
            "take it over. \"She knows the river better than I do,\" Okafor said.")
    assert _speakers(engine, text)["She knows the river better than I do"] == "Tom Okafor"


def test_a_fronted_participle_phrase_is_never_the_source(engine):
    from sourcetrace.engine.extract.base import Found
    from sourcetrace.engine.extract.precision import judge
    from sourcetrace.engine.parse import parse_text

    text = "Speaking from a stage at the headquarters, the governor promised new roads."
    doc = parse_text(engine.nlp, text)
    cue = text.index("promised")
    misread = Found(content=[(cue + 9, len(text) - 1)], cue=(cue, cue + 8), source=(0, cue - 1))
    alone = Found(content=[(cue + 9, len(text) - 1)], cue=(cue, cue + 8), source=(0, text.index(",")))
    judged = judge(doc, [misread])[0]
    assert text[judged.source[0]:judged.source[1]] == "the governor"
    assert doc[judged.source_head].text == "governor"
    assert judge(doc, [alone])[0].source is None


@pytest.mark.parametrize("text, quote, speaker", [
    ("Lena Brandt, 31, said the ward was full. The couple's newborn daughter, Ivy, was moved to intensive care on "
     "Monday. \"We were terrified,\" she said.", "We were terrified", "Lena Brandt"),
    ("Omar Haddad, the mayor, thanked the crews. His 3-year-old son, Sami, was there too. \"They worked all "
     "night,\" he said.", "They worked all night", "Omar Haddad"),
])
def test_a_pronoun_never_stands_for_a_baby_or_small_child(engine, text, quote, speaker):
    assert _speakers(engine, text)[quote] == speaker


def test_she_never_stands_for_a_rally(engine):
    text = ("Ines Carvalho, a midwife, joined the march. The rally demanded an end to the closures. "
            "\"We want our maternity unit back,\" she said.")
    assert _speakers(engine, text)["We want our maternity unit back"] == "Ines Carvalho"


def test_a_body_named_after_a_place_is_an_organisation_that_it_stands_for(engine):
    # the tagger reads "Redmoor Fire" as a person's name here
    text = ("Redmoor Fire and Rescue Service said it was disappointed by the ruling and would study it carefully. "
            "It added that its social media policy had been rewritten.")
    got = _speakers(engine, text)
    assert got["that its social media policy had been rewritten"] == "Redmoor Fire and Rescue Service"
