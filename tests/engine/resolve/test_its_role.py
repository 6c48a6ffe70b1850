"""A role owned by "its" is the role at the body the sentence before is about."""
from sourcetrace import analyze


def _speakers(text: str) -> list[str]:
    analysis = analyze(text)
    return [analysis.source(a.source_id).name for a in analysis.attributions if a.source_id]


def test_its_coordinator_is_the_charity_s_coordinator():
    text = ("Local charity Harvest Bridge has handed out 300 food parcels since May. "
            "Its coordinator could not be reached for comment.")
    assert _speakers(text) == ["Harvest Bridge's coordinator"]


def test_its_spokesman_is_the_firm_s_spokesman():
    text = "Kestrel Energy cut power to 900 homes. Its spokesman said crews would work overnight."
    assert _speakers(text) == ["Kestrel Energy's spokesman"]


def test_a_person_the_tagger_takes_for_a_body_owns_no_its_role():
    text = "Maya Holt opened the Lantern cafe in 2019. Its manager said trade was slow."
    assert "Maya Holt's manager" not in _speakers(text)


def test_a_thing_before_owns_no_role_by_name():
    text = "The storm flattened the old barn on Tuesday. Its owner said he would rebuild."
    assert _speakers(text) == ["Its owner"]
