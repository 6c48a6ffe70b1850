""""Her daughter, Nilmini …, said her mother had insisted": the daughter's mother is the person
she was introduced as the daughter of, not someone new; a parent of the other sex is not."""
from said_by import speaker_of

OBITUARY = ("Professor Hemali Ratnayake, who founded the island's first school of nursing, died at "
            "her home in Galle on Sunday. She was 91.\n\n"
            "Her son, Dr Anura Ratnayake, said she died peacefully. 'She worked until last month,' he said.\n\n"
            "Her daughter, Chandani Ratnayake-Silva, a nurse in Colombo, said {kin} had written to "
            "every student she trained. '{quote}' she said.\n")


def test_her_mother_is_the_woman_she_was_introduced_as_the_daughter_of():
    text = OBITUARY.format(kin="her mother", quote="She used to say a nurse who stops learning is a lamp you have put out,")
    assert speaker_of(text, "had written to every student") == "Chandani Ratnayake-Silva"
    assert speaker_of(text, "a nurse who stops learning") == "Hemali Ratnayake"


def test_her_father_is_not_the_mother_she_was_introduced_as_the_daughter_of():
    text = OBITUARY.format(kin="her father", quote="He used to say a nurse who stops learning is a lamp you have put out,")
    assert speaker_of(text, "a nurse who stops learning") != "Hemali Ratnayake"
