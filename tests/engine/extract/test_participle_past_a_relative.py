""""The tribunal struck down a law that would have allowed a second term, ruling 5-2 that it violated the
ban": a participle set off by a comma that the parser hung on a relative clause says what the main
clause's subject did, so the tribunal, not the law, is its speaker; one hung on the main verb is
unchanged."""
import pytest


def _speakers(engine, text):
    analysis = engine.analyze(text)
    return {a.content.text: analysis.source(a.source_id).name if a.source_id else None
            for a in analysis.attributions if a.statement}


@pytest.mark.parametrize("text, content, speaker", [
    ("Peru's Constitutional Tribunal on Wednesday struck down a law that would have allowed regional governors to "
     "serve a second consecutive term, ruling 5-2 that it violated the 2015 ban on immediate re-election.",
     "that it violated the 2015 ban on immediate re-election", "Constitutional Tribunal"),
    ("The council approved a plan that would cut bus routes, saying the savings were needed.",
     "the savings were needed", "council"),
])
def test_the_main_subject_speaks_the_participle(engine, text, content, speaker):
    assert speaker in (_speakers(engine, text).get(content) or "")
