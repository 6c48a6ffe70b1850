"""Wrapped articles (soft at 72 columns, hard, CRLF) analyse without error and keep their
attributions; checked on a sample of PolNeAR dev articles."""
from pathlib import Path

import pytest

from sourcetrace.lab.wrap import VARIANTS, compare, kept, wrap_text

DEV = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "polnear" / "dev" / "text"


def test_wrapping_changes_only_whitespace():
    text = "A line that is long enough to wrap somewhere along the way, twice or more, surely.\n\nNext."
    for variant in VARIANTS.values():
        wrapped = variant(text)
        assert wrapped.split() == text.split()
    assert all(len(line) <= 30 for line in wrap_text(text, 30, soft=False).split("\n"))
    assert all(line.endswith(" ") for line in wrap_text(text, 30).split("\n")[:2])


def test_a_sample_of_dev_articles_keeps_its_attributions_wrapped():
    if not DEV.is_dir():
        pytest.skip("PolNeAR is not beside the repo")
    texts = [p.read_text(encoding="utf-8") for p in sorted(DEV.glob("*.txt"))[:5]]
    figures = compare(texts)
    assert figures["attributions"] > 20
    for name in VARIANTS:
        assert figures[name]["errors"] == 0
        assert figures[name]["kept_pct"] >= 95, (name, figures[name])


def test_kept_counts_against_the_original():
    from sourcetrace import analyze
    text = "“We will strike,” said Marta Quill.\n\nThe board said it had not taken sides."
    original = analyze(text)
    assert kept(original, original) == (len(original.attributions),) * 2
    assert kept(original, analyze("Nothing here.")) == (0, 0)
