"""A body's name set beside the noun a source is called by is the source's name, though the tagger
saw no organisation in it or the parser hung it on a noun for a body. Sentences written for the test."""
from said_by import source_of


def _read(text: str, words: str):
    source = source_of(text, words)
    return source.name, source.kind


def test_letters_beside_a_word_for_a_body():
    assert _read("The league's referees body, PRO-A, declined to comment on the decisions.",
                 "decisions") == ("PRO-A", "organization")


def test_a_name_beside_a_fund():
    assert _read("The state's pension fund, CalPERS, said it would vote against the deal.",
                 "vote") == ("CalPERS", "organization")


def test_a_name_a_word_for_a_body_carries_beside_a_role():
    assert _read("Veltra's largest shareholder, the state fund Norvest, did not respond to questions about "
                 "the sale.", "questions") == ("Norvest", "organization")
    assert _read("The mine's owner, the state firm Gecamines, said output fell.", "output")[0] == "Gecamines"


def test_a_person_beside_a_body_word_is_left_to_the_person_reading():
    source = source_of("The union's leader, Sipho Dlamini, said the strike would go on.", "strike")
    assert (source.name, source.kind) == ("Sipho Dlamini", "person")


def test_a_name_just_after_a_place_of_business_is_the_business():
    source = source_of("His Riyadh studio, Sadu Works, said the rugs were sold out.", "sold out")
    assert source.kind == "organization" and source.name == "Sadu Works"


def test_no_she_stands_for_the_name_of_her_business():
    source = source_of("Her Riyadh studio, Noor Weaves, employs six weavers. \"It is slow work,\" she said.",
                       "slow work")
    assert source.name != "Noor Weaves"
