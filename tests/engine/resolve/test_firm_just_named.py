""""The company", "the family-owned bakery maker", "a spokesperson for the company": a firm called by
a word for one is the firm just made a subject, in its sentence or the one before, not a firm named
in passing (an investor, an analyst's bank) nor a body of another kind."""
from said_by import speaker_of


def test_the_maker_after_its_name_in_the_same_sentence():
    text = ("Brasserie Coulombe Inc. will close its bottling line in Trois-Vallées by March, the family-owned "
            "brewer announced Tuesday, blaming a fall in exports. An analyst with Rideau Capital Markets said "
            "the sector was struggling.\n")
    assert speaker_of(text, "a fall in exports") == "Brasserie Coulombe"


def test_the_company_is_not_the_investor_named_in_passing():
    text = ("OSLO — Bergen-based Fjordlys Sensors, which makes leak detectors for ships, has raised $40 million "
            "in a round led by London investment firm Kestrel Capital, the company announced on Monday.\n")
    assert speaker_of(text, "has raised $40 million") == "Fjordlys Sensors"


def test_a_spokesperson_for_the_company_is_for_the_firm_just_named():
    text = ("Dr. Anna Berg, a biologist at the Kiel Marine Centre, called the findings convincing.\n\n"
            "Zeewindkracht, which operates one of the two farms studied, said it was proud to have helped. "
            "A spokesperson for the company declined to say whether it would change its plans.\n")
    assert speaker_of(text, "whether it would change its plans") == "spokesperson for Zeewindkracht"


def test_a_union_subject_is_no_company():
    text = ("The Allied Dockworkers' Union said the port had ignored safety warnings. The company declined "
            "to comment on the claim.\n")
    assert speaker_of(text, "on the claim") != "Allied Dockworkers' Union"
