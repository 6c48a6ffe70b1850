"""A piece the model links to the wrong cue: "denied that …, calling the allegation '…'" is two
finds, the denial's clause its own and the participle's verdict the participle's."""


def test_the_clause_of_another_cue_verb_is_that_verbs_find(engine):
    text = ("Councillor denies steering paving contract to cousin's firm\n\n"
            "Councillor Priya Nandra on Monday denied that she had helped a firm owned by her cousin win a "
            "$1.2 million paving contract, calling the allegation \"a hatchet job dressed up as reporting.\"")
    finds = {a.cue.text: (a.stance, a.content.text) for a in engine.analyze(text).attributions if a.cue}
    assert finds["denied"] == ("deny", "that she had helped a firm owned by her cousin win a $1.2 million paving contract")
    assert "a hatchet job dressed up as reporting" in finds["calling"][1]
    assert "paving contract" not in finds["calling"][1]
