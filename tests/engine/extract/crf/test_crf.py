"""The shipped CRF loads offline, finds a plain attribution, and still scores as recorded."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from sourcetrace.engine.extract.crf import crf, extract_with
from sourcetrace.engine.extract.crf.tagger import MODELS, cue_rates, model_path
from sourcetrace.lab.train import load_split, score
from sourcetrace.engine.parse import load_nlp

POLNEAR = Path(__file__).resolve().parents[4] / ".." / "shared" / "data" / "polnear"
# Scores are rounded to 0.1; a different spaCy build may move a few spans.
TOLERANCE = 1.0


def test_shipped_model_finds_a_said_attribution():
    doc = load_nlp()("The senator said the bill would pass.")
    found = crf(doc)
    assert len(found) == 1
    attribution = found[0]
    assert doc.text[slice(*attribution.cue)] == "said"
    assert doc.text[slice(*attribution.source)] == "The senator"
    assert "the bill would pass" in doc.text[slice(*attribution.content_span)]
    assert attribution.source_head == 1
    assert 0.0 < attribution.confidence <= 1.0


@pytest.mark.skipif(not (POLNEAR / "dev").is_dir(), reason="PolNeAR not available")
@pytest.mark.parametrize("name", ["crf_fast"])
def test_dev_sample_scores_reproduce(name):
    record = json.loads((MODELS / f"{name}.dev.json").read_text(encoding="utf-8"))
    sample = record["sample"]
    articles, _ = load_split(POLNEAR / "dev", docs=[])
    articles = [a for a in articles if a.name in set(sample["articles"])]
    docs = list(load_nlp().pipe(a.text for a in articles))
    scores = score(articles, docs, extract_with(model_path(name), cue_rates()), name)
    for kind in ("exact", "overlap", "cofenet"):
        for role in ("source", "cue", "content"):
            assert scores[kind][role]["f1"] == pytest.approx(sample["scores"][kind][role]["f1"], abs=TOLERANCE)
    assert scores["cofenet"]["source"]["f1"] > 0


def test_a_soft_wrapped_sentence_is_tagged_as_it_was_unwrapped():
    from sourcetrace.engine.extract.crf.tagger import load_tagger
    from sourcetrace.engine.parse import parse_text
    nlp, tagger = load_nlp(), load_tagger("crf_fast")
    flat = ("Two union officials said on Tuesday that the strike would go ahead before the summer "
            "recess unless the port authority, which runs the docks, met their demands.")
    soft = flat.replace("on Tuesday ", "on \nTuesday ").replace("summer ", "summer \n")

    def tagged(text):
        doc = parse_text(nlp, text)
        spans, confidence = tagger.spans(doc)
        return [(role, doc[s:e].text.split(), round(confidence[(s, e)], 6)) for role, s, e in spans]
    assert tagged(soft) == tagged(flat)
    assert {role for role, _, _ in tagged(flat)} >= {"SRC", "CUE", "CNT"}
