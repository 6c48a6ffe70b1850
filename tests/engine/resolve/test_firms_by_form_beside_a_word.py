"""A firm set beside a word for one ("its operator, PT Angkasa Raya,", "the contractor, Kedai Binaan
Sdn Bhd,") is that firm, named with its legal form, whatever the tagger took its name for."""
from said_by import source_of


def test_a_firm_opened_by_its_form_beside_a_word_for_one_is_the_firm():
    text = ("The toll road was closed until at least 6 a.m. on Sunday, its operator, PT Jalan Lintas Sumatra, "
            "said, and traffic had been diverted.")
    source = source_of(text, "toll road was closed")
    assert source.kind == "organization" and source.name == "PT Jalan Lintas Sumatra"
