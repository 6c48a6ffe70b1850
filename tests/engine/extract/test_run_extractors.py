"""How finds from several extractors are merged, on finds written for the test."""
import pytest

from sourcetrace.engine.extract import Found, extractors, run_extractors
from sourcetrace.engine.parse import load_nlp

TEXT = "Ana says she liked what he calls a “war of words.” “Stop it,” Ben said."


def at(phrase):
    start = TEXT.index(phrase)
    return (start, start + len(phrase))


@pytest.fixture(scope="module")
def doc():
    return load_nlp()(TEXT)


def register(name, *finds):
    extractors.register(name, func=lambda doc: [Found(**vars(f)) for f in finds])
    return name


def test_a_label_inside_a_content_that_stops_before_its_closing_mark_is_nested(doc):
    label = Found(content=[at("a “war of words.”")], cue=at("calls"), source=at("he"), type="mixed")
    outer = Found(content=[at("she liked what he calls a “war of words")], cue=at("says"), source=at("Ana"))
    kept = run_extractors(doc, [register("t_label", label), register("t_outer", outer)])
    assert sorted(TEXT[f.cue[0]:f.cue[1]] for f in kept) == ["calls", "says"]


def test_a_bare_quote_gives_way_to_a_find_with_a_cue(doc):
    bare = Found(content=[at("Stop it")], cue=None, source=None, type="direct")
    cued = Found(content=[at("Stop it")], cue=at("said"), source=at("Ben"), type="direct")
    kept = run_extractors(doc, [register("t_bare", bare), register("t_cued", cued)])
    assert [f.cue for f in kept] == [at("said")]


def test_an_earlier_find_with_a_cue_keeps_its_place(doc):
    first = Found(content=[at("Stop it")], cue=at("said"), source=at("Ben"), type="direct")
    rival = Found(content=[at("“Stop it,” Ben")], cue=at("Ben"), source=None)
    kept = run_extractors(doc, [register("t_first", first), register("t_rival", rival)])
    assert [f.cue for f in kept] == [at("said")]


def test_a_find_whose_cue_overlaps_a_kept_cue_is_a_rival_even_inside_its_span(doc):
    # Two readings of one cue: the second's content and cue lie within the span of the first's
    # pieces, which would pass for a nested report, but its cue shares the first's words.
    first = Found(content=[at("she liked"), at("a “war of words")], cue=at("he calls"), source=at("Ana"))
    second = Found(content=[at("liked what")], cue=at("calls"), source=None)
    kept = run_extractors(doc, [register("t_pieces", first), register("t_same_cue", second)])
    assert [f.cue for f in kept] == [at("he calls")]
