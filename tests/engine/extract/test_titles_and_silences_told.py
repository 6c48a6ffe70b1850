"""What is no statement though it looks like one: a work's title set off after the word for the work
(a question mark, a translation in brackets and all), a title inside a cue's subject, and a silence
the reporter tells ("has never said how much", "the report does not say whether")."""
from sourcetrace import analyze


def _found(text: str) -> list[tuple[str, str, bool]]:
    return [(a.stance, a.content.text, a.statement) for a in analyze(text).attributions]


def test_a_leaflets_title_ending_on_a_question_mark_is_no_quote():
    text = ('The group organised the march. Its leaflet, "Bellfield Under Water?", has been delivered '
            'to every house.\n')
    assert not [f for f in _found(text) if "Under Water" in f[1] and f[2]]


def test_a_memoirs_title_with_its_translation_in_brackets_is_no_quote():
    text = ("His memoir, “Het licht van de dijk” (The Light of the Dike), sold more than 30,000 "
            "copies.\n")
    assert not [f for f in _found(text) if "licht" in f[1] and f[2]]


def test_a_title_inside_the_cues_subject_is_not_what_the_cue_reports():
    text = ("Dunmore Dairies will cut 90 jobs.\n\nThe company's annual report, \"Growing Together\", "
            "published in March, had warned that the group's reliance on UK retail customers was its "
            "\"single largest commercial risk\".\n")
    found = _found(text)
    assert not [f for f in found if f[1] == "Growing Together"]
    assert any(f[1].startswith("that the group's reliance") for f in found)


def test_a_silence_over_years_is_no_refusal_to_answer():
    text = "The company has never said how much water the plant draws from the river.\n"
    assert not [f for f in _found(text) if f[0] == "no_response" or f[2]]


def test_what_a_report_leaves_out_is_no_refusal_to_answer():
    text = ("The study counted 212 admissions. The report does not say whether the clinics were "
            "told of the results.\n")
    assert not [f for f in _found(text) if f[0] == "no_response"]


def test_a_person_who_did_not_say_whether_still_withheld_an_answer():
    text = "The minister did not say whether she had seen the memo.\n"
    assert [f[0] for f in _found(text)] == ["no_response"]
