"""Wrong speakers labelled by how the engine reached them, in words that say nothing of the text."""
import pytest

from sourcetrace.contract import Analysis, Attribution, Source, Span
from sourcetrace.lab.evaluate.precision import speaker_matches
from sourcetrace.lab.evaluate.speaker_errors import mechanism, mention_kind, name_shape

TEXT = "Lena Varga said the roof leaked. She said the school would close. The mayor said no."


def _said(source_words):
    start = TEXT.index(source_words) if source_words else None
    source = Span(start=start, end=start + len(source_words), text=source_words) if source_words else None
    content = Span(start=TEXT.index("the roof"), end=TEXT.index("the roof") + 15, text="the roof leaked")
    return Attribution(id="a1", source_id="s1", type="indirect", stance="assert", source=source, cue=None,
                       content=content)


@pytest.mark.parametrize("words, kind", [("Lena Varga", "name"), ("She", "pronoun"), ("The mayor", "description"),
                                         (None, "no mention")])
def test_the_kind_of_mention_the_source_was_read_from(words, kind):
    assert mention_kind(_said(words)) == kind


@pytest.mark.parametrize("predicted, gold, shape", [
    ("Jack Hollins", "Alfie Hollins", "relative"), ("Funmi", "Funmi Adeyemi", "shorter"),
    ("Ghanaian rapper Kwesi Mensah", "Kwesi Mensah", "longer"), ("the coach", "Dan Ode", "description for name"),
    ("Dan Ode", "the coach", "name for description"), ("Ana Lind", "Piet Ruys", "other name"), (None, "Ana", "none")])
def test_how_the_predicted_name_stands_to_the_gold_one(predicted, gold, shape):
    assert name_shape(predicted, gold) == shape


def test_whether_the_right_source_was_among_the_analysis_sources():
    analysis = Analysis(text=TEXT, sources=[Source(id="s1", name="Lena Varga", kind="person", named=True),
                                            Source(id="s2", name="mayor", kind="person", named=False)],
                        attributions=[_said("She")])
    assert mechanism(_said("She"), analysis, "the mayor", speaker_matches) == "pronoun, right source exists"
    assert mechanism(_said("She"), analysis, "Ida Berg", speaker_matches) == "pronoun, no right source"
