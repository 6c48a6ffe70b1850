from sourcetrace import analyze
from sourcetrace.evaluate.convert import predicted_attributions

TEXT = "The minister said that the union had denied that wages would fall."


def test_nested_attributions_are_left_out_as_the_univocal_corpus_would():
    analysis = analyze(TEXT, model="rules")
    cues = sorted(a.cue.text for a in analysis.attributions)
    assert "said" in cues and "had denied" in cues  # the engine reports both
    [scored] = predicted_attributions(analysis)
    assert TEXT[slice(*scored.cue[0])] == "said"
