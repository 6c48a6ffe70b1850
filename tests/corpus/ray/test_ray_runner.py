"""The Ray runner on a real two-node Ray cluster: the local path's analyses, byte for byte,
every item exactly once, resumption at the shard, and the time budget."""
import os
from pathlib import Path

import pytest

pytest.importorskip("pandas", reason="Ray Data needs pandas (the ray[data] extra)")

from sourcetrace.contract import Analysis, Article, ArticleError
from sourcetrace.corpus.ray_runner import run_ray
from sourcetrace.engine.batch import run_batch
from sourcetrace.settings import Settings

HARBOUR = (Path(__file__).resolve().parents[3] / "examples" / "harbour-strike.txt").read_text(encoding="utf-8")
TEXTS = [
    "The council said the pool would close in March for repairs.",
    "“We will not pay for the new road,” the mayor told reporters on Monday.",
    "According to a report by the water board, 12 wells were contaminated last year.",
    "Police declined to comment. A spokesman for the ministry denied the claims.",
    "The union said its members would strike, but the company did not respond to requests for comment.",
    "Two officials, who asked not to be named, said the deal had collapsed.",
    "The museum reopened on Sunday.",
]
SETTINGS = Settings(time_budget_s=120)


def _sample() -> list[Article | ArticleError]:
    items: list[Article | ArticleError] = [Article(ref=f"text-{i}", text=t) for i, t in enumerate(TEXTS)]
    items.insert(3, ArticleError(ref="broken.bin", reason="binary", message="broken.bin: not text"))
    items.append(Article(text="The governor said the bridge was safe."))  # no ref: named by its place
    return items


def _as_json(results):
    return [(ref, type(r).__name__, r.to_json() if isinstance(r, Analysis) else r.model_dump_json())
            for ref, r in results]


def _shard_files(work_dir: Path) -> dict[str, tuple[int, int]]:
    return {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in sorted(work_dir.glob("shard-*"))}


@pytest.fixture(scope="module")
def first_run(ray_cluster, tmp_path_factory):
    work_dir = tmp_path_factory.mktemp("ray-work")
    # Windows of two shards: shards 0 and 1 go to Ray as one dataset, shard 2 as another.
    results = list(run_ray(_sample(), address=ray_cluster, workers=2, work_dir=work_dir, shard_size=3,
                           window_shards=2, settings=SETTINGS))
    return work_dir, results


def test_ray_gives_the_local_paths_analyses_byte_for_byte(first_run):
    _, on_ray = first_run
    local = list(run_batch(_sample(), workers=1, ordered=True, settings=SETTINGS))
    assert _as_json(on_ray) == _as_json(local)
    refs = [ref for ref, _ in on_ray]
    assert refs == [*(f"text-{i}" for i in range(3)), "broken.bin", *(f"text-{i}" for i in range(3, 7)), "#8"]
    assert sum(isinstance(r, Analysis) and bool(r.attributions) for _, r in on_ray) >= 6


def test_each_shard_is_a_parquet_file_with_a_marker(first_run):
    work_dir, _ = first_run
    names = sorted(p.name for p in work_dir.iterdir())
    assert names == [f"shard-{n:05d}.{suffix}" for n in range(3) for suffix in ("done", "parquet")]


def test_a_rerun_recomputes_only_the_shards_without_a_marker_or_with_changed_input(first_run, ray_cluster):
    work_dir, first = first_run
    before = _shard_files(work_dir)
    (work_dir / "shard-00000.parquet").unlink()
    (work_dir / "shard-00000.done").unlink()
    items = _sample()
    items[7] = Article(ref="text-6", text="The museum reopened on Sunday, the director said.")  # in shard 2

    # One window: shards 0 and 2 to Ray, shard 1 read back between them.
    again = list(run_ray(items, address=ray_cluster, workers=2, work_dir=work_dir, shard_size=3,
                         window_shards=2, settings=SETTINGS))

    after = _shard_files(work_dir)
    untouched = {name for name in before if after.get(name) == before[name]}
    assert untouched == {"shard-00001.done", "shard-00001.parquet"}
    assert set(after) == set(before)
    assert [ref for ref, _ in again] == [ref for ref, _ in first]  # complete, exactly once, in order
    assert _as_json(again[:7]) == _as_json(first[:7]) and _as_json(again[8:]) == _as_json(first[8:])
    assert again[7][1].text.endswith("the director said.") and again[7][1].attributions


def test_an_article_over_the_time_budget_on_ray_is_stopped_and_the_batch_goes_on(ray_cluster, tmp_path):
    slow = "\n\n".join([HARBOUR] * 150)  # about 180 KB: many seconds of parsing
    assert len(slow.encode()) > 150_000
    items = [Article(ref="slow", text=slow), Article(ref="a", text=TEXTS[0]), Article(ref="b", text=TEXTS[1])]
    results = list(run_ray(items, address=ray_cluster, workers=2, work_dir=tmp_path, shard_size=2,
                           settings=Settings(time_budget_s=1)))
    assert [ref for ref, _ in results] == ["slow", "a", "b"]
    assert isinstance(results[0][1], ArticleError) and results[0][1].reason == "over_budget"
    assert all(isinstance(r, Analysis) and r.attributions for _, r in results[1:])


def test_without_an_address_a_local_ray_is_started_and_stopped(tmp_path):
    import ray

    items = [Article(ref="a", text=TEXTS[0])]
    results = run_ray(items, workers=1, work_dir=tmp_path, settings=SETTINGS)
    ref, analysis = next(results)
    assert ray.is_initialized() and ray.cluster_resources()["CPU"] == 1 and len(ray.nodes()) == 1
    assert next(results, None) is None  # the generator ends, and stops the Ray it started
    assert (ref, analysis.attributions[0].cue.text) == ("a", "said") and not ray.is_initialized()


def test_corpus_ingest_through_ray_stores_what_the_local_path_stores(ray_cluster, tmp_path):
    from sourcetrace.corpus.ingest import ingest_items
    from sourcetrace.corpus.store import Store
    articles = [item for item in _sample() if isinstance(item, Article) and item.ref]
    stored = {}
    for engine in ("local", "ray"):
        settings = SETTINGS.model_copy(update={"ray_address": ray_cluster, "ray_work_dir": str(tmp_path / "shards")})
        with Store(str(tmp_path / f"{engine}.duckdb")) as store:
            summary = ingest_items(store, articles, settings=settings, profile="fast", workers=1, engine=engine)
            assert summary.stored == len(articles)
            stored[engine] = store.rows("SELECT a.ref, n.analysis FROM articles a JOIN analyses n "
                                        "ON n.id = a.analysis_id ORDER BY a.ref")
    assert stored["ray"] == stored["local"] and len(stored["ray"]) == len(articles)
