"""Elegant variation: a definite role said of the named person who spoke in the sentence or two
before is that person, unless someone else is in view, holds the role, or the words set the
speaker apart. Sentences written for the test."""
from sourcetrace import analyze
from said_by import speakers as _speakers


def test_a_new_role_for_the_person_just_named():
    text = ("Piet Anand, president of the Dockers' Guild, told reporters the talks had failed. "
            "The union leader said pickets would stay.")
    assert _speakers(text) == [("Piet Anand", True)] * 2


def test_not_across_another_named_person():
    text = ("Piet Anand, president of the Dockers' Guild, told reporters the talks had failed. "
            "Mayor Ruth Cole said she was worried. The union leader said pickets would stay.")
    speakers = _speakers(text)
    assert speakers[:2] == [("Piet Anand", True), ("Ruth Cole", True)]
    assert speakers[2][1] is False


def test_not_to_someone_the_text_sets_apart():
    text = ("Jane Holt, a lawyer for the family, said the man had lied. "
            "The other lawyer said he had no record.")
    speakers = _speakers(text)
    assert speakers[0] == ("Jane Holt", True)
    assert speakers[1][1] is False


def test_the_one_set_apart_is_found_again():
    text = ("Jane Holt, a lawyer for the family, said the man had lied. Another lawyer said he was innocent. "
            "The other lawyer said he had no record.")
    speakers = _speakers(text)
    assert speakers[0] == ("Jane Holt", True)
    assert speakers[1] == speakers[2] and speakers[1][1] is False


def test_not_when_another_holds_the_role():
    text = ("Mara Voss, a union leader from the north, said the strike was a mistake. Trucks queued at the gate. "
            "The harbour was quiet. Piet Anand, president of the Dockers' Guild, told reporters the talks had "
            "failed. The union leader said pickets would stay.")
    speakers = _speakers(text)
    assert speakers[:2] == [("Mara Voss", True), ("Piet Anand", True)]
    assert speakers[2] != ("Piet Anand", True)


def test_not_far_back():
    text = ("Piet Anand, president of the Dockers' Guild, told reporters the talks had failed. "
            "Trucks queued at the gate. The harbour was quiet. Ships waited offshore. "
            "The union leader said pickets would stay.")
    speakers = _speakers(text)
    assert speakers[0] == ("Piet Anand", True)
    assert speakers[1][1] is False


def test_a_role_for_someone_introduced_with_an_age():
    text = ("Ama Boateng, 21, who was making her first start, said she had barely seen the line. "
            "\"I just put my head down,\" the academy graduate said.")
    assert _speakers(text) == [("Ama Boateng", True)] * 2


def test_not_a_role_of_another_kind():
    text = ("Lucia Ferrant, a surgeon at Kelby Hospital, said the ward was full. "
            "The lawyer said the family would sue.")
    speakers = _speakers(text)
    assert speakers[0] == ("Lucia Ferrant", True)
    assert speakers[1][1] is False


def test_not_when_the_role_was_spoken_of_as_someone_else():
    text = ("Rovers manager Lee Fairholt said he would write to the league about the referee's performance. "
            "The referee said the decision was correct.")
    speakers = _speakers(text)
    assert speakers[0] == ("Lee Fairholt", True)
    assert speakers[1][1] is False


def test_not_a_post_at_another_body():
    text = ("Health Minister Declan Rourke said he had never asked for a delay. "
            "The committee's clerk said the figures were late.")
    speakers = _speakers(text)
    assert speakers[0] == ("Declan Rourke", True)
    assert speakers[1][1] is False


def test_a_role_for_someone_named_without_one():
    text = ("Osei was mobbed by teammates at the final whistle. "
            "\"Three months of watching from the stand, and then this,\" the striker said.")
    analysis = analyze("Kwame Osei scored in stoppage time on Saturday. " + text)
    names = [analysis.source(a.source_id).name for a in analysis.attributions if a.source_id]
    assert names == ["Kwame Osei"]
