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


def test_a_first_word_names_the_organisation_and_the_bank_finds_the_one_that_is_a_bank():
    text = ("The Financial Conduct Authority has fined Hartwell Bank £42 million.\n\n"
            "Hartwell said it accepted the findings. The FCA said the failings were serious. "
            "The bank did not comment further.")
    r, (hartwell, fca, bank) = sources_of(text)
    assert hartwell.name == "Hartwell Bank" and hartwell.kind == "organization"
    assert bank is hartwell and fca is not hartwell


def test_with_several_firms_and_none_called_so_the_company_is_not_guessed():
    text = ("Acme Corp. said it would cut jobs. Bolt Industries said it would hire. "
            "The company declined to say how many.")
    r, (acme, bolt, company) = sources_of(text)
    assert company is not acme and company is not bolt


def test_a_person_the_tagger_merged_with_their_organisation():
    # en_core_web_sm tags "Nadia Osei of Transparency Watch" as one organisation.
    text = ('"It is a rounding error," said Nadia Osei of Transparency Watch. '
            "Osei called for criminal charges.")
    r, (said, called) = sources_of(text)
    assert said is called and said.name == "Nadia Osei" and said.kind == "person"


def test_a_document_is_named_with_whoever_published_it():
    text = "Patients waited up to 14 hours for a bed, according to figures published by Westmoor Hospitals Trust."
    r, (figures,) = sources_of(text)
    assert figures.kind == "document" and figures.named
    assert figures.name == "Westmoor Hospitals Trust"  # the author, as a reader credits it
    assert figures.description == "figures published by Westmoor Hospitals Trust"


def test_a_firm_named_only_in_passing_is_the_company_that_then_speaks():
    text = ("Shares in Varnholt Instruments fell 9 per cent on Friday.\n\n"
            "In a statement, the company said demand from carmakers had weakened. "
            "It blamed high interest rates.")
    r, (company, it) = sources_of(text)
    assert company is it and company.name == "Varnholt Instruments" and company.named


def test_a_trust_named_in_passing_is_the_trust():
    text = ("Mary Pell founded the Aldwick Harbour Trust in 1984 and ran it for twenty years. "
            "The trust said it would name its new lifeboat after her.")
    r, (trust,) = sources_of(text)
    assert trust.name == "Aldwick Harbour Trust"


def test_a_crowd_called_the_group_is_not_the_college_it_marched_from():
    text = 'Marchers gathered outside Kellerby College on Sunday. "Enough is enough," the group chanted.'
    r, (group,) = sources_of(text)
    assert group.name != "Kellerby College"


def test_naming_an_organisation_again_in_passing_does_not_make_it_what_it_stands_for():
    text = ("The Orrin Institute said the figures were wrong.\n\n"
            "A report published on Monday found the cuts would cost 900 jobs, contradicting the Orrin Institute. "
            "It said the figures came from ministers.")
    r, (institute, report, it) = sources_of(text)
    assert it is report and institute is not report


def test_an_organisation_is_named_by_a_name_around_or_beside_its_noun():
    text = ("The Allied Energy Workers union said the cuts were a betrayal. "
            "Their union, the Associated Rail Drivers' Union, said drivers would strike.")
    r, (energy, rail) = sources_of(text)
    assert (energy.name, energy.named) == ("Allied Energy Workers union", True)
    assert (rail.name, rail.named, rail.kind) == ("Associated Rail Drivers' Union", True, "organization")


def test_a_document_named_by_its_publisher_in_front_is_named_and_kept_apart_from_another():
    text = ("A Hallam Research poll found Selby four points ahead. "
            "A Corby Institute poll found the race tied. The Hallam Research poll also found turnout rising.")
    r, (hallam, corby, again) = sources_of(text)
    assert hallam.named and hallam.kind == "document" and hallam.name == "Hallam Research poll"
    assert corby is not hallam and again is hallam


def test_the_statement_is_the_word_of_whoever_made_it():
    text = ("In an emailed statement, Clearwell Services said its records were accurate. "
            "The statement added that the firm had passed every inspection since 2019.")
    r, (firm, statement) = sources_of(text)
    assert statement is firm and firm.name == "Clearwell Services"
    assert [s.name for s in r.sources] == ["Clearwell Services"]


def test_a_statement_long_before_is_not_the_one_meant():
    text = ("In a statement, Clearwell Services said its records were accurate. " + "The ward reopened. " * 40
            + "The statement added that staff would be retrained.")
    r, (firm, statement) = sources_of(text)
    assert statement is not firm


def test_a_relative_named_in_full_is_not_the_person_known_by_the_surname():
    text = ("Rudd, 83, kept the light for thirty years. \"It was never lonely,\" Rudd said.\n\n"
            "Her son, David Rudd, a local historian, said his mother rarely spoke of the wreck.")
    r, (mother, son) = sources_of(text)
    assert son is not mother and son.name == "David Rudd" and mother.name == "Rudd"


def test_the_company_is_the_one_source_whose_name_says_firm():
    text = ("Brenlow Hospice said the family had been told. Harrowgate Logistics said it had installed barriers. "
            '"We deeply regret his death," the company said.')
    r, (hospice, firm, company) = sources_of(text)
    assert company is firm and company is not hospice
