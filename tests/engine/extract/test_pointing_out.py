"""", pointing out that …" carries on the speaker's words like ", noting that …": a statement of its
own, not more of the clause before it (a denial stays a denial of what it denied)."""


def _found(engine, text):
    return [(a.content.text, a.stance) for a in engine.analyze(text).attributions if a.statement]


def test_pointing_out_is_its_own_statement(engine):
    found = _found(engine, "The barrister denied that her client drove while using his phone, pointing out that "
                           "he had no previous convictions.")
    assert ("that her client drove while using his phone", "deny") in found
    assert ("that he had no previous convictions", "assert") in found


def test_pointing_at_a_thing_is_no_statement(engine):
    found = _found(engine, "He said the scheme would fail, pointing to a similar scheme in Leeds.")
    assert ("the scheme would fail", "assert") in found
    assert not any(content.startswith("a similar scheme") for content, _ in found)
