""""According to a study published in the journal Owl Notes … the study found": the journal printed the
study, the study found it; a study is named as a reader cites it, by its author or in its journal, and
the same name holds for "the study" after it ("the paper" is cited as the paper). A report in a paper stays the paper's.
Sentences written for the test."""
from sourcetrace import analyze


def _name(text: str, words: str) -> str:
    r = analyze(text)
    a = min((a for a in r.attributions if words in a.content.text), key=lambda a: len(a.content.text))
    return r.source(a.source_id).name


def test_a_study_in_a_journal_is_the_study_in_it():
    text = ("Corals on the southern reef spawn two weeks earlier, according to a study published on Monday in "
            "the Journal of Reef Ecology. The shift tracked winter sea temperatures, the study found.\n")
    assert _name(text, "spawn two weeks") == "study in Journal of Reef Ecology"
    assert _name(text, "shift tracked") == "study in Journal of Reef Ecology"


def test_a_study_led_by_a_university_is_the_study_by_it():
    text = ("Children raised on farms have less asthma, according to a 20-year study led by the University of "
            "Canterbury Plains. The effect was strongest before age two, the paper found.\n")
    assert _name(text, "less asthma") == "study by University of Canterbury Plains"
    assert _name(text, "strongest before") == "paper"  # "the paper found" is cited as the paper


def test_a_report_by_a_body_is_named_with_the_body():
    text = "Reed beds are shrinking, according to a report by the Orrin Harbour Board.\n"
    assert _name(text, "Reed beds") == "report by Orrin Harbour Board"


def test_an_analysis_by_a_paper_stays_the_paper_s():
    text = "Rents rose by a third in five years, according to an analysis by the Carrow Gazette.\n"
    assert _name(text, "Rents rose") == "Carrow Gazette"
