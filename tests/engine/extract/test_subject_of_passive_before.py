"""A cue verb joined to a passive one ("X was asked about …, but said …", "X was taken to hospital
and later told police …") is said by the passive's subject; "it was reported … and" names no one.
Sentences written for the test."""
from sourcetrace import analyze


def _source(text: str, words: str) -> str | None:
    r = analyze(text)
    a = next(a for a in r.attributions if words in a.content.text)
    return r.source(a.source_id).name if a.source_id else None


def test_asked_but_said():
    text = ("The league's chief executive, Tomas Berg, was asked about the dispute with the clubs, "
            "but said he would not discuss it this week.")
    assert _source(text, "would not discuss") == "Tomas Berg"


def test_taken_to_hospital_and_told_police():
    text = ("The driver, Samuel Otieno, was taken to hospital and later told police that the brakes had failed.")
    assert _source(text, "brakes had failed") == "Samuel Otieno"


def test_heckled_but_insisted():
    text = "Minister Aroha Ngata was heckled during the speech but insisted that the reforms would go ahead."
    assert _source(text, "reforms would go ahead") == "Aroha Ngata"


def test_plural_evacuated_and_said():
    text = "Residents of the block were evacuated overnight and said they had smelled gas for days."
    assert _source(text, "smelled gas") is not None


def test_released_on_bail_and_denied():
    text = ("Rafael Quintero Lozano was released on bail on Friday and denied that he had ever met the "
            "two officials.")
    assert _source(text, "ever met") == "Rafael Quintero Lozano"


def test_a_body_fined_and_said():
    text = ("Hallam Water was fined £2m by the regulator and said it accepted the ruling in full.")
    assert _source(text, "accepted the ruling") == "Hallam Water"


def test_questioned_for_hours_and_maintained():
    text = ("Opposition leader Nguyen Thi Lan was questioned for six hours on Tuesday and maintained that "
            "the charges were political.")
    assert "Nguyen" in (_source(text, "charges were political") or "")


def test_it_was_reported_names_no_one():
    text = "It was reported on Monday that the smelter would close, and added that 300 jobs would go."
    r = analyze(text)
    assert all(r.source(a.source_id).name.lower() != "it" for a in r.attributions if a.source_id)
