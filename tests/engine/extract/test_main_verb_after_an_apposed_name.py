""""The referees' union, the National Basketball Referees Association, called the incident … and said
…": the parser hangs the past tense on the name set beside the subject, and joins the next verb to
the subject noun; both are the name's words, and the speaker's phrase stops before the first verb.
Sentences written for the test."""
from sourcetrace import analyze


def _said(text: str, words: str):
    r = analyze(text)
    a = next(a for a in r.attributions if words in a.content.text)
    return (r.source(a.source_id).name if a.source_id else None), (a.source.text if a.source else None)


def test_called_then_said_after_a_unions_name():
    text = ("The referees' union, the National Basketball Referees Association, called the incident "
            "\"unacceptable at any level of the sport\" and said officials needed stronger protection.")
    assert _said(text, "stronger protection")[0] == "National Basketball Referees Association"


def test_the_speakers_phrase_stops_before_the_verb():
    text = ("The referees' union, the National Basketball Referees Association, called the incident "
            "\"unacceptable at any level of the sport\" and said officials needed stronger protection.")
    assert "called" not in (_said(text, "unacceptable")[1] or "")


def test_a_federation_rejected_then_warned():
    text = ("The miners' federation, the Bolivian Mineworkers Federation, rejected the decree on Friday "
            "and said road blockades would begin within days.")
    assert _said(text, "road blockades")[0] == "Bolivian Mineworkers Federation"


def test_a_growers_body_described_then_said():
    text = ("The growers' body, the Kenya Tea Growers Association, described the levy as \"punitive\" "
            "and said smallholders would be hit hardest.")
    assert _said(text, "smallholders")[0] == "Kenya Tea Growers Association"


def test_a_parent_company_welcomed_then_said():
    text = ("Its parent company, Orwell Holdings, welcomed the ruling and said the plant would reopen "
            "next month.")
    assert _said(text, "plant would reopen")[0] == "Orwell Holdings"


def test_a_lawyer_named_beside_her_post():
    text = ("Her lawyer, Ana Paula Ferreira, described the charges as \"absurd\" and said her client "
            "would appeal.")
    assert _said(text, "would appeal")[0] == "Ana Paula Ferreira"


def test_a_body_with_a_relative_aside_still_announces():
    text = ("The Harbour Trust, which runs the marina, announced on Monday that fees would rise and "
            "said berths would be cut.")
    assert _said(text, "berths would be cut")[0] == "Harbour Trust"


def test_a_regulator_named_beside_its_kind():
    text = ("The state regulator, the Maharashtra Electricity Regulatory Commission, criticised the "
            "tariff plan and said consumers had not been consulted.")
    assert _said(text, "not been consulted")[0] == "Maharashtra Electricity Regulatory Commission"


def test_a_teachers_union_called_the_offer_an_insult():
    text = ("The teachers' union, the National Education Union, called the offer \"an insult\" and said "
            "members would vote on strikes.")
    assert _said(text, "vote on strikes")[0] == "National Education Union"


def test_a_farmers_lobby_branded_the_deal():
    text = ("The farmers' lobby, the Irish Farmers' Association, branded the deal \"a betrayal\" and said "
            "protests would follow.")
    assert _said(text, "protests would follow")[0] == "Irish Farmers' Association"
