

def test_a_text_reads_the_same_with_or_without_its_last_line_break(engine):
    """A pasted text or a JSONL record often lacks the line break a file ends with; the analysis must
    not hang on it (the tagger reads it as closed by one), and the text kept is the one given."""
    text = "The bill, Priya Raman said, would cost the firm little."
    bare, filed = engine.analyze(text), engine.analyze(text + "\n")
    assert bare.text == text
    assert [(a.content.text, a.cue.text if a.cue else None) for a in bare.attributions] \
        == [(a.content.text, a.cue.text if a.cue else None) for a in filed.attributions] != []
