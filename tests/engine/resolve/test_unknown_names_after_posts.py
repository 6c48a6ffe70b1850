"""A name no list knows set after a post and its field ("Minister of Public Works Bishram Doobay")
is a person's, found where the tagger saw none; the title it carries on never runs back into the
paragraph before (a byline or a masthead), and a hyphened surname's last part is no name (resolve/names.py)."""
from said_by import speaker_of


def test_an_unknown_name_after_a_post_and_its_field_at_a_paragraph_start():
    text = ("Minister backs canal contract\n\nBy Staff Reporter\nRiverside Sentinel\n\n"
            "Minister of Public Works Tarnesh Bhoodai has denied that his ministry favoured a firm in "
            "which his brother holds shares.\n\n"
            "Bhoodai said the tender board had handled every bid.")
    assert speaker_of(text, "favoured a firm") == "Tarnesh Bhoodai"
    assert speaker_of(text, "tender board") == "Tarnesh Bhoodai"


def test_a_hyphened_surname_after_a_post_is_not_cut_to_its_last_part():
    text = ("Chief Executive Officer Kwame Oduro-Mensah said the plant would reopen in June. "
            "\"We owe it to the workers,\" Oduro-Mensah said.")
    assert speaker_of(text, "plant would reopen") == "Kwame Oduro-Mensah"

