from said_by import source_of


def test_she_after_a_sentence_bringing_in_an_unnamed_woman_is_her():
    text = ("Prosecuting, Nadia Brent told the court that Orme had sold fake boilers to pensioners.\n\n"
            "One customer, a 91-year-old grandmother from Leyburn, paid £6,000 for a boiler that never "
            "worked. In a letter to the court, she said she had been too ashamed to tell her family.")
    source = source_of(text, "too ashamed to tell her family")
    assert not source.named and "grandmother" in source.name


def test_a_description_of_the_other_sex_leaves_her_to_the_name():
    text = ("Prosecuting, Nadia Brent told the court that Orme had sold fake boilers to pensioners.\n\n"
            "One customer, a 91-year-old man from Leyburn, paid £6,000 for a boiler. In her closing, "
            "she said the fraud had been carefully planned.")
    assert source_of(text, "carefully planned").name == "Nadia Brent"
