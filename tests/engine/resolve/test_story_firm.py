""""The company" in a business story that names other firms (a supplier, a broker, an investor)
is the firm the story is about: the one its headline names, else the first its lede names."""
from said_by import speaker_of


def test_the_company_is_the_headlines_firm_among_several():
    text = ("Pelling Brewing profit rises as exports recover\n\n"
            "LONDON — Pelling Brewing Plc said first-half profit rose 9 per cent on Tuesday.\n\n"
            "Anna Hill, an analyst at Corvo Securities Ltd, said the figures were strong. Chief executive Tom "
            "Reid would not say whether talks with Kaltberg Malz GmbH, a supplier, had begun. Kaltberg Malz "
            "GmbH said it did not comment on customers. Shares in the brewer rose 2 per cent.\n\n"
            "The company also said it would close a bottling line in Derby.\n")
    assert speaker_of(text, "close a bottling line") in ("Pelling Brewing", "Pelling Brewing Plc")


def test_the_company_set_off_by_commas_is_the_ledes_firm():
    text = ("Court fines drug maker over false labels\n\n"
            "A court on Monday fined Ostrava Pharma SpA €2 million for mislabelling cough syrup.\n\n"
            "The company, now owned by Tessaro Holdings S.A., said it would not appeal.\n")
    assert speaker_of(text, "would not appeal") in ("Ostrava Pharma", "Ostrava Pharma SpA")


def test_a_release_writes_the_company_in_capitals():
    text = ("Dunegrove Solar L.L.C. Raises AED 40 Million\n\n"
            "ABU DHABI, 3 March - Dunegrove Solar L.L.C. today announced a funding round led by Hollis "
            "Ventures Ltd, with Sakura Capital K.K.\n\n"
            "Hollis Ventures Ltd said it was proud to back the team. The round is the largest for a farm "
            "start-up in the region this year.\n\n"
            "The Company said the money will fund two new plants.\n\n"
            "\"We are ready to grow,\" said Omar Saeed, Chief Executive Officer of Dunegrove Solar.\n")
    assert speaker_of(text, "two new plants") in ("Dunegrove Solar", "Dunegrove Solar L.L.C.")


def test_two_firms_in_the_headline_leave_it_open():
    from sourcetrace.engine.resolve.story_firm import _found
    text = "Bellmoor Foods Ltd to buy Ardent Snacks Plc\n\nBellmoor Foods Ltd agreed to buy Ardent Snacks Plc.\n"
    named = [(0, "Bellmoor Foods Ltd"), (26, "Ardent Snacks Plc"), (45, "Bellmoor Foods Ltd")]
    assert _found(text, named) is None
    assert _found(text.replace(" to buy Ardent Snacks Plc", " profit rises", 1), named[:1]) == "Bellmoor Foods Ltd"


def test_a_firm_opening_the_sentence_before_is_the_one_gone_on_with():
    text = ("Last night at the Lantern Room: a cellar club closes\n\n"
            "The Lantern Room Ltd ran the cellar for twenty years. Its landlord, Brightmoor Estates, wants flats.\n\n"
            "Brightmoor Estates did not respond to requests for comment. In a filing in May, the company "
            "called the cellar \"surplus space\".\n")
    assert speaker_of(text, "surplus space") == "Brightmoor Estates"
