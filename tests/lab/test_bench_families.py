import json

from sourcetrace.lab import bench_families

PLACES = ["Ashford", "Brenton", "Calder", "Dunmore", "Eastleigh", "Fairholm", "Glenrock", "Hartwell"]


def paragraph(k: int, place: str) -> str:
    return (f"Officials in {place} said on day {k} that the river crossing would stay shut while engineers from "
            f"the {place} works department checked {k + 3} cracked piers, and that ferries would run every "
            f"{k + 10} minutes. Traders in {place} said trade had fallen by {k + 20} percent since the closure, "
            f"and the council in {place} promised a grant of {k + 5} thousand to each shop on the quay.")


def test_bench_times_each_kind_and_size_and_counts_what_it_compared(tmp_path, capsys):
    (tmp_path / "train" / "text").mkdir(parents=True)
    (tmp_path / "train" / "text" / "a.txt").write_text("Too short.\n\nTwo paragraphs.", encoding="utf-8")
    story = "\n\n".join(["River crossing shut for repairs"] + [paragraph(k, p) for k, p in enumerate(PLACES)])
    assert 400 <= len(story.split()) <= 700
    (tmp_path / "train" / "text" / "b.txt").write_text(story, encoding="utf-8")
    assert bench_families.main([str(tmp_path), "--sizes", "3", "6", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["story"] == "b"
    rows = result["rows"]
    assert [(r["copies"], r["articles"]) for r in rows] == [("identical", 4), ("identical", 7),
                                                            ("lightly edited", 4), ("lightly edited", 7)]
    for row in rows:
        assert row["largest_family"] == row["articles"] and row["seconds"] > 0
        assert row["compared_pairs"] == sum(row["by_stage"].values()) > 0
