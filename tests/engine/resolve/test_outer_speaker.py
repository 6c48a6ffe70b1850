"""A speech verb with a modal of its own joined to reported words set back in time ("He said the
tenants had hired a lawyer but would not say who") goes on with the narration: it is the first
speaker's, not the reported subject's; a bare joined verb, which may share the "had" ("had ignored
three letters and then denied …"), is left to the reported subject."""
from said_by import speaker_of

LEAD = "Shop owner Dan Mercer has fought the rent rise for a year.\n\n"


def test_a_refusal_after_pluperfect_reported_words_is_the_speakers():
    text = LEAD + "He said the tenants had hired a lawyer but would not say who.\n"
    assert speaker_of(text, "who") == "Dan Mercer"


def test_a_bare_joined_verb_is_the_reported_subjects():
    text = LEAD + "He said the landlord had ignored three letters and then denied receiving them.\n"
    assert speaker_of(text, "receiving them") != "Dan Mercer"
