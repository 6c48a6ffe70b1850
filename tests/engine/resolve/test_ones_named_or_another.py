"""A "one" of a group whose aside gives a name is that person ("One of them, a nurse named …",
"One, identified only as …"); "Another said" after "One distributor … said" is another distributor."""
from said_by import speaker_of


def test_one_of_them_named_in_the_aside_is_that_person():
    text = ("Fans have turned the lane outside the agency into a shrine. Some travelled from Lima. "
            "One of them, a 19-year-old nurse from Cebu named Lia Torres, said she had saved for two "
            "years to make the trip. \"I wanted to see them once,\" she said.\n")
    assert speaker_of(text, "see them once") == "Lia Torres"


def test_one_identified_only_by_initials_is_those_initials():
    text = ("Several women described the night shifts at the depot. One, identified in court records "
            "only as M.K., told the court she had not slept properly since.\n")
    assert speaker_of(text, "not slept properly") == "M.K."


def test_another_after_one_buyer_is_another_buyer():
    text = ("Some buyers were less impressed. One Canadian distributor, who asked not to be named, said "
            "the price was absurd. Another said the streamers were overpaying.\n")
    assert speaker_of(text, "streamers were overpaying") == "another distributor"
