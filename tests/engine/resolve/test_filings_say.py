""""The filing said" after a firm disclosed something in a filing is the filing's word: a filing says
what it discloses, where "the statement said" after "said in a statement" is the firm's."""
from said_by import source_of


def test_the_filing_said_is_the_filing():
    text = ("Harlow Cloud will cut about 900 jobs, the software company disclosed in a regulatory filing "
            "on Wednesday. The cuts will cost up to $40 million, the filing said.")
    assert source_of(text, "cost up to $40 million").kind == "document"


def test_the_statement_said_is_still_the_firm():
    text = ("Harlow Cloud will cut about 900 jobs, the software company said in a statement on Wednesday. "
            "The cuts will cost up to $40 million, the statement said.")
    source = source_of(text, "cost up to $40 million")
    assert source.kind == "organization" and source.name == "Harlow Cloud"
