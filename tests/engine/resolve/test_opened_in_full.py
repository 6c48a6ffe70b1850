"""A speaker called by a shorter name is named as the text gives them in full once, wherever the
tagger lost the longer name; never where two longer names open the same way, where the word is
someone's surname, or over the words of places, bodies and headlines."""
import pytest

from said_by import speaker_of

IN_FULL = [
    # named in full only after, or by the first words of a longer name: no tagger entity joins them
    ('"The water came at night," said the farmer. Asked who warned them, Obiageli said: "Nobody." '
     'Obiageli Nwachukwu has farmed the plot since 1998.',
     'Nobody.', 'Obiageli Nwachukwu'),
    ('Lawyers for Ngozi Adaeze Okonkwo filed the appeal. Ngozi Adaeze said she would fight on.',
     'she would fight on', 'Ngozi Adaeze Okonkwo'),
    ('Kwabena said the market would recover. Kwabena Asante Boakye, 47, sells yams in Kumasi.',
     'the market would recover', 'Kwabena Asante Boakye'),
    ('Supporters of Maria Fernanda Quintana Ruiz gathered outside. Maria Fernanda said the vote had been stolen.',
     'the vote had been stolen', 'Maria Fernanda Quintana Ruiz'),
    ('Tevita said the reef had bleached twice. Tevita Fonua Latu dives for the fisheries ministry.',
     'the reef had bleached twice', 'Tevita Fonua Latu'),
    ('A portrait of Ingrid Solveig Aasen hangs in the hall. Ingrid Solveig said she never liked it.',
     'she never liked it', 'Ingrid Solveig Aasen'),
]


@pytest.mark.parametrize("text, words, name", IN_FULL)
def test_a_shorter_name_is_the_name_the_text_gives_in_full(text, words, name):
    assert speaker_of(text, words) == name


@pytest.fixture(scope="module")
def nlp():
    from sourcetrace.engine.engine import Engine
    return Engine().nlp


@pytest.mark.parametrize("text, name", [
    ("Maria Lopez and Maria Ortiz both run stalls.", "Maria"),  # two longer names: no one in particular
    ("Dr Helen Wilson chairs the board. Wilson Mbatha, a porter, disagreed.", "Wilson"),  # also a surname
    ("Kong said the talks in Hong Kong had stalled.", "Hong"),  # a place after one word is no surname
    ("Striker Davies Rules Out Move Abroad\n\nDavies said he was happy.", "Davies"),  # a title-case headline
    ("Ms Tay Mei Ling and her sister Tay Mei Hua run the shop.", "Ms Tay"),  # titles aside, two names
    ("The Rovers Supporters' Trust met on Monday.", "Rovers"),  # a body's words
])
def test_no_longer_name_where_the_text_gives_none_alone(nlp, text, name):
    from sourcetrace.engine.resolve.opened_in_full import opened_in_full
    assert opened_in_full(nlp(text), name) is None


def test_a_place_may_run_on_a_name_of_two_words(nlp):
    from sourcetrace.engine.resolve.opened_in_full import opened_in_full
    doc = nlp("Carlos Pérez García, the mayor, met Hong Kong officials.")
    assert opened_in_full(doc, "Carlos Pérez") == "Carlos Pérez García"


@pytest.mark.parametrize("text, name, full", [
    ("Among the witnesses was Maria Elena CASTRO, a fish seller.", "Maria Elena", "Maria Elena CASTRO"),
    ("The award went to Jean-Luc DUPONT of Brest.", "Jean-Luc", "Jean-Luc DUPONT"),
    ("The stall belongs to Ana Paula SOUZA and her son.", "Ana Paula", "Ana Paula SOUZA"),
])
def test_a_family_name_in_capitals_runs_a_given_name_on(nlp, text, name, full):
    from sourcetrace.engine.resolve.opened_in_full import opened_in_full
    assert opened_in_full(nlp(text), name) == full


@pytest.mark.parametrize("text, name", [
    ("Grace Mensah NHS Trust lead said so.", "Grace Mensah"),  # letters with no vowel: a body's
    ("The case was argued by Nkechi Okonjo KC for the family.", "Nkechi Okonjo"),  # a post after the name
])
def test_capitals_that_are_no_family_name_stay_out(nlp, text, name):
    from sourcetrace.engine.resolve.opened_in_full import opened_in_full
    assert opened_in_full(nlp(text), name) is None
