"""A transcript's turns labelled in capitals with a title ("MS. OKONJO-REID:", "SGT. DAULTON:",
"ASSISTANT PROSECUTOR VARGA:") are the people the text names in full with those surnames, whether
or not they speak elsewhere; "THE COURT:" is the one judge the text names."""
from said_by import speaker_of

HEARING = ("Judge hears bid to suppress statement\n\n"
           "Defence lawyer Tamsin Okonjo-Reid questioned Detective Sgt. Harlan Daulton on Thursday before "
           "Circuit Judge Mireya Castellanos. Assistant Prosecutor Ivo Varga objected twice.\n\n"
           "MS. OKONJO-REID: Did he ask for his mother?\n"
           "SGT. DAULTON: He mentioned her once.\n"
           "MS. OKONJO-REID: And you kept asking questions.\n"
           "ASSISTANT PROSECUTOR VARGA: Objection.\n"
           "THE COURT: Overruled. Go on.\n"
           "SGT. DAULTON: We kept going, yes.\n")


def test_a_titled_surname_is_the_person_named_in_full():
    assert speaker_of(HEARING, "Did he ask for his mother?") == "Tamsin Okonjo-Reid"
    assert speaker_of(HEARING, "He mentioned her once.") == "Harlan Daulton"
    assert speaker_of(HEARING, "Objection.") == "Ivo Varga"


def test_the_court_is_the_judge():
    assert speaker_of(HEARING, "Overruled. Go on.") == "Mireya Castellanos"


def test_a_bare_surname_label_is_the_person_named_in_full():
    text = ("Panel grills port chief\n\n"
            "Councillor Odile Brannagh questioned harbour master Piet Vossberg on Monday.\n\n"
            "BRANNAGH: Who signed the lease?\n"
            "VOSSBERG: The board did.\n"
            "BRANNAGH: All of it?\n"
            "VOSSBERG: Every page.\n")
    assert speaker_of(text, "The board did.") == "Piet Vossberg"


def test_a_titled_surname_the_text_never_names_in_full_is_written_as_a_name():
    text = ("Hearing transcript\n\n"
            "MR. QUILLFEATHER: Where were you that night?\n"
            "MS. ABERNATHY-LOWE: At home.\n"
            "MR. QUILLFEATHER: Alone?\n"
            "MS. ABERNATHY-LOWE: Yes.\n")
    assert speaker_of(text, "At home.") == "Abernathy-Lowe"
