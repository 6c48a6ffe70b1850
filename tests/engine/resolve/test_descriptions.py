"""A description stands for whom it describes: "the 58-year-old plumber" for the person just
named, "the force" for the police, "the company" for a firm and never for a union."""
import pytest

from sourcetrace import analyze


def speakers(text):
    r = analyze(text)
    return [r.source(a.source_id) for a in r.attributions]


@pytest.mark.parametrize("recap", ["the 58-year-old plumber", "the first-term councilwoman", "the old keeper"])
def test_a_recap_is_the_person_just_named(recap):
    text = ("Gwen Pryce has worked in Caernon for thirty years.\n\n"
            f'"Nobody can afford the parts now," {recap} said.')
    (plumber,) = speakers(text)
    assert plumber.name == "Gwen Pryce" and plumber.named


def test_a_recap_that_says_otherwise_is_not_who_was_so_described():
    text = ("Ann Roe, the Democratic nominee, said the tax would go. Bill Poe said it would stay.\n\n"
            '"It pays for the schools," the Republican nominee said.')
    ann, bill, nominee = speakers(text)
    assert nominee is bill and nominee is not ann


def test_a_recap_finds_nobody_far_back():
    text = ("Gareth Pryce has fixed boilers in Caernon for thirty years. " + "The valley is quiet. " * 40
            + '\n\n"Nobody can afford the parts now," the 58-year-old plumber said.')
    (plumber,) = speakers(text)
    assert not plumber.named


@pytest.mark.parametrize("text", [
    'Helen Marsh said the shop would close. "I will miss it," the young woman who served at the counter said.',
    "Helen Marsh said the shop would close. The former owner and his sons said they were sorry.",
])
def test_someone_new_or_several_are_not_the_person_named_before(text):
    helen, other = speakers(text)
    assert other is not helen


def test_the_force_is_the_police():
    text = "Westmarch Police said two men had been arrested. The force said it would not name them."
    police, force = speakers(text)
    assert force is police and police.kind == "organization"


def test_a_firm_the_tagger_took_for_a_person_is_the_company():
    # en_core_web_sm tags "Greywater Developments" PERSON.
    text = ("Greywater Developments said the homes would be finished by June. "
            "The company said sales were strong.")
    firm, company = speakers(text)
    assert firm.kind == "organization" and company is firm


def test_a_name_after_a_word_for_a_firm_is_the_company_later():
    text = ("Shares in payments firm Quillpay fell sharply on Tuesday. "
            "The company said it expected a loss.")
    (company,) = speakers(text)
    assert company.name == "Quillpay" and company.named


def test_the_company_is_never_a_union():
    text = ("The Transport and Dock Workers' Union said members would strike. "
            "Halbrook Logistics said it was disappointed. The company said talks would continue.")
    union, firm, company = speakers(text)
    assert company is firm and company is not union


def test_a_firms_first_word_is_the_firm_not_a_person():
    text = 'Brightlane Systems said it had lost a contract. "We will appeal," Brightlane said.'
    firm, again = speakers(text)
    assert again is firm and firm.kind == "organization"


def test_a_role_is_read_up_to_its_preposition():
    text = ("Dana Whitlock, a candidate for mayor, said taxes were too high.\n\n"
            '"She is wrong," the mayor said.')
    dana, mayor = speakers(text)
    assert mayor is not dana


def test_when_is_no_part_of_a_description():
    analysis = analyze("A neighbour on Tuesday said the dog had barked all night.")
    assert [analysis.source(a.source_id).name for a in analysis.attributions] == ["neighbour"]
