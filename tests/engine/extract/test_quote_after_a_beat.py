"""A quote with no cue after one sentence of what a named person does, in its own paragraph, is
that person's ("Mthembu shakes her head. “She did go home …”"), not the last speaker's."""
from sourcetrace import analyze


def speaker(text, words):
    r = analyze(text)
    a = next(a for a in r.attributions if words in a.content.text)
    return r.source(a.source_id) if a.source_id else None


TWO = ("Zanele Mthembu and Annelie van Wyk founded the ambulance service in 2009.\n\n"
       "\"Zanele slept in the van,\" Van Wyk says, laughing. \"I went home.\"\n\n"
       "Mthembu shakes her head. \"She did go home. But she phoned me every hour.\"\n")


def test_a_quote_after_a_named_persons_action_is_theirs():
    assert speaker(TWO, "She did go home").name == "Zanele Mthembu"


def test_a_quote_running_on_with_no_beat_stays_with_the_last_speaker():
    text = TWO.replace("Mthembu shakes her head. ", "")
    assert speaker(text, "She did go home").name == "Annelie van Wyk"


def test_a_beat_with_a_quote_of_its_own_does_not_claim_the_next():
    text = TWO.replace("Mthembu shakes her head. ", "Mthembu shakes her head at \"the van\" story. ")
    who = speaker(text, "She did go home")
    assert who is None or who.name != "Zanele Mthembu"
