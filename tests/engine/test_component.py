from sourcetrace.engine.parse import load_nlp
from sourcetrace.engine.component import build_analysis


def test_the_stages_scratch_memory_is_dropped_with_the_doc_analysed():
    doc = load_nlp()("The mayor said the bridge would reopen in May.")
    analysis = build_analysis(doc, "fast")
    assert analysis.attributions and "sourcetrace_scratch" not in doc.user_data
    # A second profile on the same doc works from scratch again and agrees on the rule finds.
    assert [a.cue.text for a in build_analysis(doc, "rules").attributions] == ["said"]
