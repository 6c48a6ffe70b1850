"""A speaker set off from the cue by an aside between dashes, whatever the aside says: "My colleague
Dr. Ana Roy — she's my sister, so I hear it at dinner too — says …"."""
from tests.engine.resolve.said_by import speaker_of


def test_the_name_before_the_dashes_is_the_speaker():
    text = ("My colleague Dr. Ana Roy — she's my sister, so I hear about it at dinner too — says the new clinic "
            "will open in March.")
    assert speaker_of(text, "the new clinic") == "Ana Roy"
