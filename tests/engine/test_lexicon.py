from sourcetrace.engine.lexicon import cue_stance, load_json, word_set


def test_phrasal_verbs_are_looked_up_before_the_bare_verb():
    assert cue_stance("show") == "assert"
    assert cue_stance("show", particle="up") is None
    assert cue_stance("deny") == "deny"
    # A particle with no entry of its own leaves the verb's stance alone.
    assert cue_stance("warn", particle="off") == "warn"


def test_no_word_is_both_a_persons_calling_and_only_a_firms():
    # "the family-owned brewer announced" is the firm just named: a word for a firm alone must not
    # also make its holder a person (person_nouns.txt vs kinds.json firm_words_not_trades)
    assert word_set("person_nouns") & set(load_json("kinds.json")["firm_words_not_trades"]) == set()
