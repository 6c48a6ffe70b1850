"""A verb of rejecting with "as" and a thing that is no claim names the thing; it denies nothing said.
"Dismissed the report as fiction" names a claim and stays a denial."""


def test_a_thing_dismissed_as_something_is_an_assertion(stance_of):
    text = 'The opposition alliance dismissed the summit as "a photo opportunity for the president."'
    assert stance_of(text, "the summit", statements_only=True) == "assert"


def test_a_claim_dismissed_as_something_is_a_denial(stance_of):
    text = 'The ministry dismissed the report as "a fairy tale written in a hotel lobby."'
    assert stance_of(text, "the report", statements_only=True) == "deny"


def test_what_deny_takes_is_a_claim_whatever_its_noun(stance_of):
    text = "Senator denies lobbying link as grant row deepens\n\nSenator Ilse Brandt on Monday denied that she had " \
        "discussed the harbour contract with a donor."
    assert stance_of(text, "lobbying link", statements_only=True) == "deny"


def test_a_thing_dismissed_as_an_adjective_is_an_assertion(stance_of):
    text = 'A review in a Perth newspaper dismissed her paintings as "decorative".'
    assert stance_of(text, "her paintings", statements_only=True) == "assert"


def test_a_claim_dismissed_as_an_adjective_is_a_denial(stance_of):
    text = "The minister dismissed the allegations as baseless."
    assert stance_of(text, "the allegations", statements_only=True) == "deny"
