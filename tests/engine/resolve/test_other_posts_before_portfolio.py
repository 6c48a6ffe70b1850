"""A word that makes a post another one ("shadow", "deputy", "junior", "vice") may stand before the
portfolio, not only right before the post: "Shadow finance minister Dae-jung Park" holds no post
of "the finance minister", who is someone else; the minister himself stays his own post."""
import pytest

from said_by import speaker_of
from sourcetrace.engine.resolve.coref import posts_in
from sourcetrace.engine.resolve.post_holders import post_keys

OTHERS = [
    ("Shadow health secretary Eleanor Pryce said the wards were understaffed. The health secretary, asked "
     "about the case on Tuesday, told MPs he had ordered an urgent review.", "urgent review", "Eleanor Pryce"),
    ("Shadow finance minister Dae-jung Park said the budget was reckless. The finance minister, in a "
     "statement, said growth would recover.", "growth", "Dae-jung Park"),
    ("The opposition's shadow home secretary, Priya Lal, said police numbers had fallen. The home secretary, "
     "questioned by MPs, insisted that crime was down.", "crime", "Priya Lal"),
    ("Deputy police chief Ana Ruiz said the officers had acted lawfully. The police chief, speaking later on "
     "radio, said an inquiry would be held.", "inquiry", "Ana Ruiz"),
]
NAMED_LATER = [
    ("The regulator said it was aware of the report. The health secretary, asked about the case on Tuesday, told "
     "MPs he had ordered an urgent review. Shadow health secretary Eleanor Pryce said the wards were understaffed.",
     "urgent review", "Eleanor Pryce"),
    ("The finance minister told parliament that growth would recover. Shadow finance minister Dae-jung Park said "
     "the forecast was fantasy.", "growth", "Dae-jung Park"),
    ("The police chief said an inquiry would be held. Deputy police chief Ana Ruiz said the officers had acted "
     "lawfully.", "inquiry", "Ana Ruiz"),
    ("The foreign minister said talks would resume. Deputy foreign minister Olena Marchuk said the date was not "
     "fixed.", "talks", "Olena Marchuk"),
]
SAME = [
    ("Finance minister Dae-jung Park said the budget was sound. The finance minister, in a statement, said "
     "growth would recover.", "growth", "Dae-jung Park"),
    ("Health secretary Tom Ellery said the plan was working. The health secretary told MPs he would publish "
     "the figures.", "figures", "Tom Ellery"),
]


@pytest.mark.parametrize("text,words,other", OTHERS)
def test_the_post_is_not_the_other_posts_holder(text, words, other):
    assert speaker_of(text, words) != other


@pytest.mark.parametrize("text,words,other", NAMED_LATER)
def test_the_post_is_not_named_by_the_other_post_named_later(text, words, other):
    assert speaker_of(text, words) != other


def test_the_post_named_later_in_full_is_still_its_holder():
    text = "The mining minister dismissed the report as alarmist. Minister Pavel Korda said the permit was lawful."
    assert speaker_of(text, "alarmist") == "Pavel Korda"


@pytest.mark.parametrize("text,words,holder", SAME)
def test_the_post_is_still_its_holders(text, words, holder):
    assert speaker_of(text, words) == holder


@pytest.mark.parametrize("phrase,post", [("deputy health minister", "minister"), ("shadow finance minister", "minister"),
                                         ("junior trade minister", "minister")])
def test_no_post_of_its_own_word(phrase, post):
    assert post not in posts_in(phrase) and post not in post_keys(phrase)


def test_a_post_after_and_is_its_own():
    assert "minister" in post_keys("vice president and finance minister")
