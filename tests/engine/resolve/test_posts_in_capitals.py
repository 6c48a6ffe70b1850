from said_by import source_of, speaker_of


def test_a_member_by_a_post_in_capitals_is_named_later():
    text = ("HALIFAX — A Liberal MLA from Dartmouth quit the caucus on Tuesday, saying she could not "
            "back the new ferry contract.\n\n"
            "\"I was sent here to speak for my town,\" MLA Corinne Aucoin told reporters.")
    assert speaker_of(text, "could not back the new ferry contract") == "Corinne Aucoin"


def test_a_member_by_a_post_in_capitals_never_named_is_no_place():
    text = "A Labour MP from Bristol said the closure of the depot was \"a betrayal\"."
    source = source_of(text, "a betrayal")
    assert source is not None and not source.named and "Bristol" != source.name
