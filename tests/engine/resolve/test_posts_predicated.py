from said_by import speaker_of


def test_a_post_given_by_the_verb_is_the_named_person_s():
    text = ("Leila Haddad served as mayor for a decade before the flood.\n\n"
            "The mayor said the bridge would be rebuilt by spring.")
    assert speaker_of(text, "bridge would be rebuilt") == "Leila Haddad"


def test_a_post_someone_was_appointed_to():
    text = ("Rosalind Achterberg was appointed health minister in June. Achterberg said no decision had "
            "been made.\n\nThe minister added that both hospitals would stay open.")
    assert speaker_of(text, "both hospitals would stay open") == "Rosalind Achterberg"
