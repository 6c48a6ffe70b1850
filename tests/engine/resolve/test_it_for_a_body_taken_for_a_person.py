"""A name the tagger took for a person's that the text then calls a body ("the retailer") is what
a later "it" stands for: coref's `_called_a_body`."""
from said_by import speaker_of


def test_it_after_a_shop_name_read_as_a_person():
    text = ("Harveys warns profits will miss forecasts as buyers hold back\n\n"
            "Shares in Harveys fell by a quarter on Tuesday after the department store group warned that annual "
            "profits would come in below expectations.\n\n"
            "In a trading update, the Bristol-based retailer said like-for-like sales in the eight weeks to February "
            "had fallen 4 per cent.\n\n"
            "It now expects pre-tax profit of about £9m for the year, against a forecast of £15m.\n")
    assert speaker_of(text, "pre-tax profit of about") == "Harveys"
