"""Shard files without Ray: what is written is what is read back, and only a marked shard,
computed from the same input, counts as done."""
import subprocess
import sys

from sourcetrace.contract import Analysis, Article, ArticleError, Meta
from sourcetrace.corpus.ray.shards import ShardFiles, input_digest, to_row

ITEMS = [Article(ref="a", text="The mayor said so."), ArticleError(ref="b", reason="binary", message="b: binary")]


def test_a_written_shard_reads_back_as_the_same_results(tmp_path):
    results = [("a", Analysis(ref="a", text="The mayor said so.", meta=Meta(outlet="Gazette", notes=["ç"]))),
               ("b", ArticleError(ref="b", reason="over_budget", message="b: stopped after the 1 s time budget"))]
    files = ShardFiles(tmp_path)
    files.write(7, "d1", [to_row(ref, result) for ref, result in results])
    assert files.is_done(7, "d1")
    back = files.read(7)
    assert [ref for ref, _ in back] == ["a", "b"]
    assert back[0][1].to_json() == results[0][1].to_json() and back[1][1] == results[1][1]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shard-00007.done", "shard-00007.parquet"]


def test_a_shard_without_its_marker_or_from_other_input_is_not_done(tmp_path):
    files = ShardFiles(tmp_path)
    files.write(0, "d1", [to_row("a", Analysis(text="x"))])
    assert not files.is_done(0, "d2")
    files.marker_path(0).write_text("{not json")
    assert not files.is_done(0, "d1")
    files.marker_path(0).unlink()
    assert not files.is_done(0, "d1") and not files.is_done(1, "d1")


def test_the_input_digest_follows_text_and_kind():
    changed = [ITEMS[0].model_copy(update={"text": "The mayor said no."}), ITEMS[1]]
    assert input_digest(ITEMS) == input_digest(list(ITEMS))
    assert input_digest(changed) != input_digest(ITEMS)
    assert input_digest(ITEMS[:1]) != input_digest(ITEMS)


def test_ray_is_loaded_only_when_the_ray_runner_runs():
    script = ("import sys\n"
              "import sourcetrace.corpus.ray_runner, sourcetrace.corpus.ray.actor, sourcetrace.apps.cli\n"
              "print(sorted(m for m in sys.modules if m == 'ray' or m.startswith('ray.')))\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]"
