"""A role or a group at "the <word for a body>" whose name does not hold the word ("a spokesman
for the watchdog", "an agency spokeswoman", "officials at the watchdog") is at the one body of
that kind the text names; "the party" and "the agency" find a body by the words only such
bodies' names hold (kinds.json `named_as_kind`, `kind_in_name`)."""
from said_by import speaker_of


def test_a_spokesman_for_the_watchdog():
    text = ("The Independent Office for Public Appointments confirmed it had received a complaint. "
            "A spokesman for the watchdog said it did not comment on live cases.")
    assert speaker_of(text, "live cases") == "spokesman for Independent Office for Public Appointments"


def test_an_agency_spokeswoman():
    text = ("The Food and Drug Administration approved the drug in March. "
            "An agency spokeswoman said the benefits outweighed the risks.")
    assert speaker_of(text, "outweighed the risks") == "spokeswoman for Food and Drug Administration"


def test_the_agency_itself():
    text = ("The Food and Drug Administration approved the drug in March. "
            "The agency said the benefits outweighed the risks.")
    assert speaker_of(text, "outweighed the risks") == "Food and Drug Administration"


def test_officials_at_the_watchdog():
    text = ("The Office of Rail Regulation fined the operator on Monday. "
            "Officials at the watchdog said the fine was fair.")
    assert speaker_of(text, "the fine was fair") == "Officials at Office of Rail Regulation"


def test_the_party_by_its_name_s_last_word():
    text = ("The Peoples' Progress Congress said the vote was rigged. "
            "The party also denied that any of its members had taken money.")
    assert speaker_of(text, "had taken money") == "Peoples' Progress Congress"


def test_a_watchdog_brought_in_unnamed_is_not_another_body():
    text = ("The Carranmore Port Authority awarded the contract. The dockers' union said it would ask the "
            "national procurement watchdog to review the award. A spokesman for the watchdog said the office "
            "does not comment on complaints.")
    assert speaker_of(text, "does not comment") == "spokesman for the watchdog"


def test_two_bodies_of_the_kind_leave_none_guessed():
    text = ("The Office of Rail Regulation and the Competition Commission met on Monday. "
            "A spokesman for the watchdog said the talks went well.")
    assert speaker_of(text, "talks went well") == "spokesman for the watchdog"


def test_a_word_the_name_holds_is_left_as_written():
    text = ("The Hospital Services Board rejected the claims. "
            "A spokeswoman for the board said the longest wait was under six hours.")
    assert speaker_of(text, "under six hours") == "spokeswoman for the board"


def test_no_body_of_the_kind_leaves_the_word():
    text = ("Harlow Foods recalled 9,000 jars of pesto. "
            "The agency said the recall was voluntary.")
    assert speaker_of(text, "recall was voluntary") == "agency"


def test_of_two_bodies_of_the_kind_the_one_in_view():
    text = ("A Cabinet Office minister is under pressure over a contract. Her officials were overruled. "
            "The Independent Office for Public Appointments confirmed it had received a complaint. "
            "A spokesman for the watchdog said it did not comment on live cases.")
    assert speaker_of(text, "live cases") == "spokesman for Independent Office for Public Appointments"


def test_the_kind_by_the_word_a_name_is_headed_by():
    text = ("The Civil Aviation Authority of Nepal grounded the airline on Monday. "
            "The aviation regulator said checks would take a week.")
    assert speaker_of(text, "take a week") == "Civil Aviation Authority of Nepal"


def test_two_names_headed_by_the_kind_leave_none_guessed():
    text = ("The Civil Aviation Authority of Nepal and the Tourism Authority of Nepal met on Monday. "
            "The regulator said checks would take a week.")
    assert speaker_of(text, "take a week") == "regulator"


def test_the_department_is_a_portfolio_named_before_its_country():
    text = ("Transport Canada said it was reviewing the crash on Monday. "
            "The department said it had sent two investigators.")
    assert speaker_of(text, "sent two investigators") == "Transport Canada"


def test_the_utility_is_the_one_body_whose_name_holds_a_utility_s_word():
    text = ("Hydro One said 40,000 customers were without power on Monday. "
            "The utility said crews would work overnight.")
    assert speaker_of(text, "work overnight") == "Hydro One"


def test_a_place_named_as_a_province_is_no_department():
    text = ("Aoife Brennan has waited two years for surgery at University Hospital Ardmore. She considered "
            "travelling to Northern Ireland for treatment. A spokesman for the agency said it was aware "
            "of the delays.")
    assert speaker_of(text, "aware of the delays") == "spokesman for the agency"
