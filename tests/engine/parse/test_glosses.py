"""A name glossed in its own script in brackets ("Lin Wei-ting (林威廷)") is parsed as the sentence
reads without the gloss, and the text keeps the gloss at its offsets."""
from sourcetrace import analyze
from sourcetrace.engine.parse import load_nlp, parse_text, text_of
from sourcetrace.engine.parse.glosses import glosses

GLOSSED = ("Harbour Kites left-hander Lin Wei-ting (林威廷) pitched eight scoreless innings on Sunday.\n\n"
           "\"My arm felt light,\" Lin said.\n\n"
           "Rival manager Kao Chih-lin (高志霖) said his batters had no answer.")


def test_a_gloss_in_another_script_is_found_with_the_space_before_it():
    assert [GLOSSED[s:e] for s, e in glosses(GLOSSED)] == [" (林威廷)", " (高志霖)"]
    assert glosses("The ministry (MOEA) said so; Kim (the elder) agreed.") == []


def test_the_glossed_name_keeps_its_clause_and_the_text_its_gloss():
    doc = parse_text(load_nlp(), GLOSSED)
    assert text_of(doc) == GLOSSED
    name = next(t for t in doc if t.text == "ting")
    assert name.dep_ == "nsubj" and name.head.text == "pitched"


NO_HITTER = ("Keelung Stormbirds right-hander Chiang Po-han (江柏翰) threw the first no-hitter of the Island "
             "Baseball League (IBL) season last night, striking out 11 in a 3-0 win.\n\n"
             "\"I did not know until the eighth,\" Chiang said.\n\n"
             "Stormbirds manager Tsai Wen-chiang (蔡文強) said the crowd had carried his pitcher.")


def test_the_surname_alone_is_the_glossed_person_not_another_whose_name_ends_alike():
    # unglossed, the name hangs on the team's and is no one's in view; "Chiang" then ends "Wen-chiang"
    analysis = analyze(NO_HITTER)
    said = next(a for a in analysis.attributions if "until the eighth" in a.content.text)
    assert analysis.source(said.source_id).name == "Chiang Po-han"


def test_a_post_glossed_in_brackets_is_blanked_in_the_parse_copy():
    text = "according to the village mayor (Pulenu'u), Tavita Lemalu. The Naalakkersuisoq (minister) for Fisheries"
    spans = glosses(text)
    assert [text[s:e] for s, e in spans] == [" (Pulenu'u)", " (minister)"]


def test_a_short_form_or_a_bracket_after_no_post_is_kept():
    assert glosses("Group Village Head (GVH) Chanza, and the tree (an oak), fell.") == []


def test_a_name_after_a_glossed_post_speaks():
    analysis = analyze("The fine was set on Monday, according to the village mayor (Pulenu'u), Tavita Lemalu.")
    assert [analysis.source(a.source_id).name for a in analysis.attributions] == ["Tavita Lemalu"]
