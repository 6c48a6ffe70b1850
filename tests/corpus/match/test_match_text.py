"""Tweet clean-up for the re-ranker's features: signatures, names, figures."""
from sourcetrace.corpus.match.text import body, names, numbers

TWEET = ("Trump says “my crimes can’t be investigated” #ImpeachTrump https://t.co/c3iQ86DThG "
         "— Stone 🥶 (@stonecold2050) September 20, 2019")


def test_the_signature_goes_and_the_rest_stays():
    assert body(TWEET) == "Trump says “my crimes can’t be investigated” #ImpeachTrump https://t.co/c3iQ86DThG"
    assert body("He's a globalist! - Patriot19 (@patriot19) February 5, 2019") == "He's a globalist!"
    plain = "A bridge over the river - the council (finally) approved it"
    assert body(plain) == plain


def test_names_are_capitalised_content_words_folded_like_tokens():
    assert names("The Senators met Heidi Fleiss in Washington's hotels") == {"senator", "heidi", "fleiss", "washington"}
    assert names("the city council") == set()


def test_figures_ignore_thousands_separators():
    assert numbers("1,200 dockworkers and 3.5% of 40 ships") == {"1200", "3.5", "40"}
    assert numbers("no figures") == set()
