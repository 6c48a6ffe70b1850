from sourcetrace.engine.lexicon import cue_stance


def test_phrasal_verbs_are_looked_up_before_the_bare_verb():
    assert cue_stance("show") == "assert"
    assert cue_stance("show", particle="up") is None
    assert cue_stance("deny") == "deny"
    # A particle with no entry of its own leaves the verb's stance alone.
    assert cue_stance("warn", particle="off") == "warn"
