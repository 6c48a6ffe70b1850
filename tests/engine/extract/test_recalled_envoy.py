""""Recalled its ambassador" is an act (a cue word's act sense, no clause after it); "recalled that
…" reports words."""


def _statements(engine, text):
    return [a.content.text for a in engine.analyze(text).attributions if a.statement]


def test_an_envoy_recalled_is_an_act(engine):
    text = "The emirate recalled its ambassador from the republic on Sunday and summoned its charge d'affaires."
    assert _statements(engine, text) == []


def test_a_memory_told_is_a_statement(engine):
    text = "The coach recalled that the team had trained in the snow all winter."
    assert "that the team had trained in the snow all winter" in _statements(engine, text)
