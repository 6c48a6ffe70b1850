from sourcetrace.lab.evaluate.spans import is_quotation, normalise, tokens

from eval_fixtures import at

TEXT = '“We will win,” she said. “Then we rest.”  The end.'


def test_normalise_trims_quotes_punctuation_and_spaces():
    assert normalise(TEXT, ((0, 15),)) == (at(TEXT, "We will win"),)


def test_normalise_merges_fragments_separated_only_by_punctuation():
    first, second = at(TEXT, "“We will"), at(TEXT, " win,”")
    assert normalise(TEXT, (second, first)) == (at(TEXT, "We will win"),)


def test_normalise_keeps_fragments_apart_when_words_lie_between():
    quote_one, quote_two = at(TEXT, "“We will win,”"), at(TEXT, "“Then we rest.”")
    assert normalise(TEXT, (quote_one, quote_two)) == (at(TEXT, "We will win"), at(TEXT, "Then we rest"))


def test_normalise_keeps_punctuation_only_fragments_but_drops_blank_ones():
    dash_text = "Ann Lee ― “We won.”"
    dash = at(dash_text, " ― ")
    assert normalise(dash_text, (dash,)) == (at(dash_text, "―"),)
    assert tokens(dash_text, normalise(dash_text, (dash,))) == frozenset({dash_text.index("―")})
    assert normalise(TEXT, (at(TEXT, "  "),)) == ()


def test_tokens_name_whole_words_even_when_a_fragment_cuts_one():
    start, _ = at(TEXT, "win")
    assert tokens(TEXT, ((start + 1, start + 3),)) == frozenset({start})
    assert len(tokens(TEXT, (at(TEXT, "We will win,”"),))) == 3


def test_is_quotation_needs_marks_at_both_ends():
    assert is_quotation(TEXT, (at(TEXT, "“We will win,”"),))
    assert is_quotation(TEXT, (at(TEXT, "“We will"), at(TEXT, "“Then we rest.”")))
    assert not is_quotation(TEXT, (at(TEXT, "“We will win"),))
    assert not is_quotation(TEXT, ())
