"""A "he"/"she" right after someone unnamed known only as "his …"/"her …" (of no known sex) is the
one the "his"/"her" stood for, not the one owned."""
import pytest

from said_by import speaker_of

OWNER = [
    ("Judge Peter Olsen said the evidence was overwhelming.\n\nThe jury convicted Anna Kowalczyk, 45, of fraud.\n\n"
     "Her lawyer said she would appeal.\n\nShe told reporters she was innocent.", "she was innocent", "Anna Kowalczyk"),
    ("Police said Rajesh Iyer, 52, had been charged with fraud. His lawyer said the charges were baseless. "
     "He said he would fight them in court.", "fight them in court", "Rajesh Iyer"),
    ("The club confirmed that striker Bruno Alves had signed a new deal. His agent said talks had been long. "
     "He said he was delighted to stay.", "delighted to stay", "Bruno Alves"),
    ("Council leader Nadia Haddad faced questions on Monday. Her spokesperson said the budget was fair. "
     "She said cuts were unavoidable.", "cuts were unavoidable", "Nadia Haddad"),
    ("Mayor Ellen Frost stepped down on Friday. Her deputy said the council would meet next week. "
     "She said she was proud of her record.", "proud of her record", "Ellen Frost"),
]


@pytest.mark.parametrize("text, words, who", OWNER)
def test_the_owner_not_the_owned(text, words, who):
    assert speaker_of(text, words) == who


def test_one_owned_of_the_pronouns_sex_is_still_in_view():
    text = ("Police said Rajesh Iyer, 52, had been charged with fraud. His wife said the charges were baseless. "
            "She said the family would stand by him.")
    assert speaker_of(text, "stand by him") != "Rajesh Iyer"
