"""Brothers who share a surname, called by first name: each "Joel" or "Marcus" is the one so named,
and "he said" after "Marcus was less amused" is Marcus."""
from sourcetrace import analyze

TEXT = ("Joel Ameobi scored the winner in stoppage time, then went looking for his older brother.\n\n"
        "Marcus Ameobi, the Copthorne captain, had spent 90 minutes marking him.\n\n"
        '"He\'s my brother, I love him, but he talks too much," Joel said afterwards.\n\n'
        'Marcus was less amused. "He got one chance and he took it. Fair play," he said.\n')


def speaker_of(words):
    r = analyze(TEXT)
    a = next(a for a in r.attributions if words in a.content.text)
    return r.source(a.source_id)


def test_a_first_name_alone_is_the_person_named_in_full_with_it():
    assert speaker_of("he talks too much").name == "Joel Ameobi"


def test_he_after_a_sentence_about_the_brother_is_that_brother():
    assert speaker_of("He got one chance").name == "Marcus Ameobi"


def test_a_second_description_after_the_name_is_one_a_role_can_point_back_by():
    text = ("Agnes Rudd kept the light for thirty years. Her son, David Rudd, a local historian who has "
            "written a book about the station, says his mother rarely talks about it. "
            '"Somebody knocks on the door wanting to meet the keeper," the historian says.')
    r = analyze(text)
    historian = r.source(next(a for a in r.attributions if "Somebody knocks" in a.content.text).source_id)
    assert historian.name == "David Rudd"


def test_a_relative_known_by_first_name_shares_the_surname_and_stays_another_person():
    text = ("Seventeen-year-old Isla Garvie won the open championship on Saturday.\n\n"
            "Garvie's mother, Fiona, said her daughter had trained every morning since she was thirteen. "
            "Garvie said she would go to the national trials next year.")
    r = analyze(text)
    who = [r.source(a.source_id) for a in r.attributions]
    mother, daughter = who[0], who[-1]
    assert mother.name == "Fiona Garvie" and daughter.name == "Isla Garvie" and mother is not daughter


def test_someone_known_only_as_his_is_called_by_whose_they_are():
    text = ("Health Minister Declan Rourke said he had never asked for data to be delayed. "
            "His office did not immediately respond to a follow-up question.\n\n"
            "Curtis Wable declined to speak to reporters. His wife said only that they were glad it was settled.")
    r = analyze(text)
    names = [r.source(a.source_id).name for a in r.attributions]
    assert "Declan Rourke's office" in names and "Curtis Wable's wife" in names


def test_her_younger_sister_is_the_younger_of_the_two_named_with_her_surname():
    text = ("Lena Castellano, 41, and Teresa Castellano, 40, were placed with different families.\n\n"
            '"It was like looking at myself," Lena Castellano said.\n\n'
            "Her younger sister said she had spent years searching adoption registers.")
    r = analyze(text)
    lena, sister = [r.source(a.source_id) for a in r.attributions]
    assert lena.name == "Lena Castellano" and sister.name == "Teresa Castellano"


def test_her_sister_is_left_unnamed_when_no_one_else_shares_the_surname():
    text = ('"It was like looking at myself," Lena Castellano said. Her sister said she had searched for years.')
    r = analyze(text)
    lena, sister = [r.source(a.source_id) for a in r.attributions]
    assert sister is not lena and not sister.named
