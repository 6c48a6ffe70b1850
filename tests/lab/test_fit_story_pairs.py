"""Fitting and measuring the news-pair decision (lab/story_pairs.py): the pieces on made-up numbers, then the
shipped model refitted from eval/pairs and measured on its held-out stories."""
import json
from pathlib import Path

import numpy as np

from sourcetrace.corpus.story.pairs import MODEL_FILE, load_pair_model
from sourcetrace.lab import story_pairs as sp

ROOT = Path(__file__).resolve().parents[2]
PAIRS = ROOT / "eval" / "pairs"


def test_logistic_finds_the_separating_direction():
    rng = np.random.default_rng(3)
    x = rng.normal(size=(400, 3))
    y = (x[:, 0] - 2 * x[:, 2] + rng.normal(scale=0.3, size=400) > 0).astype(float)
    w, _b = sp.logistic(x, y)
    assert w[0] > 0 > w[2] and abs(w[1]) < abs(w[0]) / 4


def test_high_cut_off_needs_enough_pairs_at_the_precision():
    scores = np.linspace(1.0, 0.0, 100)
    y = np.zeros(100)
    y[:40] = 1          # the top 40 are right, then one wrong in every two
    y[40::2] = 1
    assert sp.choose_high(scores, y, 0.95, least=20) == scores[44]   # 43 of the top 45 right; 43 of 46 is not
    assert sp.choose_high(scores, y, 0.95, least=50) == 1.0          # never at 50 pairs or more


def test_high_cut_off_is_judged_at_the_end_of_a_tie():
    scores = np.array([0.9] * 20 + [0.8] * 10)
    y = np.array([1.0] * 19 + [0.0] + [1.0] * 10)
    assert sp.choose_high(scores, y, 0.95, least=5) == 0.8   # 29 of 30 right at 0.8; the tie at 0.9 is one cut


def test_low_cut_off_keeps_the_recall():
    scores = np.array([0.9, 0.8, 0.7, 0.6, 0.5, 0.4])
    y = np.array([1, 0, 1, 1, 0, 1.0])
    assert sp.choose_low(scores, y, 0.75) == 0.6
    assert sp.choose_low(scores, y, 1.0) == 0.4


def test_every_pair_labels_what_the_labels_imply():
    claims = {"s02c01": ("s02", "A"), "s02c02": ("s02", "A said otherwise"), "s02c03": ("s02", "A again"),
              "s02c04": ("s02", "B")}
    labelled = [sp.Pair("A", "A said otherwise", 1, "paraphrase", "s02"),
                sp.Pair("A said otherwise", "A again", 1, "paraphrase", "s02"),
                sp.Pair("A", "B", 0, "different_fact", "s02")]
    got = {frozenset((p.a, p.b)): (p.same, p.kind) for p in sp.every_pair(claims, labelled)}
    assert len(got) == 6
    assert got[frozenset(("A", "A again"))] == (1, "inferred")          # same as the same
    assert got[frozenset(("A again", "B"))] == (0, "inferred")          # another group
    assert got[frozenset(("A", "B"))] == (0, "different_fact")


def test_trims_cut_the_last_phrase_and_keep_enough_words():
    text = "A federal judge in Corvane sentenced the former port director to nine years in prison for bribery"
    (trim,) = sp.trims([sp.Pair(text, text, 1, "verbatim_copy", "s02")])
    assert trim.same == 1 and trim.kind == "trim" and trim.b == text[:text.index(" for bribery")]
    assert sp.trims([sp.Pair("Short claim in town", "x", 0, "k", "s02")]) == []


def test_halves_split_stories_by_parity():
    ps = [sp.Pair("a", "b", 1, "k", f"s{n:02d}") for n in range(1, 7)]
    assert [p.story for p in sp.half(ps, "fit")] == ["s02", "s04", "s06"]
    assert [p.story for p in sp.half(ps, "report")] == ["s01", "s03", "s05"]


def test_refit_gives_the_shipped_model_and_the_held_out_figures(tmp_path):
    """`fit` on eval/pairs writes what the product ships; the held-out stories' figures are what the report
    quotes (pairs.json's `chosen_on` says how the cut-offs were chosen)."""
    claims = sp.read_claims(PAIRS)
    labelled = sp.load_pairs(PAIRS, claims)
    out = tmp_path / "pairs.json"
    sp.fit(claims, labelled, out, precision=0.95, recall=0.75, l2=1.0, least=20)
    fitted, shipped = (json.loads(path.read_text(encoding="utf-8")) for path in (out, MODEL_FILE))
    assert fitted["features"] == shipped["features"] and fitted["chosen_on"] == shipped["chosen_on"]
    for key in ("weights", "bias", "mean", "scale", "high", "low"):   # up to the last digit's rounding
        assert np.allclose(fitted[key], shipped[key], atol=1e-4), key
    report = sp.evaluate(sp.half(labelled, "report"), load_pair_model(out))
    assert report["pairs"] == 210
    assert report["model_low"]["recall"] >= 0.7 and report["model_low"]["precision"] >= 0.65
    kinds = report["kinds"]
    assert kinds["not/different_fact"]["made_or_suggested"] <= 0.1
    assert report["model_high"]["linked"] == 0  # no cut-off holds precision 0.95 over 20 pairs: the model only suggests
    assert all(round(v["made"] * v["n"]) == v["by_same_words"] for v in kinds.values())
    before = sp.evaluate(sp.half(labelled, "report"), None, fused=True)   # the fused score's verdicts
    assert before["pairs"] == 210 and before["same_words_rule"] == report["same_words_rule"]
    assert report["low"]["recall"] > before["low"]["recall"] + 0.5
    assert report["low"]["precision"] > before["low"]["precision"] + 0.5
