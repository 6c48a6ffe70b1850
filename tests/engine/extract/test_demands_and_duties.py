"""Words that report no speech: an imperative inside someone's quote ("Show us where the money
went," she said) is her demand, not a second attribution; what someone should or must say ("the
minister should tell the house whether …") is not what they said."""
from sourcetrace import analyze


def _found(text: str) -> list[tuple[str, bool]]:
    return [(a.cue.text if a.cue else "", a.statement) for a in analyze(text).attributions]


def test_an_imperative_inside_a_quote_is_no_attribution_of_its_own():
    text = ('"Show us where the last 20 billion went," said Dana Ortiz, a farmer.\n\n'
            '"Then tell me what language the nurse should use," the deputy said.\n')
    cues = [cue for cue, _ in _found(text)]
    assert not [c for c in cues if c.lower().endswith(("show", "tell"))]
    assert cues.count("said") == 2


def test_a_verb_joined_to_one_with_a_subject_is_no_imperative():
    text = ("Her son said she played every day. 'She'd sit by the range with the fiddle on her knee and tell us "
            "she was only tuning it,' he said.\n")
    assert any(cue == "tell" for cue, _ in _found(text))


def test_what_someone_should_say_is_no_statement():
    text = "He said the minister should tell the house whether he still commands a majority.\n"
    assert [statement for cue, statement in _found(text) if cue == "should tell"] == [False]
