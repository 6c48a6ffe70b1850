"""A headline's capitals are no part of a body's name: "Marden Home Recalls 30,000 Heaters"."""
from said_by import speaker_of

RELEASE = ("Marden Home Recalls 30,000 Space Heaters Over Burn Risk\n\n"
           "FOR IMMEDIATE RELEASE\nMedia contact: Ana Pell, media@example.com\n\n"
           "ASHFORD, N.J. -- Marden Home Inc. today announced a voluntary recall of about 30,000 units sold "
           "between January and August.\n\n"
           "The company said it had received 31 reports of faults, including four reports of minor burns.")


def test_a_firm_named_in_a_title_case_headline_takes_its_name_from_the_body():
    assert speaker_of(RELEASE, "it had received 31 reports") == "Marden Home"


def test_a_name_given_only_in_the_headline_is_kept():
    text = ("Corvell Tools Recalls Drills\n\nThe recall covers 9,000 drills. Corvell Tools Recalls "
            "said it had received 14 reports of batteries overheating.")
    assert speaker_of(text, "it had received 14 reports") == "Corvell Tools Recalls"
