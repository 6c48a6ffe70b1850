"""A title is no part of a name: the word before a first name that is no name itself is a post,
whether the lexicon lists it or not, and the titles before an owner's name are no part of a
body known as theirs."""
import pytest

from sourcetrace import analyze


def _only_source(text: str):
    r = analyze(text)
    (a,) = r.attributions
    return r.source(a.source_id)


@pytest.mark.parametrize("title", ["Harbourmaster", "Coroner", "Magistrate", "Lockkeeper"])
def test_an_unlisted_title_before_a_full_name_is_the_role(title):
    source = _only_source(f"{title} Ilse Vandrecht said the channel would reopen within six weeks.")
    assert source.kind == "person" and source.name == "Ilse Vandrecht" and source.description == title


@pytest.mark.parametrize("name", ["Mary Ann Colley", "Lee Hsien Loong"])
def test_a_name_of_three_that_opens_on_a_first_name_is_kept_whole(name):
    assert _only_source(f"{name} said the channel would reopen within six weeks.").name == name


@pytest.mark.parametrize("text, name", [
    ("Prime Minister Anneli Kask's office said the plan was sound.", "Anneli Kask's office"),
    ("Health Minister Declan Rourke's office said the ward would stay open.", "Declan Rourke's office"),
])
def test_an_owner_s_titles_are_no_part_of_the_body_s_name(text, name):
    assert _only_source(text).name == name


def test_a_body_with_no_person_s_name_keeps_its_words():
    assert _only_source("The Prime Minister's office said the plan was sound.").name == "Prime Minister's office"
