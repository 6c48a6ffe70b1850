""""Minister, you told us …" — a "you" inside a quote that opens by calling someone by name is that
someone (by the full name the text gives them), never the reader."""
from said_by import speaker_of

TEXT = ("Governor Anton Ilyich Berezin defended the budget on Tuesday. Deputy Marta Lind rose to answer him.\n\n"
        "\"Anton Ilyich, you are asking families to wait. In May you promised this chamber that the bridge "
        "at Oskol would reopen by winter,\" she said.\n")


def test_you_is_the_one_called_by_name():
    assert speaker_of(TEXT, "the bridge at Oskol would reopen") == "Anton Ilyich Berezin"


def test_you_with_no_name_called_stays_unnamed():
    text = "\"Last year you promised that the bridge would reopen by winter,\" she said."
    assert speaker_of(text, "the bridge would reopen") != "Anton Ilyich Berezin"
