"""A body called by a word for its kind ("the utility", "the group", "the restaurant", "a spokesman
for the operator") is the one body the text names as of that kind; with two, none is guessed.
Sentences written for the test."""
from sourcetrace import analyze


def _speakers(text: str) -> list[str]:
    analysis = analyze(text)
    return [analysis.source(a.source_id).name for a in analysis.attributions if a.source_id]


def test_the_utility_is_the_one_body_named_as_one():
    text = ("Harrowgate Hydro, which supplies power to the valley, said it had cut electricity to 900 homes. "
            "The utility did not respond to questions about its lines.")
    assert _speakers(text)[-1] == "Harrowgate Hydro"


def test_the_utility_between_two_is_none():
    text = ("Harrowgate Hydro said it had cut electricity to 900 homes, and Kestrel Energy said it had cut "
            "power to 400 more. The utility did not respond to questions about its lines.")
    assert "Harrowgate Hydro" not in _speakers(text)[-1] and "Kestrel Energy" not in _speakers(text)[-1]


def test_the_group_is_the_holding_company_before_it_speaks_by_name():
    text = ("Brenmoor Freight Holdings (BFH) lifted profit 12% in the year to March, the group said on Monday. "
            "The Dockers' Federation criticised its shift patterns.")
    assert _speakers(text)[0] == "Brenmoor Freight Holdings"


def test_the_group_with_no_body_so_named_stays_unnamed():
    text = ("Brenmoor Freight lifted profit 12% in the year to March, the group said on Monday.")
    assert _speakers(text)[0] != "Brenmoor Freight Holdings"


def test_a_place_of_business_with_its_name_beside_it():
    text = ("The singer was seen outside a bistro in the old town. The restaurant, Copper Kettle, did not "
            "respond to queries about its cameras.")
    assert _speakers(text)[-1] == "Copper Kettle"


def test_a_chain_named_after_a_participle():
    text = ("The chain named in the complaint, Amber Bowl Group, declined to be interviewed about the recipe.")
    assert _speakers(text) == ["Amber Bowl Group"]


def test_a_role_for_the_operator_is_for_the_one_firm():
    text = ("Drivers at Tollbridge Rail will strike on Monday. A spokesman for the operator said its offer "
            "was fair.")
    assert _speakers(text)[-1] == "spokesman for Tollbridge Rail"


def test_a_role_for_the_operator_between_two_firms_is_left_as_written():
    text = ("Drivers at Tollbridge Rail and Marsh Valley Rail will strike on Monday. A spokesman for the "
            "operator said its offer was fair.")
    assert _speakers(text)[-1] == "spokesman for the operator"


def test_the_company_set_after_a_name_is_that_body_not_the_one_that_spoke():
    text = ("The Office for River Health said its team had been sent. Fenmoor Water Services, the company "
            "contracted to run the pumps, did not answer calls on Monday.")
    assert _speakers(text)[-1] == "Fenmoor Water Services"


def test_the_company_with_no_name_before_the_comma_is_left_to_coreference():
    text = ("The Office for River Health said its team had been sent. On Monday, the company contracted to "
            "run the pumps did not answer calls.")
    assert _speakers(text)[-1] != "Fenmoor Water Services"


def test_a_release_defines_a_body_s_short_forms_in_brackets():
    text = ('ACCRA, 3 May - Adomako Cocoa Holdings Plc ("AdoCoa" or "the Group") today announced results. '
            'Chief executive Kwame Adomako said the year had been hard. The Group warned that prices '
            'could fall. AdoCoa denied reports that it would close a plant.')
    speakers = _speakers(text)
    assert speakers[-2:] == ["Adomako Cocoa Holdings", "Adomako Cocoa Holdings"]
    assert "Kwame Adomako" in speakers  # the chief's surname opens the firm's name: still the chief


def test_quoted_words_in_brackets_after_no_body_define_nothing():
    text = ('The word ("the Group") was used often. The Group warned that prices could fall.')
    assert "Holdings" not in " ".join(_speakers(text))


def test_a_bus_firm_is_a_firm_for_the_company():
    text = ("Drivers will walk out after talks with operator Carrow Buses broke down. Carrow said its offer "
            "was fair. The company also said its rotas met all legal requirements.")
    assert _speakers(text)[-1] == "Carrow Buses"


def test_a_country_s_regulator_on_a_day_is_the_one_commission():
    text = ("Ghana's energy regulator on Monday fined three firms, saying an audit had found abuse. "
            "The Volta Power Oversight Commission said the firms must refund customers. "
            "The Energy Users Forum welcomed the fines.")
    assert _speakers(text)[0] == "Volta Power Oversight Commission"


def test_the_regulator_between_two_commissions_is_none():
    text = ("Ghana's energy regulator on Monday fined three firms, saying an audit had found abuse. "
            "The Volta Power Oversight Commission and the Coastal Water Commission both met on Friday.")
    assert "Commission" not in _speakers(text)[0]


def test_police_in_a_place_is_not_the_one_police_body():
    text = ("The Kelby Constabulary opened an inquiry last year. Police in Hollin Green said a man had "
            "been arrested.")
    assert _speakers(text)[-1] != "Kelby Constabulary"


def test_the_line_s_operator_in_a_lede_is_the_rail_firm_named_after():
    text = ("The upgrade of the coastal railway will not be finished before 2027, the line's operator said on "
            "Thursday. In a statement, Kestrel Rail Infrastructure blamed its signalling supplier, Orrin "
            "Systems. The Coastal Riders' Group said it was disappointed.")
    assert _speakers(text)[0] == "Kestrel Rail Infrastructure"


def test_the_operator_between_a_rail_firm_and_a_bus_firm_is_none():
    text = ("The upgrade will not be finished before 2027, the line's operator said on Thursday. Kestrel Rail "
            "Infrastructure and Orrin Buses both blamed the supplier.")
    assert _speakers(text)[0] not in ("Kestrel Rail Infrastructure", "Orrin Buses")


def test_a_headline_maker_is_the_one_firm_not_a_paper_named_for_a_trade():
    text = ("Sweetener linked to stroke risk; maker disputes results\n\n"
            "The sweetener is sold by Corvell Foods. Corvell rejected the study's conclusions. "
            "The sweetener was named Product of the Year by Grocer Weekly in 2019.")
    assert _speakers(text)[0] == "Corvell Foods"


def test_a_club_called_by_its_first_word():
    text = ("Dunmere Rovers ended Osprey Athletic's unbeaten run with a 2-1 win on Saturday. Osprey said in "
            "a statement later that their captain had broken an ankle.")
    assert _speakers(text)[-1] == "Osprey Athletic"


def test_a_first_word_that_is_someone_s_surname_stays_theirs():
    text = ("Dunmere Rovers ended Osprey Athletic's unbeaten run on Saturday. Their captain, Lena Osprey, "
            "was injured. Osprey said later that she would be back within a month.")
    assert _speakers(text)[-1] != "Osprey Athletic"


def test_the_local_authority_is_the_one_council_named():
    text = ("Dunleary County Council said in a statement that the depot sale followed the usual process. "
            "The local authority also said the offer had been on its website since March.")
    assert _speakers(text) == ["Dunleary County Council", "Dunleary County Council"]


def test_the_local_authority_between_two_councils_is_none():
    text = ("Dunleary County Council said the sale was lawful, and Brackmore Borough Council said it had not "
            "been asked. The local authority also said the offer had been on its website since March.")
    assert _speakers(text)[-1] not in ("Dunleary County Council", "Brackmore Borough Council")


def test_the_company_after_a_union_spoke_is_the_mining_firm():
    text = ("Rescuers reached nine miners trapped at the Selati shaft on Friday, the operator said.\n\n"
            "Marula Copper, which owns the shaft, said all nine were conscious. The Mineworkers' Union said it "
            "had warned managers in May that the roof was cracking. The company denied receiving any warning.")
    speakers = _speakers(text)
    assert speakers[0] == "Marula Copper" and speakers[-1] == "Marula Copper"


def test_the_union_as_owner_of_its_claim_is_the_one_union_named():
    text = ("The Harbour Workers Federation said crews would strike on Monday. "
            "The port's owner rejected the union's claim that crews were overworked.")
    analysis = analyze(text)
    claim = next(a for a in analysis.attributions if a.type == "nominal")
    assert analysis.source(claim.source_id).name == "Harbour Workers Federation"
