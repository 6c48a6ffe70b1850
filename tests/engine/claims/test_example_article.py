"""The issue's acceptance on the example article: once on a hand-made analysis (the
claims stage alone), once through the whole engine."""
import pytest

from example_gold import gold_analysis
from sourcetrace.engine.audit import build_audit
from sourcetrace.engine.claims import build_claims, clusters


def source_names(analysis, ids):
    return [analysis.source(i).name + " " + (analysis.source(i).description or "") for i in ids]


def recruitment_clusters(analysis):
    return [g for g in clusters(analysis.claims)
            if any("recruit" in c.text.lower() for c in g) and any(c.supported_by for c in g)]


def check_acceptance(analysis):
    groups = recruitment_clusters(analysis)
    assert len(groups) == 1, [[c.text[:40] for c in g] for g in groups]
    claim = groups[0][0]
    supporters = " | ".join(source_names(analysis, claim.supported_by))
    assert "generals" in supporters and "Arghandiwal" in supporters and "Alizai" in supporters
    assert len(claim.supported_by) == 3
    assert ["spokesman" in n for n in source_names(analysis, claim.denied_by)] == [True]
    assert ["Defense Ministry" in n for n in source_names(analysis, claim.no_response)] == [True]
    own = [c for c in analysis.claims if c.unattributed]
    assert any("mobilization" in c.text for c in own)
    assert any("almost 200,000" in c.text for c in own)
    money = [q for c in analysis.claims for q in c.quantities if q.text == "$1,500"]
    assert money and (money[0].value, money[0].unit, money[0].per) == (1500, "USD", "month")


def test_claims_stage_on_a_hand_made_analysis(nlp, example_text):
    analysis = gold_analysis(example_text)
    analysis.claims = build_claims(nlp(example_text), analysis)
    analysis.audit = build_audit(analysis)
    check_acceptance(analysis)
    dates = {d.text: d.value for c in analysis.claims for d in c.dates}
    assert dates["last year"] == "2021" and dates["February 24"] == "2022-02-24"
    assert analysis.audit.denials == 1 and analysis.audit.no_responses == 1
    assert analysis.audit.unattributed_claims == 1


@pytest.fixture(scope="module")
def engine_analysis(example_text):
    from sourcetrace import analyze
    from sourcetrace.contract import Meta
    return analyze(example_text, meta=Meta(date="2022-10-03"))


def test_whole_engine_on_the_example(engine_analysis):
    check_acceptance(engine_analysis)
