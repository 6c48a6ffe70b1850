"""Checks against the real PolNeAR dev split, read from ../shared (skipped when absent)."""
from pathlib import Path

import pytest

from sourcetrace.lab.evaluate.corpus import load_gold, score_article, summarise, total_tally

DEV = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "polnear" / "dev"

pytestmark = pytest.mark.skipif(not DEV.is_dir(), reason="PolNeAR not in ../shared")


@pytest.fixture(scope="module")
def articles():
    return load_gold(DEV)


def test_every_annotation_file_is_read_and_in_bounds(articles):
    ann_files = [p for p in (DEV / "attributions").glob("*.ann")
                 if (DEV / "text" / f"{p.stem.rpartition('_')[0]}.txt").exists()]
    assert sum(len(a.annotations) for a in articles) == len(ann_files)
    assert len(articles) == len({a.name for a in articles})
    for article in articles:
        for gold in article.annotations:
            for att in gold:
                assert att.content or att.cue
                for start, end in att.source + att.cue + att.content:
                    assert 0 <= start < end <= len(article.text)


def test_gold_scored_against_itself_is_perfect(articles):
    # Only single-annotator articles: with two annotators, one's gold is not the other's.
    single = [a for a in articles if len(a.annotations) == 1]
    summary = summarise(total_tally(score_article(a, a.annotations[0]) for a in single), len(single), "gold")
    for kind in ("exact", "overlap"):
        for role in ("source", "cue", "content"):
            assert summary[kind][role]["f1"] == 100.0
    assert summary["attribution"]["exact"]["f1"] == 100.0


def test_a_second_annotator_agrees_partly(articles):
    shared = [a for a in articles if len(a.annotations) > 1]
    if not shared:
        pytest.skip("no article with two annotators")
    tallies = (score_article(a, a.annotations[1]) for a in shared)
    summary = summarise(total_tally(tallies), len(shared), "annotator")
    assert 30 < summary["overlap"]["content"]["f1"] < 100
    assert summary["exact"]["content"]["f1"] <= summary["overlap"]["content"]["f1"]
