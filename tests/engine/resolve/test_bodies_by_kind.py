"""A word for a body stands for the body the text names, also where no name holds the word: the
name set beside it, a name whose last word says its kind, or the one body holding the words said
of it. Sentences written for the test."""
from sourcetrace.engine.parse import load_nlp
from sourcetrace.engine.resolve.mentions import analyse_mention

from said_by import speaker_of


def _mention(text: str, words: str):
    at = text.index(words)
    return analyse_mention(load_nlp()(text), at, at + len(words))


def test_a_name_beside_the_word_past_the_mention():
    # the extractor may end the source at the word ("The carrier"), before the name beside it
    text = 'The carrier, Brindle Valley Coaches (BVC), said it would keep the route "for now".'
    mention = _mention(text, "The carrier")
    assert (mention.kind, mention.name) == ("organization", "Brindle Valley Coaches")


def test_a_name_beside_the_word_that_is_no_name_is_left():
    text = "The operator, a small family firm, said it would keep the route."
    assert _mention(text, "The operator").name != "a small family firm"


def test_a_union_named_by_whom_it_organises():
    text = ("Cleaners at Harlow Hospital will strike on Monday, the Allied Cleaning Workers announced. "
            "The dispute is over pay that the union says has fallen behind inflation.")
    assert speaker_of(text, "fallen behind") == "Allied Cleaning Workers"


def test_two_unions_named_by_whom_they_organise_leave_the_union_open():
    text = ("The Allied Cleaning Workers and the Hospital Porters Federation both called a strike. "
            "The dispute is over pay that the union says has fallen behind inflation.")
    assert speaker_of(text, "fallen behind") not in ("Allied Cleaning Workers", "Hospital Porters Federation")


def test_a_body_by_the_word_said_of_it():
    text = ("Eastmoor Mental Health opened a clinic in Dunmere on Monday with money from the Dunmere "
            "Ministry of Health. Waits would fall by half, according to the health authority.")
    assert speaker_of(text, "Waits would fall") == "Eastmoor Mental Health"


def test_a_body_that_calls_itself_another_kind_is_not_the_one():
    text = ("The clinic opened with money from the Dunmere Ministry of Health. "
            "Waits would fall by half, according to the health authority.")
    assert speaker_of(text, "Waits would fall") != "Dunmere Ministry of Health"


def test_a_name_beside_the_word_inside_the_mention_the_tagger_did_not_tag():
    text = 'The carrier, Brindle Valley Coaches (BVC), said it would keep the route "for now".'
    mention = _mention(text, "The carrier, Brindle Valley Coaches (BVC)")
    assert (mention.kind, mention.name) == ("organization", "Brindle Valley Coaches")



def test_capitals_joined_by_and_name_a_body_not_a_person():
    text = "Energy and Mines Norland did not respond to a request for comment on the findings."
    mention = _mention(text, "Energy and Mines Norland")
    assert (mention.kind, mention.name) == ("organization", "Energy and Mines Norland")


def test_two_surnames_joined_stay_open():
    text = "Ashby and Kettering did not respond to a request for comment on the findings."
    assert _mention(text, "Ashby and Kettering").kind != "organization"


def test_two_people_joined_stay_two():
    text = "Ann and Bob Whitlow did not respond to a request for comment on the findings."
    assert _mention(text, "Ann and Bob Whitlow").kind == "group"


def test_a_lone_untagged_name_is_still_a_person():
    text = "Ottoline Brask did not respond to a request for comment on the findings."
    assert _mention(text, "Ottoline Brask").kind == "person"


def test_a_firm_holding_the_word_said_of_a_public_body_is_not_it():
    text = ("Brightfjord Energy won the offshore wind tender in May. "
            "The tender was run by an independent panel, according to the energy ministry.")
    assert speaker_of(text, "independent panel") != "Brightfjord Energy"


def test_a_department_named_by_its_portfolios():
    text = ("Forests and Lakes Norland said on Monday that the spring hunt would stay closed. "
            "Trappers say they were never asked. The department said it had held three meetings.")
    assert speaker_of(text, "three meetings") == "Forests and Lakes Norland"


def test_a_department_is_no_firm_named_with_and():
    text = ("Marrow and Finch Ltd. said on Monday that the spring hunt would stay closed. "
            "The department said it had held three meetings.")
    assert speaker_of(text, "three meetings") != "Marrow and Finch"

