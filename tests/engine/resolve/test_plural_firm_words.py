"""A plural word for firms or groups ("Environmental groups", "other companies") speaks for many,
never for the one firm the text named: "the company" is that firm, "groups" are not."""
from said_by import speaker_of

TEXT = ("A quarrying company operating on the ridge, Ridgeline Aggregates Inc., did not answer calls. "
        "Environmental groups have long blamed quarrying for destabilizing slopes in the area.")


def test_groups_are_not_the_firm():
    assert speaker_of(TEXT, "destabilizing slopes") == "Environmental groups"


def test_the_company_is_still_the_firm():
    text = TEXT + " The company said in May that its blasting was within limits."
    assert speaker_of(text, "blasting was within limits").startswith("Ridgeline Aggregates")
