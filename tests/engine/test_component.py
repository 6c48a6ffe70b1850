from sourcetrace.engine.engine import Engine


def test_the_stages_scratch_memory_is_dropped_with_the_doc_analysed():
    engine = Engine("fast")
    doc = engine.nlp("The mayor said the bridge would reopen in May.")
    analysis = engine.analyze_doc(doc)
    assert analysis.attributions and not doc.user_data
    # A second profile on the same doc works from scratch again and agrees on the rule finds.
    assert [a.cue.text for a in Engine("rules", nlp=engine.nlp).analyze_doc(doc).attributions] == ["said"]
