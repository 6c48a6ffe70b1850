import json

from sourcetrace.lab import bench
from sourcetrace.settings import PROFILES

TEXTS = ["The mayor said the bridge would reopen in May.",
         "“It is safe,” the engineer said on Tuesday.",
         "Critics disagreed with the plan, according to a report."]


def test_bench_times_parse_and_every_profile(tmp_path, capsys):
    (tmp_path / "text").mkdir()
    for i, text in enumerate(TEXTS):
        (tmp_path / "text" / f"{i}.txt").write_text(text, encoding="utf-8")
    assert bench.main([str(tmp_path), "--limit", "2", "--repeat", "2", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["articles"] == 2
    assert result["words"] == sum(len(t.split()) for t in TEXTS[:2])
    names = [row["name"] for row in result["rows"]]
    assert names == ["spaCy parse", "our parse", *PROFILES]
    for row in result["rows"]:
        assert row["seconds"] > 0 and row["articles_per_s"] > 0 and row["ratio_to_spacy"] > 0
        assert len(row["all_seconds"]) == 2 and row["seconds"] == round(min(row["all_seconds"]), 3)
    rows = {row["name"]: row for row in result["rows"]}
    spacy, ours = (min(rows[name]["all_seconds"]) for name in ("spaCy parse", "our parse"))
    for profile in PROFILES:
        added = (min(rows[profile]["all_seconds"]) - ours) / spacy
        assert rows[profile]["added_to_spacy"] == round(added, 2)
    assert rows["spaCy parse"]["added_to_spacy"] is None and rows["our parse"]["added_to_spacy"] is None


def test_bench_table_and_flat_folder(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(TEXTS[0], encoding="utf-8")
    assert bench.main([str(tmp_path), "--repeat", "1"]) == 0
    out = capsys.readouterr().out
    assert "1 articles" in out and "our parse" in out and "best of 1" in out and "added" in out


def test_bench_rejects_zero_rounds(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(TEXTS[0], encoding="utf-8")
    assert bench.main([str(tmp_path), "--repeat", "0"]) == 2
    assert "--repeat" in capsys.readouterr().err


def test_bench_empty_folder_is_an_error(tmp_path, capsys):
    assert bench.main([str(tmp_path)]) == 2
    assert "no .txt files" in capsys.readouterr().err
