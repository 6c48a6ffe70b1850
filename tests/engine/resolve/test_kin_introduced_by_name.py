"""A relative known only as someone's ("their son", "Ruiz's son") is the person the text introduced
by name as that relative ("whose son Jorge Ruiz …"), where it introduced exactly one so
(resolve/named_kin.py)."""
from said_by import speaker_of


def test_their_son_is_the_son_named_before():
    text = ("Marta Quispe, whose son Diego Quispe Mamani is serving a sentence in Lurigancho, said she heard "
            "shots all night. Her husband, Raúl Quispe, said their son had phoned at midnight and told him: "
            "\"They are burning the mattresses.\"")
    assert speaker_of(text, "burning the mattresses") == "Diego Quispe Mamani"


def test_two_sons_named_leave_their_son_unnamed():
    text = ("Marta Quispe, whose son Diego Quispe is in Lurigancho and whose son Tomás Quispe is in Callao, "
            "said she heard shots. Her husband said their son had phoned and told him: \"They are burning "
            "the mattresses.\"")
    assert speaker_of(text, "burning the mattresses") not in ("Diego Quispe", "Tomás Quispe")


def test_a_named_owner_must_share_the_relatives_surname():
    text = ("Paula Mendes, whose daughter Inês Mendes runs the bakery, opened the shop at six. "
            "Later, Costa's daughter said \"the flour never arrived.\"")
    assert speaker_of(text, "flour never arrived") != "Inês Mendes"


def test_the_elder_of_a_father_and_son_is_the_father():
    text = ("Union president Antônio Ferreira said the bonus mattered. His son, Mateus Ferreira, 24, said the "
            "younger workers were just as determined.\n\nThe two disagree on politics, the elder Ferreira "
            "admitted, but on this they are united.")
    assert speaker_of(text, "disagree on politics") == "Antônio Ferreira"
    text = text.replace("the elder Ferreira admitted", "the younger Ferreira admitted")
    assert speaker_of(text, "disagree on politics") == "Mateus Ferreira"


def test_a_son_named_by_given_name_alone_bears_the_family_name():
    text = ("Jassim Al-Mannai runs the boatyard in Ras Laffan.\n\nAl-Mannai wants his son, Khalid, 19, to "
            "take over one day. Khalid was more cautious. \"I just don't know yet if I can live from it,\" he said.")
    assert speaker_of(text, "live from it") == "Khalid Al-Mannai"


def test_a_relative_introduced_by_whose_after_the_owner_need_not_share_the_surname():
    text = ("Nasreen Akhtar, whose daughter Ayesha was hurt in the blast, said the family had no help. "
            "\"Nobody came,\" her daughter had told her the week before.")
    assert speaker_of(text, "Nobody came") == "Ayesha"
