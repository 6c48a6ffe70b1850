"""The name that opens a sentence is the speaker of its cue verb when only an aside set off by commas
(a relative clause, an age, a party-and-state tag, a participle's phrase) stands between them,
though the parser took the name for the aside's subject; a fronted time or place phrase names no
one."""
import pytest



def source_of(engine, text, words):
    r = engine.analyze(text)
    found = min((a for a in r.attributions if words in a.content.text), key=lambda a: len(a.content.text))
    return r.source(found.source_id) if found.source_id else None


@pytest.mark.parametrize("text, words, name", [
    ("Rep. Dana Ochoa, D-N.M., who co-chaired a subcommittee on the matter, said she still backs "
     "the treaty but cannot vote for the amendment.", "she still backs", "Dana Ochoa"),
    ("Sen. Wade Cobble, who co-sponsored an earlier version of the measure, said he still supports "
     "tougher audits.", "he still supports", "Wade Cobble"),
    ("Warden Lena Ostrova of the Parish of East Fenmoor, who tabled the motion, said villagers had "
     "waited \"far too long\" for a bus service.", "villagers had waited", "Lena Ostrova"),
])
def test_name_before_an_aside_speaks(engine, text, words, name):
    source = source_of(engine, text, words)
    assert source is not None and name in source.name


def test_fronted_phrase_names_no_one(engine):
    source = source_of(engine, "On Monday, the board said the plant would close.", "the plant would close")
    assert source is not None and source.name != "Monday"


def test_a_participle_aside_between_the_name_and_the_cue(engine):
    text = "Mr. Thekkekara, reached over the phone, said he had been at a wedding in his constituency.\n"
    source = source_of(engine, text, "at a wedding")
    assert source is not None and "Thekkekara" in source.name
