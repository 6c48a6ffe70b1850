"""Someone the story keeps unnamed but for the one name it gives ("One, identified in court
records only as J.R., said") is the source by that name; the words before it describe them."""
import pytest

from said_by import source_of

CASES = [
    ("One, identified in court documents only as K.M., said she had been threatened.", "threatened",
     "K.M.", "One"),
    ("A woman, named in the charge sheet only as Ms K, told the court she had been assaulted.", "assaulted",
     "Ms K", "woman"),
    ("A nurse, who was identified by the hospital only as Sister M., said the ward had been short-staffed for "
     "months.", "short-staffed", "Sister M.", None),
    ("One resident, known to neighbours simply as Baba Tunde, said the flooding had got worse.", "flooding",
     "Baba Tunde", "One resident"),
    ("Another worker, named in the report as Li, said she was paid less than the minimum wage.", "minimum",
     "Li", "Another worker"),
    ("The teenager, listed in the indictment as T.W., told investigators he had acted alone.", "alone",
     "T.W.", "teenager"),
    ("A man identified by police as Darko P. said he had been beaten in the cell.", "beaten",
     "Darko P.", None),
    ("A second complainant, identified only as Witness B, testified that the coach had threatened him.",
     "coach", "Witness B", None),
    ("A taxi driver in the old town, who gave only his first name, Wilmer, for fear of reprisals, said drivers paid "
     "a fee every week.", "a fee every week", "Wilmer", "taxi driver in the old town"),
]


@pytest.mark.parametrize("text,words,name,description", CASES)
def test_the_name_given_is_the_source(text, words, name, description):
    source = source_of(text, words)
    assert source.name == name and source.named
    if description is not None:
        assert source.description == description


def test_a_body_known_as_a_name_stays_a_body():
    assert source_of("A company known as Veritas Analytics said the data was sound.", "sound").kind == "organization"


def test_a_name_known_by_another_stays_the_name():
    text = ("The drivers' union rejected that view. Its president, Marcos Antonio Silveira, known as Marquinho, said the "
            "firms had lied to the regulator.")
    assert source_of(text, "regulator").name == "Marcos Antonio Silveira"
