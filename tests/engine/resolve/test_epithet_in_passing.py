""""the 61-year-old says" with nobody named as a source before: the person the text last named in
passing ("Marisol Quaye's studio"), and a "says" the parser folded into the epithet is still the cue."""
from sourcetrace import analyze
from sourcetrace.engine.parse import load_nlp
from sourcetrace.engine.resolve.mentions import analyse_mention

from said_by import speaker_of


def speakers(text):
    r = analyze(text)
    return [(a.content.text, r.source(a.source_id)) for a in r.attributions]


def test_an_epithet_says_after_a_name_in_passing_is_that_person():
    text = ("Marisol Quaye's studio in Penhallow is a former lifeboat shed.\n\n"
            '"I grew up above my uncle\'s scrapyard in Dunhaven," the 61-year-old says, pulling off her gloves.')
    ((words, who),) = speakers(text)
    assert words.startswith("I grew up") and who is not None and who.name == "Marisol Quaye"


def test_an_epithet_with_no_name_before_stays_unnamed():
    text = ('"I grew up above my uncle\'s scrapyard in Dunhaven," the 61-year-old says, pulling off her gloves.')
    ((_, who),) = speakers(text)
    assert who is not None and not who.named


def test_someone_unnamed_who_says_who_they_are_takes_that_name():
    text = ('"I\'m Lena Marsh, and I\'ve carried plates here since I was seventeen," announces the woman '
            "laying the tables. She says she will go back to college in the autumn.")
    (_, woman), (_, she) = speakers(text)
    assert woman.name == "Lena Marsh" and she is woman


def test_a_named_speaker_keeps_their_name_whatever_they_say_of_themselves():
    text = '"I\'m Lena Marsh, and I carry plates," said Gavin Ditchley, mimicking his colleague.'
    ((_, who),) = speakers(text)
    assert who.name == "Gavin Ditchley"


def test_a_tabloid_family_epithet_is_the_person_just_named():
    text = ("Widow Maureen Pickering, 78, was asleep upstairs when the raiders forced the back door.\n\n"
            "'I heard this almighty racket and thought the telly had come on by itself,' the gran-of-five told us.\n\n"
            "Doreen Pilbeam, 74, was in tears. The great-gran added: 'I have lived on this street for fifty years.'")
    (_, gran), (_, great) = speakers(text)
    assert gran.name == "Maureen Pickering" and great.name == "Doreen Pilbeam"


def test_a_lone_he_is_not_a_word_in_a_quote_but_the_person_introduced_next():
    text = ('"Flour has gone up, electricity has gone up," Halina Mrozek says.\n\n'
            'Across the bench, a younger man is weighing dough. "She taught me everything," he said, grinning. '
            "Kacper Lis, 23, joined as an apprentice two years ago.")
    (_, halina), (_, he) = speakers(text)
    assert halina.name == "Halina Mrozek" and he.name == "Kacper Lis"


def test_an_age_from_a_town_is_the_person_not_the_town():
    text = ("LAHORE — Muhammad Zubair Khattak took six wickets on the second day.\n\n"
            "\"The ball was reversing from the 40th over and Asif bhai told me to keep it full,\" the "
            "22-year-old from Kohat told reporters after play.\n")
    assert speaker_of(text, "The ball was reversing") == "Muhammad Zubair Khattak"


def test_an_epithet_run_into_the_object_of_a_question_is_the_one_who_replies():
    # the mention as a parse that ran the question's object into the subject gives it
    text = ("Asked whether he feared the sack, the 49-year-old replied: \"You will have to ask the board.\"\n")
    at = text.index("the sack")
    mention = analyse_mention(load_nlp()(text), at, text.index(" replied"))
    assert (mention.name, mention.kind) == ("49-year-old", "person")


def test_the_mountie_is_the_officer_just_named():
    text = ("Const. Marie Beardy patrols the lake alone for most of the winter.\n\n"
            "\"Out here nobody comes for an hour,\" the Mountie said, starting the snowmobile.\n")
    assert speaker_of(text, "nobody comes for an hour") == "Marie Beardy"
