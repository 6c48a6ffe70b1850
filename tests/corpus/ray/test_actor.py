"""The actor's bookkeeping without Ray: items travel as JSON, and an article without a ref is
named by its place in the whole input, as the local path names it."""
from sourcetrace.contract import Analysis, Article, ArticleError
from sourcetrace.corpus.ray.actor import _with_ref, item_ref, shard_row


def test_a_shard_row_carries_every_item_and_which_are_errors():
    items = [Article(ref="a", text="x"), ArticleError(ref="b", reason="binary", message="b: binary")]
    row = shard_row(4, 256, items)
    assert (row["shard"], row["first"], row["errors"]) == (4, 256, [False, True])
    assert Article.model_validate_json(row["items"][0]) == items[0]
    assert ArticleError.model_validate_json(row["items"][1]) == items[1]


def test_an_item_without_a_ref_is_named_by_its_input_position():
    assert item_ref(Article(text="x"), 70) == "#70" and item_ref(Article(ref="a", text="x"), 70) == "a"


def test_an_error_from_the_actors_own_stream_is_renamed_to_the_input_position():
    # The actor's one-worker batch numbers articles in its own stream ("#3"); the input has it at 70.
    over = ArticleError(ref="#3", reason="over_budget", message="#3: stopped after the 1 s time budget")
    assert _with_ref(over, "#70") == ArticleError(ref="#70", reason="over_budget",
                                                  message="#70: stopped after the 1 s time budget")
    fault = ArticleError(ref="#3", reason="engine_error", message="text: the engine failed on this text")
    assert _with_ref(fault, "#70").message == "text: the engine failed on this text"
    analysis = Analysis(text="x")
    assert _with_ref(analysis, "#70") is analysis
