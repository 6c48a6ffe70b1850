"""An "it" opening a clause after a semicolon or a joining word stands for the body that is the
subject of the clause before it, even one only named in passing, not the body that spoke last.
Sentences written for the test."""
from said_by import speaker_of


def test_informed_in_writing_then_it_has_not_commented():
    text = ("The Harbour Authority said on Monday that it had found cracks in the pier. The case has been "
            "passed to the Marine Safety Agency. The agency has been informed in writing; it has not "
            "commented on the referral.")
    assert speaker_of(text, "on the referral") == "Marine Safety Agency"


def test_fined_and_it_said_it_would_appeal():
    text = ("Hallam Council said the bins would be collected on Friday. Tarrow Rail was fined £2m by the "
            "regulator and it said it would appeal.")
    assert speaker_of(text, "would appeal") == "Tarrow Rail"


def test_contacted_but_it_did_not_respond():
    text = ("The ministry said the tender had been fair. Kavango Builders was contacted by this newspaper "
            "but it did not respond to questions about the contract.")
    assert speaker_of(text, "questions about the contract") == "Kavango Builders"


def test_named_in_the_report_and_it_denied():
    text = ("The auditor-general said two firms had been overpaid. Sunrise Medical Supplies was named in "
            "the report, and it denied any wrongdoing.")
    assert speaker_of(text, "wrongdoing") == "Sunrise Medical Supplies"


def test_a_bank_sued_and_it_said():
    text = ("The regulator said it would review the case. Banco Meridional was sued by 40 savers last "
            "year, but it said the claims had no merit.")
    assert speaker_of(text, "no merit") == "Banco Meridional"


def test_a_club_charged_and_it_insisted():
    text = ("The league said the charge followed a review of the match. Dunmore Rovers have been charged "
            "with misconduct, but it insisted its players had done nothing wrong.")
    assert speaker_of(text, "done nothing wrong") == "Dunmore Rovers"


def test_it_said_by_the_body_that_spoke_stays_that_body():
    text = "The Harbour Authority said on Monday that it had found cracks in the pier and that repairs would begin."
    assert speaker_of(text, "cracks in the pier") == "Harbour Authority"


def test_it_with_no_clause_before_is_left_to_the_body_that_spoke():
    text = ("Tarrow Rail said on Monday that services would resume. It added that ticket prices would "
            "not change.")
    assert speaker_of(text, "ticket prices") == "Tarrow Rail"
