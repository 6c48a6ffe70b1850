"""A surname the parser reads as an adverb of the speech verb ("Connolly recalled that …", with
"Connolly" the verb's modifier and the verb left with no subject) is the speaker, where the text
has named that person in full; a word that is no one's surname stays no one."""
from sourcetrace import analyze

from said_by import speaker_of

HOTEL = ("Night porter Rosa {name} said the hotel was never empty. {name} recalled that her manager once "
         "gave a guest the room for free.")


def test_a_surname_read_as_an_adverb_is_the_speaker():
    for name in ("Connolly", "Brierly"):
        assert speaker_of(HOTEL.format(name=name), "room for free") == f"Rosa {name}"


def test_a_word_that_is_no_ones_surname_is_no_speaker():
    text = HOTEL.format(name="Connolly").replace("Night porter Rosa Connolly", "Night porter Rosa Quill")
    analysis = analyze(text)
    spoken = [a for a in analysis.attributions if "room for free" in a.content.text]
    assert all(a.source_id is None or analysis.source(a.source_id).name != "Rosa Quill" for a in spoken)
