"""A person's name after "of the company", itself after a post, is the post holder's ("the deputy
director of the company Anna Sokolova", as news translated from Russian writes it); a firm's name
there stays the firm's."""
from said_by import speakers


def test_a_holder_named_after_of_the_company_is_the_holder():
    text = "The deputy director of the company Anna Sokolova said the pipe was laid in 1978."
    assert speakers(text) == [("Anna Sokolova", True)]


def test_a_firm_named_after_of_the_company_stays_the_firms():
    text = ("Shares in the mining company Kasai Cobalt fell. The chief executive of the company Kasai "
            "Cobalt said output would recover.")
    assert all(name != "Kasai Cobalt" for name, _ in speakers(text))
