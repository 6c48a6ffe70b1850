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
