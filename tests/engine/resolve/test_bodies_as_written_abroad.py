""""the Institute announced", "Both parties told me", "Shares of X fell … and said", "The X
community, whose territory …, said", "Nation–Province": how outlets in Canada, the Gulf and South
Asia write the bodies that speak."""
from said_by import speaker_of


def test_the_capitalised_kind_is_the_one_body_of_that_kind():
    text = ("Engineers at the Kaveri College of Engineering, Mysuru, have built a solar pump that runs on a "
            "single panel, the College announced on Tuesday.\n")
    assert speaker_of(text, "have built a solar pump") == "Kaveri College of Engineering"


def test_the_capitalised_kind_finds_the_name_in_full_past_a_short_headline_form():
    text = ("Qatar Federation opens trade office in Nairobi\n\n"
            "The Qatar Federation of Small Industries and Crafts (QFSIC) on Sunday opened an office in "
            "Nairobi.\n\nThe office will help members find buyers in East Africa, the Federation said.\n")
    assert speaker_of(text, "help members find buyers") == "Qatar Federation of Small Industries and Crafts"


def test_both_parties_are_not_the_one_party_named_later():
    text = ("\"Both sides have told me they will meet again on Friday,\" the mediator, Joan Pike, said.\n\n"
            "\"Both parties have assured me they want a deal,\" Pike said.\n\n"
            "The Prairie Farmers Alliance said in a letter that a strike would cost its members dearly.\n")
    assert speaker_of(text, "they want a deal") != "Prairie Farmers Alliance"


def test_shares_of_a_firm_do_not_speak():
    text = ("MONTREAL — Shares of Laurentide Copper Corp. fell 9 per cent on Thursday after the company "
            "cut its forecast and said its new smelter would open a year late.\n")
    assert speaker_of(text, "its new smelter would open a year late") == "Laurentide Copper"


def test_a_whose_phrase_is_its_possessor():
    # the parse the rule is for, set by hand: "territory" the subject, "said" joined to "includes"
    from spacy.tokens import Doc, Span
    from spacy.lang.en import English
    from sourcetrace.engine.resolve.whose_possessor import whose_possessor
    words = ["The", "Cree", "community", "of", "Wemindji", ",", "whose", "hunting", "territory", "includes",
             "the", "route", ",", "said"]
    heads = [2, 2, 9, 2, 3, 4, 8, 8, 9, 9, 11, 9, 9, 9]
    deps = ["det", "compound", "nsubj", "prep", "pobj", "punct", "poss", "compound", "nsubj", "ROOT", "det",
            "dobj", "punct", "conj"]
    pos = ["DET", "PROPN", "NOUN", "ADP", "PROPN", "PUNCT", "DET", "NOUN", "NOUN", "VERB", "DET", "NOUN",
           "PUNCT", "VERB"]
    doc = Doc(English().vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=[w.lower() for w in words])
    start, end, head = whose_possessor(doc[8], Span(doc, 6, 9))
    assert doc.text[start:end] == "The Cree community of Wemindji" and doc[head].text == "community"


def test_whose_spokesperson_is_no_possessor():
    text = ("The bill now goes to Premier Dana Holt, whose spokesperson said she intends to sign it.\n")
    assert speaker_of(text, "she intends to sign it") != "Dana Holt"


def test_a_name_goes_on_past_an_unspaced_dash():
    text = ("The Métis Nation–Alberta said on Monday that it would seek its own health agreement with Ottawa.\n")
    assert speaker_of(text, "its own health agreement") == "Métis Nation–Alberta"


def test_a_name_past_an_unspaced_dash_is_whole_as_an_apposition_too():
    text = ("The Métis Nation–Ontario has long called for a review of the harvesting rules.\n")
    assert speaker_of(text, "a review of the harvesting rules") == "Métis Nation–Ontario"


def test_an_outlet_after_what_it_covers_and_its_kind():
    text = ("Brightline denied a report by the business news site The Ledger Daily that the company was "
            "exploring a sale.\n")
    assert speaker_of(text, "exploring a sale") == "The Ledger Daily"


def test_the_union_is_the_one_association_that_speaks():
    text = ("The Harlow Teachers Association, which represents the district's teachers, said in a statement "
            "that it had been promised no jobs would go. The union said it would hold the board to that.\n")
    assert speaker_of(text, "hold the board to that") == "Harlow Teachers Association"
