"""Names in e-mailed copy and in Indian official releases: a surname wrapped at its hyphen is one
surname ("Helena Marsh-⏎Oduya"); "Hon'ble Minister" is a post, not someone's name, so the name set
after it is the speaker's and "The Hon'ble Minister" later is that minister."""
from said_by import speaker_of


def test_a_surname_wrapped_at_its_hyphen_is_one_surname():
    text = ("Three counties now share plate-reader data on stolen parts, and the arrests followed within a\n"
            "month. \"This case shows what happens when agencies talk,\" said County Attorney Ruth Okafor-\n"
            "Lindgren. \"Theft of this kind is not a victimless crime.\"\n")
    assert speaker_of(text, "This case shows") == "Ruth Okafor-Lindgren"


def test_a_name_after_a_ministers_post_and_portfolio_is_the_speaker():
    text = ("Inaugurating the scheme, Hon'ble Minister, Fisheries and Animal Resources Development, Shri "
            "Biswajit Chandra Nayak said that women carry most of the catch to market.\n\n"
            "The Hon'ble Minister directed the Collectors to finish the survey by March.")
    assert speaker_of(text, "women carry most of the catch") == "Biswajit Chandra Nayak"
    assert speaker_of(text, "the Collectors to finish") == "Biswajit Chandra Nayak"
