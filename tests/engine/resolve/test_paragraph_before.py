"""A "he"/"she" opening a paragraph is the one person of its sex the paragraph just before names,
though the story never quoted them, where the one the grouping chose is not in view there."""
import pytest

from said_by import source_of, speaker_of

TAKEN = [
    ("Sergeant Paul Grant said the suspect had been followed for weeks.\n\n"
     "On Friday officers detained Kofi Mensah at the airport.\n\n"
     "He said he had been travelling to see his mother.", "see his mother", "Kofi Mensah"),
    ("Spokeswoman Ines Duarte said the company would cooperate with the inquiry.\n\n"
     "The inquiry is led by retired judge Margaret Lee.\n\n"
     "She said hearings would start in May.", "hearings would start", "Margaret Lee"),
    ("Health official Dr. Amina Yusuf said the clinic was safe.\n\n"
     "The complaint was filed by patient Fatima Bello, 41.\n\n"
     "She said she had waited nine hours.", "waited nine hours", "Fatima Bello"),
    ("The Rev. Michael O'Brien said the parish would help.\n\n"
     "The fire destroyed the home of Seamus Gallagher on Sunday.\n\n"
     "He said he had lost everything.", "lost everything", "Seamus Gallagher"),
    ("Senator Maria Gonzalez said the bill had support.\n\n"
     "It was drafted with help from economist Lucia Fernandez.\n\n"
     "“The numbers work,” she said.", "numbers work", "Lucia Fernandez"),
    ("School board chair Linda Park said classes would resume.\n\n"
     "Parents had been told by principal Sarah Kim on Friday.\n\n"
     "She said the building was safe.", "building was safe", "Sarah Kim"),
    ("Union leader Grace Mwangi said the strike would go on.\n\n"
     "Talks were chaired by mediator Esther Wanjiru, a former judge.\n\n"
     "She said both sides had moved.", "both sides had moved", "Esther Wanjiru"),
]


@pytest.mark.parametrize("text, words, who", TAKEN)
def test_the_one_named_in_the_paragraph_before(text, words, who):
    assert speaker_of(text, words) == who


def test_the_pronouns_after_it_in_its_paragraph_go_along():
    text = ("Sergeant Paul Grant said the suspect had been followed for weeks.\n\n"
            "On Friday officers detained Kofi Mensah at the airport.\n\n"
            "He said he had been travelling to see his mother. He said he had never been to Lagos.")
    assert speaker_of(text, "see his mother") == speaker_of(text, "never been to Lagos") == "Kofi Mensah"


KEPT = [
    # no one named in between
    ("Mayor John Smith said the plan was sound.\n\n"
     "The plan was drafted in 2019 by consultants at Arup.\n\n"
     "He said it would save money.", "save money", "John Smith"),
    # two men named: the text does not say which
    ("Mayor John Smith said the plan was sound.\n\n"
     "The contract went to builders Peter Brown and Tom Reid.\n\n"
     "He said it would save money.", "save money", "John Smith"),
    # "his office" before the name: the mayor is still in view
    ("Mayor John Smith said the plan was sound.\n\n"
     "The plan, drawn up for his office by consultant Peter Brown, was approved in May.\n\n"
     "He said it would save money.", "save money", "John Smith"),
    # the one named is of the other sex
    ("Mayor Joan Smith said the plan was sound.\n\n"
     "Councillor Peter Brown opposes it.\n\n"
     "She said it would save money.", "save money", "Joan Smith"),
]


@pytest.mark.parametrize("text, words, who", KEPT)
def test_the_one_chosen_stays(text, words, who):
    assert speaker_of(text, words) == who


DESCRIBED = [
    ("Inspector Helen Ward said the raid had been planned for months.\n\n"
     "Officers arrested a 34-year-old woman at the scene.\n\n"
     "She said she had only been visiting a friend.", "visiting a friend", "34-year-old woman"),
    ("Sergeant Paul Grant said the suspect had been followed for weeks.\n\n"
     "On Friday officers detained a man at the airport.\n\n"
     "He said he had been travelling to see his mother.", "see his mother", "man"),
    ("Mayor Lucy Chen said the park would reopen.\n\n"
     "The playground was designed by a local mother of three.\n\n"
     "She said children had chosen the colours.", "chosen the colours", "mother"),
]


@pytest.mark.parametrize("text, words, who", DESCRIBED)
def test_the_one_described_in_the_paragraph_before(text, words, who):
    source = source_of(text, words)
    assert not source.named and who in source.name


def test_two_described_leave_the_one_chosen():
    text = ("Inspector Helen Ward said the raid had been planned for months.\n\n"
            "Officers arrested a woman and a teenage girl at the scene.\n\n"
            "She said the two had been visiting a friend.")
    assert speaker_of(text, "visiting a friend") == "Helen Ward"
