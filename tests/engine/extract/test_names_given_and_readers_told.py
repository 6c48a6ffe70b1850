"""A person given a name ("calls him Uncle Hamadi") is what they go by, no statement; a telephone
number to call tells the reader, no one's words; a family asking that donations be made is its request."""
from sourcetrace import analyze


def _statements(text: str) -> list[tuple[str, str]]:
    return [(a.cue.text if a.cue else "", a.content.text) for a in analyze(text).attributions if a.statement]


def test_a_name_someone_goes_by_is_no_statement():
    assert not _statements("Everyone at the market calls him Uncle Faisal.\n")
    assert not _statements("His teammates called him simply Big Tomas.\n")


def test_a_verdict_on_someone_is_still_words():
    assert _statements("The senator called him a liar.\n")


def test_a_family_asking_for_donations_is_its_request():
    text = "Visitation is Friday at Lakeside Chapel. The family asks that donations be made to the Ely Food Pantry.\n"
    assert [s for s in _statements(text) if s[0] == "asks"]


def test_a_number_to_call_is_no_statement():
    text = "Tickets for the gala are available by calling the box office on 01632 960 511.\n"
    assert not [s for s in _statements(text) if s[0] == "calling"]


def test_a_request_of_people_is_still_words():
    assert _statements("The mayor asked that residents stay indoors until the storm passed.\n")


def test_a_notice_to_readers_is_no_statement():
    text = ("Readers are advised that this article contains the name of a person who has died.\n\n"
            "Viewers are warned that the footage below is distressing.\n")
    assert not _statements(text)


def test_what_the_reader_is_told_to_do_something_for_is_no_statement():
    text = ("The rangers were named team of the year in 2021.\n\n"
            "To report a ghost net or a tangled turtle, call the rangers' hotline on 1800 555 019.\n")
    assert not _statements(text)


def test_a_reason_for_someone_elses_act_is_still_words():
    assert _statements("To explain the delay, the minister said the contractor had gone bankrupt.\n")
