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


def test_a_firm_whose_shares_are_the_subject_is_just_named():
    text = ("Shares in Pellworth fell by a tenth on Tuesday after the furniture retailer warned that sales "
            "would fall short of forecasts.\n\n"
            "Marta Oyelaran, an analyst at Brickfield Capital, said the warning was \"a shock\".\n")
    assert speaker_of(text, "sales would fall") == "Pellworth"


def test_a_group_qualified_by_its_trade_is_the_firm_just_named():
    text = ("Marlow Vale Health cut 300 jobs on Monday, and the hospital system said "
            "admissions had slowed in the autumn.\n")
    assert speaker_of(text, "admissions had slowed") == "Marlow Vale Health"


def test_a_located_trade_is_the_firm_whose_shares_fell_not_a_broker_named_later():
    text = ("Shares in Pellworth fell by a tenth on Tuesday after the furniture group warned on profits.\n\n"
            "In a trading update, the York-based retailer said sales in the six weeks to Christmas had "
            "fallen 4 per cent.\n\n"
            "Marta Oyelaran, an analyst at Brickfield Capital, said the warning was \"a shock\".\n")
    assert speaker_of(text, "sales in the six weeks") == "Pellworth"



def test_the_board_is_the_body_just_made_a_subject_whose_name_says_no_kind():
    text = ("Rugby Fiji said on Monday that the national sevens squad would tour Europe in June. The board also "
            "announced that the women's team would get full contracts.\n")
    assert speaker_of(text, "full contracts") == "Rugby Fiji"


def test_a_qualified_board_is_not_the_subject_just_named():
    text = ("The Pine Hollow Fire had burned about 2,000 acres by Tuesday and was 10% contained, according to "
            "the state forestry board.\n")
    assert speaker_of(text, "contained") != "Pine Hollow Fire"


def test_the_firm_named_beside_a_subject_word():
    text = ("Kelvin Surveys Ltd, which inspected the ward, said the wiring was unsafe. Councillors approved "
            "the plan on Friday. St Bede's Hospital said the ward would close for a year. The builder, Harrowgate Construction "
            "Ltd, was hired in the spring. The firm did not answer questions on Monday about the delay.\n")
    assert speaker_of(text, "questions on Monday") == "Harrowgate Construction"
