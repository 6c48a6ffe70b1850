"""A cue whose speaker is whoever might be ("I don't want anyone wondering whether …", "if anybody
asks whether …") reports nobody's words; the quote holding it is still its speaker's."""


def _reports(engine, text):
    return [(a.cue.text if a.cue else None, a.content.text) for a in engine.analyze(text).attributions if a.statement]


def test_anyone_wondering_is_no_question(engine):
    found = _reports(engine, '"I don\'t want anyone wondering whether the council is marking its own homework," '
                             'the mayor, Tobias Renn, said.')
    assert not any(cue == "wondering" for cue, _ in found)
    assert any(cue == "said" for cue, _ in found)


def test_if_anybody_asks_is_no_question(engine):
    found = _reports(engine, "If anybody asks whether the pool is open, the answer is no, the manager, "
                             "Wren Abara, said.")
    assert not any(cue == "asks" for cue, _ in found)
