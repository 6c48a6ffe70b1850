"""A post and an honour run into a name joined by whose child the person is: "Home Minister Datuk
Seri Azman bin Hashim" is Azman bin Hashim, a minister, whom the tagger did not tag at all (it
took only "Datuk Seri" for a person)."""
from said_by import source_of


def test_a_post_and_an_honour_before_a_name_with_bin_are_no_part_of_it():
    text = ("Transport Minister Datuk Seri Halim bin Razali dismissed the audit as \"careless\". "
            "\"Every line was built to standard,\" he said in Parliament.")
    s = source_of(text, "Every line was built")
    assert s.name == "Halim bin Razali" and s.kind == "person"


def test_a_post_before_a_name_with_binti_is_no_part_of_it():
    text = "Education Minister Datuk Noraini binti Yusof said the schools would reopen on Monday."
    assert source_of(text, "schools would reopen").name == "Noraini binti Yusof"


def test_the_given_name_before_bin_stays_when_only_the_father_was_tagged():
    text = "Health Minister Datuk Seri Rahmat bin Osman said the clinics would stay open through the holiday."
    assert source_of(text, "clinics would stay open").name == "Rahmat bin Osman"


def test_bin_between_words_of_a_body_with_no_title_is_no_name():
    text = ("Greater Westmoor Council said the Recycling bin Scheme would end in March, "
            "and residents said they had not been told.")
    s = source_of(text, "would end in March")
    assert s.name != "Recycling bin Scheme" and "bin" not in s.name
