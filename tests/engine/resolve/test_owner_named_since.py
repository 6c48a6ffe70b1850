""""Several of Mr Akhtar's supporters looked angry … His family declined to speak": "his" is whose
the text named last, though only in a possessive, not the last source. Sentences written for the
test."""
from said_by import speaker_of

TEXT = ("A court sentenced former administrator Tariq Mahmood Baig to seven years on Thursday.\n\n"
        "Mr Baig, who was in court, denied any wrongdoing.\n\n"
        "Imam Yusuf Qadri, a witness for the prosecution, said the town had waited years for clean water.\n\n"
        "Several of Mr Baig's supporters looked angry as the verdict was read. His family declined to speak "
        "to reporters.\n")


def test_his_family_is_the_family_of_the_man_named_last():
    assert "Baig's family" in speaker_of(TEXT, "to reporters")


def test_his_family_with_no_one_named_since_the_source_is_the_sources():
    text = TEXT.replace("Several of Mr Baig's supporters looked angry as the verdict was read. ", "")
    assert "Qadri's family" in speaker_of(text, "to reporters")
