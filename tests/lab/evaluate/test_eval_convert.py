from sourcetrace import analyze
from sourcetrace.lab.evaluate.convert import predicted_attributions

TEXT = "The minister said that the union had denied that wages would fall."


def test_nested_attributions_are_left_out_as_the_univocal_corpus_would():
    analysis = analyze(TEXT, model="rules")
    cues = sorted(a.cue.text for a in analysis.attributions)
    assert "said" in cues and "had denied" in cues  # the engine reports both
    [scored] = predicted_attributions(analysis)
    assert TEXT[slice(*scored.cue[0])] == "said"


def test_an_attribution_between_the_pieces_of_a_split_quote_is_scored():
    text = "“We waited,” said Ana Ruiz, adding that wages had not risen. “Nobody wants a strike.”"
    analysis = analyze(text, model="rules")
    quote = next(a for a in analysis.attributions if a.type == "direct")
    assert len(quote.content_parts) == 2  # the quote goes on after the "adding" clause
    cues = sorted(text[slice(*p.cue[0])] for p in predicted_attributions(analysis))
    assert cues == ["adding", "said"]
