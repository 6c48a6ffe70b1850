"""The shipped matcher on claims written for the test: paraphrases found, near-misses demoted, model offline."""
import os
import subprocess
import sys

import pytest

from sourcetrace.corpus.match.matcher import load_matcher

CLAIMS = [
    ("recruit", "Cuban men are being recruited by the Russian military to fight in Ukraine."),
    ("tax", "Kenya raised its fuel tax by 8 percent in July."),
    ("strike", "About 300 dockworkers walked off the job at the port of Mombasa."),
    ("vaccine", "The health ministry says the new measles vaccine is safe for infants."),
    ("bridge", "The city council approved funding for a new bridge over the river."),
    ("flood", "Heavy rain flooded the main market in Accra on Sunday."),
]


@pytest.fixture(scope="module")
def matcher():
    return load_matcher(CLAIMS)


def test_a_paraphrase_finds_its_claim_first(matcher):
    best = matcher.search("Moscow has been signing up men from Cuba for its war against Ukraine", top=3)
    assert best[0].claim_id == "recruit"
    assert best[0].flags == ()
    best = matcher.search("Measles shots for babies are safe, according to the ministry of health", top=3)
    assert best[0].claim_id == "vaccine"


def test_near_misses_are_flagged_and_scored_below_the_same_pair_without_the_difference(matcher):
    cases = [
        ("The city council did not approve funding for a new bridge over the river.", "bridge", "negation"),
        ("About 3,000 dockworkers walked off the job at the port of Mombasa.", "strike", "number"),
        ("Uganda raised its fuel tax by 8 percent in July.", "tax", "subject"),
    ]
    for query, claim_id, flag in cases:
        found = {m.claim_id: m for m in matcher.search(query, top=6)}
        assert flag in found[claim_id].flags, (query, found[claim_id])
        plain = {m.claim_id: m for m in matcher.search(query, top=6, checks=False)}
        assert found[claim_id].score < plain[claim_id].score
        assert found[claim_id].verdict != "link"


def test_scores_are_probabilities_and_verdicts_follow_the_thresholds(matcher):
    for match in matcher.search("Flooding hit the central market of Accra after a weekend of rain", top=6):
        assert 0.0 <= match.score <= 1.0
        assert match.verdict == matcher.verdict(match.score)
    assert matcher.search("", top=3) is not None
    assert load_matcher([]).search("anything", top=3) == []


def test_the_model_loads_from_the_package_with_the_hub_offline(tmp_path):
    code = ("from sourcetrace.corpus.match.embed import load_model, MODEL_DIR; m = load_model(); "
            "import numpy; print(m.encode(['a harbour strike']).shape[1], MODEL_DIR)")
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "HF_HOME": str(tmp_path), "HTTPS_PROXY": "http://127.0.0.1:9",
           "HTTP_PROXY": "http://127.0.0.1:9"}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    dims, folder = out.stdout.split()
    assert int(dims) > 0 and folder.endswith("corpus/match/model")
