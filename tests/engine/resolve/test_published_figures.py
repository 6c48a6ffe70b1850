"""Published numbers are known by their publisher ("figures released by the Kelby Police Department"
is the department's): the source stays a document, named by whose it is and described as the figures."""
from sourcetrace import analyze

FIGURES = ("Burglaries in Kelby rose 40% in the first half of the year, according to figures released "
           "Thursday by the Kelby Police Department.\n")


def sources_of(text):
    r = analyze(text)
    return [(a.content.text, r.source(a.source_id)) for a in r.attributions]


def source_of(text, words):
    return min(((c, s) for c, s in sources_of(text) if words in c), key=lambda cs: len(cs[0]))[1]


def test_figures_released_by_a_body_are_named_by_the_body_and_stay_a_document():
    source = source_of(FIGURES, "Burglaries")
    assert (source.kind, source.name) == ("document", "Kelby Police Department")
    assert source.description.startswith("figures released")


def test_the_body_speaking_afterwards_is_the_body_not_its_figures():
    source = source_of(FIGURES + "\nThe Kelby Police Department said it would add two patrols.\n", "two patrols")
    assert (source.kind, source.name) == ("organization", "Kelby Police Department")


def test_a_report_by_a_body_keeps_its_own_words():
    text = "Burglaries in Kelby rose 40%, according to a report by the Kelby Police Department.\n"
    assert source_of(text, "Burglaries").name.startswith("report")


def test_figures_by_a_body_not_named_keep_their_words():
    text = "Burglaries in Kelby rose 40%, according to figures released by the department last month.\n"
    assert source_of(text, "Burglaries").name.startswith("figures")
