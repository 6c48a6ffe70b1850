"""Press-release shapes: a headline that runs a firm's name into its verb, a dateline before the
source, a journal's name the parser split. Sentences written for the test."""
from sourcetrace import analyze


def _speakers(text: str) -> list[str]:
    analysis = analyze(text)
    return [analysis.source(a.source_id).name for a in analysis.attributions if a.source_id]


def test_a_headline_verb_is_no_part_of_the_firm_s_name():
    text = ("Marlow Kitchenware Recalls 9,000 Toasters Over Fire Risk\n\n"
            "Marlow Kitchenware Inc. today announced a recall of about 9,000 toasters. "
            "The company said it had received 12 reports of overheating.")
    assert set(_speakers(text)) == {"Marlow Kitchenware"}


def test_a_last_word_past_the_headline_stays():
    text = ("Drivers to strike\n\nThe United Transport Workers said on Monday its members would strike. "
            "United Transport Holdings said it would not.")
    assert "United Transport Workers" in _speakers(text)


def test_a_dateline_before_the_source_is_no_part_of_it():
    text = ("ACCRA, 3 May 2025 - Adomako Cocoa Holdings Plc today announced that profit rose 12 per cent "
            "in the half year.")
    assert _speakers(text) == ["Adomako Cocoa Holdings"]


def test_the_journal_keeps_the_word_the_parser_hung_elsewhere():
    text = ("A study published Tuesday in the Journal of Freshwater Health found\nthat people who swam "
            "in the lake were more likely to develop rashes.")
    assert _speakers(text) == ["study in Journal of Freshwater Health"]


def test_researchers_short_form_in_brackets_is_no_part_of_them():
    text = ("The researchers, from the Halden Institute of Soil Science (HISS), found that yields fell "
            "by a fifth.")
    assert _speakers(text)[0].rstrip() .endswith("Halden Institute of Soil Science")


def test_a_firm_s_name_the_tagger_missed_set_last_after_a_comma():
    text = ("The developer named by the councillor, Seri Kenanga Properties Sdn Bhd, did not respond to "
            "requests for comment.")
    assert _speakers(text) == ["Seri Kenanga Properties Sdn Bhd"]


def test_the_corporation_in_capitals_is_the_one_firm():
    text = ("Harbour Metro Rail Corporation Limited (HMRCL) today ran its first trial train. An audit found "
            "no defects, the Corporation said.")
    assert _speakers(text)[-1] == "Harbour Metro Rail Corporation Limited"


def test_the_corporation_between_two_firms_is_none_of_them():
    text = ("Harbour Metro Rail Corporation Limited and Kestrel Bus Corporation Limited signed a deal. An "
            "audit found no defects, the Corporation said.")
    assert _speakers(text)[-1] not in ("Harbour Metro Rail Corporation Limited", "Kestrel Bus Corporation Limited")
