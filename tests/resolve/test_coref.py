"""Later mentions of an organisation find it: by what an appositive called it, or as "the company"."""
from sourcetrace import analyze


def sources_of(text):
    r = analyze(text)
    return r, [r.source(a.source_id) for a in r.attributions]


def test_an_appositive_role_makes_a_named_organisation_and_finds_it_again():
    text = ("Resolution Copper, the company behind the mine, said it would appeal. "
            "The company has argued that the mine would create 1,400 jobs.")
    r, (said, argued) = sources_of(text)
    assert said is argued and said.kind == "organization" and said.name == "Resolution Copper"


def test_the_company_is_the_firm_named_last_and_not_another_organisation():
    text = ("Acme Corp. said on Monday that it would cut 300 jobs. The union said the cuts were unnecessary. "
            "The company blamed weak demand.")
    r, (acme, union, company) = sources_of(text)
    assert company is acme and union is not acme
