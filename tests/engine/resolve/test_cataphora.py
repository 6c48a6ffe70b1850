"""People named only after they speak take that name; people named next who are someone else do not."""
from sourcetrace import analyze


def speakers(text):
    r = analyze(text)
    return [(a.content.text, r.source(a.source_id)) for a in r.attributions]


def speaker_of(text, words):
    """The speaker of the innermost statement holding `words`."""
    return min(((content, s) for content, s in speakers(text) if words in content), key=lambda cs: len(cs[0]))[1]


def test_a_woman_named_in_the_next_sentence_is_that_woman():
    text = ("“We lost everything,” said a woman outside the shelter. Maria Okafor, 54, has lived on "
            "Dune Street since 1998. She said the water reached the top of her fridge.")
    first = speaker_of(text, "We lost everything")
    assert first is not None and first.name == "Maria Okafor"
    assert speaker_of(text, "the water reached").id == first.id


def test_a_role_named_later_by_the_same_role_is_that_person_and_keeps_pronouns_straight():
    text = ("Dale Gorman said the inspector had told him the wall was safe. “I relied on that advice,” he said. "
            "The county inspector, Priya Castellane, said her report had listed three cracks.")
    inspector = speaker_of(text, "the wall was safe")
    assert inspector.name == "Priya Castellane"
    assert speaker_of(text, "her report had listed").id == inspector.id
    assert speaker_of(text, "I relied on that advice").name == "Dale Gorman"  # "he" is not the inspector


def test_a_headline_role_is_the_person_the_lede_names():
    text = ("Neighbour tells inquest she heard two shots\n\n"
            "A neighbour told an inquest on Monday that she heard two shots before midnight.\n\n"
            "Odile Brannagh, 61, who lives across the lane, said she called the police at once.")
    assert speaker_of(text, "she heard two shots before").name == "Odile Brannagh"
    assert speaker_of(text, "she called the police").name == "Odile Brannagh"


def test_a_person_named_next_who_is_another_of_the_people_spoken_of_is_not_the_speaker():
    text = ("A night porter stole keys from the hotel safe, a prosecutor told Lindley Crown Court. "
            "Tobias Marr, 38, denies theft.")
    prosecutor = speaker_of(text, "stole keys")
    assert prosecutor is not None and not prosecutor.named


def test_a_source_kept_unnamed_is_not_the_next_person_named():
    text = ("A council worker, who asked not to be named, said the drain had failed before. "
            "Edna Folau, 77, a retired teacher, said she had been rescued by boat.")
    worker = speaker_of(text, "the drain had failed")
    assert not worker.named and worker.name != "Edna Folau"


def test_someone_named_before_with_the_role_is_who_the_role_points_back_to():
    text = ("Defence lawyer Marta Quill said her client was at home. Later the lawyer said the "
            "phone records would prove it. Prosecutor Ivo Tench, a lawyer for the crown, said they would not.")
    assert speaker_of(text, "phone records").name == "Marta Quill"


def test_his_lawyer_is_the_lawyer_the_story_named():
    text = ("Defence lawyer Anika Voss-Riley told the court the lighting was poor. "
            "Holt did not give evidence. His lawyer has said he will testify next week.")
    assert speaker_of(text, "he will testify").name == "Anika Voss-Riley"


def test_a_name_beside_a_leader_of_a_team_is_a_person_for_she():
    # the small tagger takes "Gwen Morrow" here for a piece of an organisation's name
    text = ("Gwen Morrow, leader of the Dunmore Sea Rescue Service, said the climbers had been lucky. "
            "She said walkers should check the forecast.")
    leader = speaker_of(text, "the climbers had been lucky")
    assert leader.kind == "person" and leader.name == "Gwen Morrow"
    assert speaker_of(text, "walkers should check").id == leader.id


def test_the_role_set_before_a_name_given_as_an_object_finds_that_person():
    text = ("Harnwick Town have signed the goalkeeper Matteo Ribaldi from Porto Vecchio for an undisclosed fee.\n\n"
            "“I wanted a club that plays out from the back,” the goalkeeper said on Friday.")
    assert speaker_of(text, "I wanted a club").name == "Matteo Ribaldi"


def test_the_ledes_subject_is_named_next_though_someone_else_is_brought_in_as_an_object():
    text = ("A former parish clerk who admitted forging cheques worth $48,000 was sentenced Monday, "
            "with a judge telling him that he had betrayed every family in the parish.\n\n"
            "Desmond Okafor-Reyes, 61, must also repay the money.")
    assert speaker_of(text, "forging cheques").name == "Desmond Okafor-Reyes"


def test_someone_in_the_words_a_ledes_subject_reports_may_be_the_one_named_next():
    text = ("A coroner has ruled that the death of an experienced diver off Skerry Point last summer "
            "was an accident.\n\n"
            "Fergal Munnelly, 47, died when his air line snagged on a wreck.")
    assert speaker_of(text, "an experienced diver").name != "Fergal Munnelly"
