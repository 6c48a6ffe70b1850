"""A headline's words with no speaker are the speaker's who says them again in the story, where one
speaker does; over an interview whose answers are one person's, a headline quote is theirs; where
the story gives the words to two people, or to no one, the headline keeps no speaker."""
import pytest

from said_by import source_of, speaker_of

ECHOED = [
    # a headline quote before a colon and a description, the quote given again in the body
    ('"We will not sell the harbour": port chief\n\n'
     'The port authority met on Monday. "We will not sell the harbour, not this year, not ever," '
     'Marguerite Okafor, the authority\'s chair, told reporters.',
     'We will not sell the harbour', 'Marguerite Okafor'),
    # "X does A, says B" with the quoted part the body's own words
    ('Supreme Court frees activist, says detention was "plainly arbitrary"\n\n'
     'NAIROBI — The Supreme Court of Kenya on Tuesday ordered the release of activist Wanjiku Mwangi. '
     'Chief Justice Amos Kariuki said her detention had been "plainly arbitrary" from the first day.',
     'plainly arbitrary', 'Amos Kariuki'),
    # single quote marks, the body's words longer than the headline's
    ("Reserve bank holds rates, says pause is 'not the end of tightening'\n\n"
     "WELLINGTON — The Reserve Bank kept its cash rate at 5.5% on Wednesday.\n\n"
     "\"This is a pause, not the end of our tightening,\" deputy governor Hemi Tautahi said.",
     'not the end of tightening', 'Hemi Tautahi'),
    # a quote before a dash, given again in the body as an indirect statement
    ("‘The mine will close by June’ — union leader\n\n"
     "KITWE — Copper workers have not been paid since March. Bwalya Mulenga, who leads the miners' "
     "union, told the Copperbelt Times the mine would close by June unless wages were paid.",
     'The mine will close by June', 'Bwalya Mulenga'),
    # a headline kicker naming a family, one of whom says the words
    ('"They gave us our mother back": the Okonkwos after the ruling\n\n'
     'The family had waited nine years. "They gave us our mother back," Chidi Okonkwo said outside '
     'the court in Enugu.',
     'They gave us our mother back', 'Chidi Okonkwo'),
]


@pytest.mark.parametrize("text, words, name", ECHOED)
def test_a_headlines_words_are_theirs_who_say_them_in_the_story(text, words, name):
    assert speaker_of(text, words) == name


INTERVIEW = (
    "'The river is our road': a ferry master on twenty years of crossings\n\n"
    "Nguyen Thi Lan has run the ferry at Cần Thơ for twenty years. She spoke to the Delta Review.\n\n"
    "Q: How has the river changed?\n\n"
    "A: It is lower every dry season. We used to carry trucks in March; now we carry motorbikes.\n\n"
    "Q: Will the new bridge end the ferry?\n\n"
    "A: People said that about the last bridge. The ferry is cheaper, and it goes where bridges do not.\n"
)


def test_a_headline_quote_over_an_interview_is_the_interviewees():
    assert speaker_of(INTERVIEW, "The river is our road") == "Nguyen Thi Lan"


UNPINNED = [
    # two speakers say the headline's words: no one in particular
    ('"No more delays": residents and council\n\n'
     '"No more delays," said resident Tomasz Wierzbicki. Councillor Aisha Rahman said, "No more delays, '
     'we agree."',
     'No more delays'),
    # the body never gives the words again, and no interview: the headline keeps no speaker
    ('"A lost decade for the valley": farmers count the cost\n\n'
     'Maize prices fell for a third year. Farmer Joseph Banda said his harvest had halved.',
     'A lost decade for the valley'),
]


@pytest.mark.parametrize("text, words", UNPINNED)
def test_a_headline_no_one_or_two_people_say_again_keeps_no_speaker(text, words):
    assert source_of(text, words) is None


LABELLED = [
    ('"Nobody reads the small print": Q&A with consumer lawyer Nomvula Dube\n\n'
     'Nomvula Dube has sued banks in Johannesburg for 22 years. She retired in May.\n\n'
     'Q: Why did you take the job?\n\n'
     'A: Because my mother cleaned the courthouse. I wanted to see the other side of the door.\n\n'
     'Q: What would you change?\n\n'
     'A: Interpreters. Half the accused cannot follow their own trial.\n',
     'Nobody reads the small print', 'Nomvula Dube'),
    ('"I am not there to win friends": Q&A with criminal lawyer Luca Ferri\n\n'
     'Luca Ferri opened his first shop in Turin at 23. He talked to us about bread and debt.\n\n'
     'Q: How did you start?\n\n'
     'A: With a loan from my aunt and one oven. I slept in the back room for two years.\n\n'
     'Q: Would you do it again?\n\n'
     'A: Yes, but I would ask for a bigger loan.\n',
     'I am not there to win friends', 'Luca Ferri'),
]


@pytest.mark.parametrize("text, words, name", LABELLED)
def test_a_piece_label_after_the_colon_is_no_speaker(text, words, name):
    assert speaker_of(text, words) == name
