"""A word for a body that the words after it say is called by a name ("a group called Downtown
Forward", "a campaign group known as Save Our Shore") is that body, by the name."""
from said_by import speaker_of


def test_a_group_called_a_name():
    text = ("A group called Eastgate Forward, which opposed the tower, did not respond to a request "
            "for comment on Wednesday.")
    assert speaker_of(text, "request for comment") == "Eastgate Forward"


def test_a_charity_named_a_name():
    text = "A charity named Hope Harbour said the cuts would hurt families."
    assert speaker_of(text, "hurt families") == "Hope Harbour"


def test_a_group_known_as_a_name():
    text = "A campaign group known as Save Our Shore said the plan was reckless."
    assert speaker_of(text, "plan was reckless") == "Save Our Shore"


def test_a_group_that_called_someone_is_not_so_named():
    text = "A group called the police about the noise on Friday, and the group said it was scared."
    assert speaker_of(text, "it was scared") != "police"
