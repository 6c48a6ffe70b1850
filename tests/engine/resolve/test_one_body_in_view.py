""""The company said": the one firm of that kind in view. A firm named with and without its legal form is
one firm; one named only after the word first calls it is not in view; with two before it, none is guessed."""
from said_by import speaker_of


def test_a_firm_named_with_and_without_inc_is_one_firm():
    text = ("Corlane Freight to cut 200 jobs\n\n"
            "Corlane Freight Inc. will close its Ashby depot in May, the company said in a filing on Wednesday.\n")
    assert speaker_of(text, "close its Ashby depot") == "Corlane Freight"


def test_the_company_is_the_firm_named_before_it_not_one_named_later():
    # a release's subject line names the firm with what follows a dash; an analyst's firm comes later
    text = ("Subject: Wexcombe Milling plc - annual results\n\n"
            "WEXFORD, 3 May - Wexcombe Milling plc, the flour miller,\ntoday reported a profit of 4m pounds.\n\n"
            "The company said it expected wheat prices to stay high.\n\n"
            "Analyst Ruth Odell of Pennard Securities said the results were strong.\n")
    assert speaker_of(text, "wheat prices to stay high") == "Wexcombe Milling"


def test_two_firms_named_before_leave_the_company_unnamed():
    text = ("Shares in Wexcombe Milling plc and Pennard Foods plc rose on Monday.\n\n"
            "The company said it expected wheat prices to stay high.\n")
    assert speaker_of(text, "wheat prices to stay high") not in ("Wexcombe Milling", "Pennard Foods")


def test_a_trade_in_capitals_before_a_firm_is_no_part_of_its_name():
    text = "Haulier Dunmarra Freight, which employed the driver, denied that it had ignored the warnings.\n"
    assert speaker_of(text, "ignored the warnings") == "Dunmarra Freight"
