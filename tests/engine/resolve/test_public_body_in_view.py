""""The agency said" after the Texas Department of Transportation: a word for a public body is the one
public body named before it; with two named before, none is guessed; one named only later is not it."""
from said_by import speaker_of


def test_the_agency_is_the_one_department_named_before():
    text = ("The Texas Department of Transportation said the bridge would reopen in May. "
            "The agency said repairs cost $4 million.\n")
    assert speaker_of(text, "repairs cost") == "Texas Department of Transportation"


def test_with_two_public_bodies_before_the_agency_is_not_guessed():
    text = ("The Texas Department of Transportation and the Federal Highway Administration inspected the bridge. "
            "The Department of Public Safety closed the road. The agency said repairs cost $4 million.\n")
    assert speaker_of(text, "repairs cost") not in ("Texas Department of Transportation",
                                                     "Department of Public Safety")


def test_a_department_named_only_later_is_not_the_agency():
    text = ("The agency said repairs cost $4 million.\n\n"
            "Engineers from the Texas Department of Transportation will inspect the bridge on Friday.\n")
    assert speaker_of(text, "repairs cost") != "Texas Department of Transportation"
