"""Pronouns and "the 52-year-old" find people the article named outside any attribution,
and "he" and "she" only find someone they can stand for."""
from sourcetrace import analyze


def speaker(result, cue_start):
    attribution = next(a for a in result.attributions if a.cue and a.cue.start == cue_start)
    return result.source(attribution.source_id)


def cue_at(text, words):
    return text.index(words)


def test_a_person_named_in_passing_is_found_by_a_later_pronoun_and_age():
    text = ("Maria Santos has run the bakery on Elm Street for twenty years.\n\n"
            "“I have never seen prices like this,” the 52-year-old says.\n\n"
            "Her husband, Joe, is less worried. “We will get through it,” he said.")
    r = analyze(text)
    assert speaker(r, cue_at(text, "says")).name == "Maria Santos"
    joe = speaker(r, cue_at(text, "said"))
    assert (joe.name, joe.description) == ("Joe", "Her husband")


def test_she_skips_a_man_named_since():
    text = ("Maria Lopez said the plan would work.\n\n"
            "Her deputy, Tom Hale, was seen leaving early. “It will not fail,” she said.")
    r = analyze(text)
    assert speaker(r, cue_at(text, "she said") + 4).name == "Maria Lopez"


def test_names_inside_reported_words_are_not_the_next_speaker():
    text = "Tom Hale said Bill Poe would resign by Friday. “It is over,” he said."
    r = analyze(text)
    assert speaker(r, cue_at(text, "he said") + 3).name == "Tom Hale"


def test_two_people_with_one_surname_stay_two():
    text = ("Donna Reyes said the plant would close. Mark Reyes, her brother, said it would not.")
    r = analyze(text)
    assert sorted(s.name for s in r.sources) == ["Donna Reyes", "Mark Reyes"]
