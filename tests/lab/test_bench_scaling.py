from sourcetrace.engine.engine import Engine
from sourcetrace.lab.bench_scaling import many_attributions, stage_seconds

AFTER_PARSE = ["extract", "resolve", "denials", "analysis object", "claims", "audit"]


def test_stage_seconds_names_every_component_and_every_stage_after_the_parse():
    engine = Engine()
    text = many_attributions(30)
    stages = stage_seconds(engine, text)
    assert list(stages) == ["tokenizer", *engine.nlp.pipe_names, *AFTER_PARSE, "after the parse"]
    assert all(seconds >= 0 for seconds in stages.values())
    assert stages["after the parse"] >= max(stages[name] for name in AFTER_PARSE)
    # a text the stages have work in, and one the engine still analyses after the stage-by-stage run
    assert len(engine.analyze(text).attributions) == 30
