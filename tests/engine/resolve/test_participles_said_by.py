"""A participle of saying set just after another find's words, with only a comma between ("denied
that …, saying …"), is said by that find's source, whatever the parser hung it on."""
from said_by import source_of


def test_saying_after_a_denial_is_the_denier_s():
    text = ("The Coastal Water Board denied that the embankments had been poorly maintained, saying the "
            "surge was far above design height.")
    source = source_of(text, "far above design height")
    assert source is not None and source.name == "Coastal Water Board"


def test_adding_after_a_person_s_words_is_theirs():
    text = ("Mayor Lena Ortiz said the bridge had been inspected in March, adding that the report had "
            "been filed late.")
    source = source_of(text, "filed late")
    assert source is not None and source.name == "Lena Ortiz"
