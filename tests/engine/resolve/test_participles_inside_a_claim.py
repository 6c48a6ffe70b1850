"""A participle of saying after a comma inside the words another source denies or reports ("denied
that the council had sold the land, telling reporters the story was false") is that source's,
not the subject of the clause it reports, whom the parser may give it."""
from said_by import speaker_of


def test_telling_after_a_denied_clause_is_the_denier():
    text = ("Governor Wanjiru Kamau denied that the county had promised the miners a new licence, "
            "telling a radio station the story was \"pure gossip.\"")
    assert speaker_of(text, "the story was") == "Wanjiru Kamau"


def test_a_participle_inside_words_credited_after_them_stays_its_subjects():
    text = ("Pop singer Mara Velde has sued her former agent, Tomas Reyna, accusing him of hiding "
            "$3 million in fees, according to a complaint filed on Friday.")
    assert speaker_of(text, "hiding") == "Mara Velde"
