"""A speech verb with a modal of its own joined to reported words set back in time ("He said the
tenants had hired a lawyer but would not say who") goes on with the narration: it is the first
speaker's, not the reported subject's; a bare joined verb, which may share the "had" ("had ignored
three letters and then denied …"), is left to the reported subject."""
from sourcetrace import analyze

from said_by import speaker_of

LEAD = "Shop owner Dan Mercer has fought the rent rise for a year.\n\n"


def test_a_refusal_after_pluperfect_reported_words_is_the_speakers():
    text = LEAD + "He said the tenants had hired a lawyer but would not say who.\n"
    assert speaker_of(text, "who") == "Dan Mercer"


def test_a_bare_joined_verb_is_the_reported_subjects():
    text = LEAD + "He said the landlord had ignored three letters and then denied receiving them.\n"
    assert speaker_of(text, "receiving them") != "Dan Mercer"


def test_a_refusal_joined_to_words_about_a_thing_is_the_speakers():
    # "decisions" cannot refuse anything: the spokesman refused
    text = "A league spokesman said the referee's decisions were final and refused to discuss the match further."
    assert speaker_of(text, "the match further") == "league spokesman"


def test_a_refusal_read_as_a_second_thing_said_is_the_speakers():
    text = ("A council spokeswoman said the inquiry was ongoing but declined to say whether anyone had been "
            "suspended.")
    assert speaker_of(text, "anyone had been suspended") == "council spokeswoman"


def test_a_refusal_joined_to_words_about_a_person_is_not_the_speakers():
    text = "A league spokesman said the referee had been warned and refused to discuss the match further."
    analysis = analyze(text)
    refused = [a for a in analysis.attributions if a.content.text == "the match further"]
    assert refused and all(a.source_id is None or analysis.source(a.source_id).name != "league spokesman"
                           for a in refused)


def test_the_outer_speaker_keeps_the_name_and_words_set_beside_them():
    text = ("The local MP, Helen Marsh, said the waiting list was 'a scandal that has been building for years' "
            "and called for an independent review.")
    assert speaker_of(text, "independent review") == "Helen Marsh"
    text = ("A spokesman for the operator said its offer of a 4 per cent rise was 'fair and affordable' and "
            "denied that it had broken any agreement.")
    assert speaker_of(text, "broken any agreement") == "spokesman for the operator"
