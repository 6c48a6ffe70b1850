"""A modal refusal with no subject of its own after a reported clause ("said inspectors had been at
the plant but would not comment on …") is the sayer's silence after the words: the report stops
before it and the non-response is the sayer's. Where the clause has a modal of its own ("said the
council would review it but would not comment") the refusal may be the clause's, and stays there."""
import pytest


def _found(engine, text):
    analysis = engine.analyze(text)
    return [(a.content.text, a.stance, (analysis.source(a.source_id).name if a.source_id else None))
            for a in analysis.attributions if a.statement]


@pytest.mark.parametrize("text, said, who", [
    ("A spokeswoman for the Harbour Board, Tilda Morven, said divers had been at the wreck since Monday but "
     "would not comment on the salvage contract.", "divers had been at the wreck since Monday", "Morven"),
    ("Councillor Bram Eddowes said the tenants had hired a lawyer but would not say who.",
     "the tenants had hired a lawyer", "Eddowes"),
    ("The agency's director, Priya Galloway, said the complaint was being assessed but would not give a "
     "time frame.", "the complaint was being assessed", "Galloway"),
])
def test_the_sayers_refusal_is_cut_from_the_report(engine, text, said, who):
    found = _found(engine, text)
    assert (said, "assert") in [(c, s) for c, s, _ in found]
    assert any(stance == "no_response" and who in (name or "") for _, stance, name in found)


def test_a_refusal_sharing_the_clauses_modal_stays_in_it(engine):
    found = _found(engine, "The mayor, Ines Calloway, said the council would review the plan but would not "
                           "comment on the cost.")
    assert any(c.startswith("the council would review the plan but would not comment") for c, _, _ in found)


def test_a_refusal_with_its_own_subject_is_no_cut(engine):
    found = _found(engine, "Ruth Anselm said the contractor had finished the roof and that it would not comment "
                           "on the delay.")
    assert not any(c == "the contractor had finished the roof" for c, _, _ in found)
