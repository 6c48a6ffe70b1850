"""The batch runner with real worker processes: every item exactly once, whatever happens."""
from pathlib import Path

from sourcetrace.contract import Analysis, Article, ArticleError
from sourcetrace.engine.batch import run_batch
from sourcetrace.settings import Settings

HARBOUR = (Path(__file__).resolve().parents[2] / "examples" / "harbour-strike.txt").read_text(encoding="utf-8")
SHORT = "The council said the pool would close in March."


def _articles(*texts):
    return [Article(ref=f"r{i}", text=t) for i, t in enumerate(texts)]


def test_every_item_comes_out_once_in_order_with_read_errors_passed_through():
    items = [*_articles(SHORT, HARBOUR), ArticleError(ref="bad", reason="binary", message="bad: binary"),
             *_articles(SHORT)[:1]]
    items[-1] = Article(ref="r3", text=SHORT.replace("pool", "library"))
    results = list(run_batch(items, workers=2, ordered=True, settings=Settings(time_budget_s=120)))
    assert [ref for ref, _ in results] == ["r0", "r1", "bad", "r3"]
    assert isinstance(results[2][1], ArticleError) and results[2][1].reason == "binary"
    analyses = [r for _, r in results if isinstance(r, Analysis)]
    assert len(analyses) == 3 and all(a.attributions for a in analyses)
    assert analyses[1].ref == "r1" and analyses[2].text.endswith("library would close in March.")


def test_an_article_over_the_time_budget_is_stopped_and_the_batch_goes_on():
    slow = "\n\n".join([HARBOUR] * 150)  # about 180 KB: seconds of parsing at any speed
    items = _articles(slow, SHORT)
    results = dict(run_batch(items, workers=1, settings=Settings(time_budget_s=1.5)))
    assert isinstance(results["r0"], ArticleError) and results["r0"].reason == "over_budget"
    assert isinstance(results["r1"], Analysis) and results["r1"].attributions


def test_an_engine_fault_or_a_dead_worker_costs_only_its_own_article():
    items = _articles("The mayor said RAISE it.", "The mayor said EXIT now.", SHORT)
    results = dict(run_batch(items, workers=1, settings=Settings(time_budget_s=120),
                             engine_factory="batch_engines:faulty"))
    assert results["r0"].reason == "engine_error" and "KeyError" in results["r0"].message
    assert results["r1"].reason == "engine_error" and "died" in results["r1"].message
    assert isinstance(results["r2"], Analysis)
