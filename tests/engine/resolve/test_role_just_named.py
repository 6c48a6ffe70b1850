"""A definite role that is no post ("the researcher") right after a named person in the same
paragraph, no one between, is that person; a post they do not hold ("the councillor" after the
mayor) is not."""
from sourcetrace import analyze

from said_by import speaker_of

BIRDS = ("Dr Fiona Kell said the birds were first spotted by a bin collector. \"We thought it was "
         "a fluke,\" the researcher said. \"Then we saw it in six suburbs.\"\n\n"
         "Professor Tom Ngata, who was not involved, said the sample was small.\n")


def test_the_researcher_right_after_her_name_is_her():
    assert speaker_of(BIRDS, "a fluke") == "Fiona Kell"


def test_a_post_she_does_not_hold_is_not_her():
    text = ("Mayor Anne Quill said the bridge would open in May. \"It will be late,\" the councillor said.\n")
    analysis = analyze(text)
    late = [a for a in analysis.attributions if "will be late" in a.content.text]
    assert late and analysis.source(late[0].source_id).name != "Anne Quill"


def test_with_two_named_the_role_is_the_one_named_last():
    text = BIRDS.replace("bin collector. ", "bin collector. Her colleague Dr Sam Webb said the video was clear. ")
    assert speaker_of(text, "a fluke") == "Sam Webb"


def test_a_role_the_person_just_spoke_of_is_someone_else():
    text = ("Manager Lee Fairbrother said the penalty was soft and that he would write to the league about the "
            "referee's performance. The referee was not available for comment, a league official said.\n")
    analysis = analyze(text)
    referee = [a for a in analysis.attributions if "available" in a.content.text or "comment" in a.content.text]
    assert referee and all(a.source_id is None or analysis.source(a.source_id).name != "Lee Fairbrother"
                           for a in referee)
