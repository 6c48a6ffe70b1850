"""A given name written alone ("Funmi said") is the person the text named in full with it, in
whatever form the text gave the full name: two given names before one surname, a possessive, a
name whose surname is an English word too, a Korean name whose hyphened given name ends on one."""
import pytest

from said_by import speaker_of

CASES = [
    ("Funmi and Tola Adeyemi opened their bakery in Peckham in 2019.\n\n"
     '"We never planned to grow this fast," Funmi said.', "grow this fast", "Funmi Adeyemi"),
    ("Priya and Arjun Mehta, both 34, lost their savings in the scheme.\n\n"
     '"We trusted him completely," Arjun said on Tuesday.', "trusted him", "Arjun Mehta"),
    ("Siobhan and Declan Brennan have farmed the land near Ennis for three decades.\n\n"
     "Declan said the flooding was the worst he had seen.", "worst he had seen", "Declan Brennan"),
    ("Arifur's ton lifts Rajshahi\n\n"
     "Arifur Rahman Sohan's maiden hundred carried Rajshahi to 312 on the opening day.\n\n"
     '"I waited a long time for this one," Arifur said after stumps.', "waited a long time", "Arifur Rahman Sohan"),
    ("Nomvula Dlamini's spaza shop was robbed twice in March.\n\n"
     '"I do not feel safe any more," Nomvula told reporters.', "do not feel safe", "Nomvula Dlamini"),
    ("Care worker Ryan Hope, 29, was on shift when the fire started.\n\n"
     '"The smoke came through the ceiling," Ryan said.', "smoke came through", "Ryan Hope"),
    ("Nurse Grace Field, who has worked at the hospital for 11 years, said staff were exhausted.\n\n"
     '"We are running on empty," Grace added.', "running on empty", "Grace Field"),
    ("Farmer Owen Rice lost 40 sheep in the storm.\n\n"
     '"You cannot plan for that," Owen said.', "cannot plan for that", "Owen Rice"),
    ("Teacher Chloe Marsh said the new timetable left no time for lunch.\n\n"
     '"It is simply not workable," Chloe said.', "simply not workable", "Chloe Marsh"),
]


CASES += [
    ("Care worker Ryan Obi, who found her at the foot of the stairs, said the gate was open.\n\n"
     '"Nobody had checked it," Ryan said.', "Nobody had checked it", "Ryan Obi"),
    ("Security guard Kevin Mould said the cameras had been off for a week.\n\n"
     '"I reported it twice," Kevin said.', "reported it twice", "Kevin Mould"),
    ("Midwife Joy Ledge, 44, said the unit was short of six staff.\n\n"
     '"We cope because we have to," Joy said.', "We cope", "Joy Ledge"),
]


@pytest.mark.parametrize("text,words,name", CASES)
def test_a_given_name_alone_is_the_person_named_in_full_with_it(text, words, name):
    assert speaker_of(text, words) == name


KOREAN = [
    ('"We cannot wait any longer," said Kim Hae-won, a 27-year-old office worker in Seoul.',
     "cannot wait", "Kim Hae-won"),
    ('"The market has turned," said Choi Min-jae, an analyst at Hana Securities.',
     "market has turned", "Choi Min-jae"),
    ('"I was not consulted," said Park Soo-man, who runs a fishing cooperative in Busan.',
     "not consulted", "Park Soo-man"),
    ('Lee Da-in, a nurse in Daegu, said the ward had run out of beds.', "run out of beds", "Lee Da-in"),
    ('"Prices doubled in a month," said Jung Hyun-bin, a shopkeeper in Incheon.',
     "Prices doubled", "Jung Hyun-bin"),
    ('Kang Ha-sun, a student in Gwangju, said she would vote for the first time.',
     "vote for the first time", "Kang Ha-sun"),
    ('"Nobody told us anything," said Yoon Ji-an, whose son was on the ferry.',
     "Nobody told us", "Yoon Ji-an"),
    ('Striker Cho Gue-sung said the team had learned from the defeat.', "learned from the defeat", "Cho Gue-sung"),
    ('"Run it again," says Choi Min-jae, the troupe\'s choreographer, without looking up.', "Run it again",
     "Choi Min-jae"),
    ("Kim Hae-won, a lecturer at Ewha Womans University, argues that the rules favour the agencies.",
     "rules favour the agencies", "Kim Hae-won"),
    ("Park Soo-man, who chairs the cooperative, insists that the catch has fallen by half.", "catch has fallen",
     "Park Soo-man"),
    ("Lee Da-in, the ward's head nurse, warns that the beds are running out.", "beds are running out", "Lee Da-in"),
]


@pytest.mark.parametrize("text,words,name", KOREAN)
def test_a_korean_name_whose_hyphened_given_name_ends_on_an_english_word_is_whole(text, words, name):
    assert speaker_of(text, words) == name


def test_a_name_whose_last_word_the_parser_read_as_an_adverb_is_whole():
    # "Gergely" ends as adverbs do
    text = ("Government spokesman Bodnár Gergely denied that any clinic would close. \"Not one bed goes,\" "
            "Bodnár said.")
    assert speaker_of(text, "any clinic would close") == "Bodnár Gergely"
