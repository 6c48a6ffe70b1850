"""A body named just before its letters in brackets ("the Plan and Budget Organization (PBO)")
is a body whatever the tagger made of it, and its letters stand for it; a document named by its
maker's letters ("HSE figures", "the CQC report") is credited to the body in full."""
from said_by import speaker_of


def test_letters_in_brackets_spelled_by_the_words_before_them():
    text = ("The bill was drafted by the Oil Ministry and the Plan and Budget Organization (PBO).\n\n"
            "The PBO, in a written report distributed to deputies, estimated that the change would save money.")
    assert speaker_of(text, "would save money") == "Plan and Budget Organization"


def test_a_document_named_by_its_makers_letters():
    text = ("The Ministry of Labour and Vocational Training (MLVT) sent inspectors on Monday.\n\n"
            "According to MLVT data, 42 factories closed in the first nine months of the year.")
    assert speaker_of(text, "42 factories closed") == "Ministry of Labour and Vocational Training data"


def test_a_document_by_letters_no_body_spells_keeps_them():
    text = "According to QRX figures, 42 factories closed in the first nine months of the year."
    assert speaker_of(text, "42 factories closed") == "QRX figures"
