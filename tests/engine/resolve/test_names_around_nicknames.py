"""'Margaret "Peggy" Thorvaldsen' that the tagger leaves untagged (or takes for a place): a given
name, a nickname in quotes and a surname are one person, whom "Thorvaldsen" later is, not the
husband named in full at the end of the obituary."""
from tests.engine.resolve.said_by import speaker_of

OBITUARY = ("DULUTH, Minn. — Margaret \"Peggy\" Thorvaldsen, who ran the lighthouse museum for 30 years, died "
            "Sunday. She was 91.\n\n"
            "Thorvaldsen told the city council in 1994 that the museum \"belongs to every child who ever "
            "climbed those stairs.\"\n\n"
            "Her husband, Olaf Thorvaldsen, died in 2008.")


def test_the_surname_alone_is_the_woman_named_with_her_nickname():
    assert speaker_of(OBITUARY, "belongs to every child") == "Margaret Thorvaldsen"


def test_a_nickname_of_two_words_and_two_surnames():
    text = ("Dock strike enters second day\n\n"
            "Port union chief Nicanor \"el Flaco\" Barrientos Ugarte told a rally on Monday that the offer "
            "was an insult.\n\n"
            "\"We will stay out,\" Barrientos said.\n")
    assert speaker_of(text, "the offer") == "Nicanor Barrientos Ugarte"
    assert speaker_of(text, "stay out") == "Nicanor Barrientos Ugarte"


def test_a_nickname_opening_on_the_sets_off_given_name_and_surname():
    text = ("The post office at Drumcarn closes on Friday.\n\n"
            "Behind the counter is Mossie \"the Stamp\" Keaveney, 79, who has worked there since 1961.\n\n"
            "Later, Mossie is sorting parcels. \"When it shuts,\" he says, \"I will talk to the hens.\"")
    assert speaker_of(text, "talk to the hens") == "Mossie Keaveney"


def test_a_given_name_the_name_list_lacks_before_a_nickname():
    text = ("The noodle stall belongs to Kritsada \"Art\" Boonmee, 41, who opened it in 2009.\n\n"
            "\"We sell to everyone who walks past,\" Kritsada said.")
    assert speaker_of(text, "sell to everyone") == "Kritsada Boonmee"


def test_a_title_in_quotes_between_capitals_is_no_nickname():
    text = "The band played \"Blue Harbour\" Tuesday night, Maria Quist said."
    assert speaker_of(text, "The band played") == "Maria Quist"


def test_a_surname_with_a_hyphen_after_the_nickname_is_all_the_name():
    text = ('Board President Carol "Caz" MacAllister-Boyd said the board and the chief agreed to part ways.\n\n'
            '"I know that is not a satisfying answer," MacAllister-Boyd said.')
    assert speaker_of(text, "agreed to part ways") == "Carol MacAllister-Boyd"
    assert speaker_of(text, "not a satisfying answer") == "Carol MacAllister-Boyd"


def test_the_nickname_alone_is_the_person_named_with_it():
    text = ('KHON KAEN: Striker Anurak "Pong" Sittichai scored twice as the Ramblers won 2-1 on Sunday.\n\n'
            '"I dreamed about this when I was a kid," Pong said after the match.')
    assert speaker_of(text, "I dreamed about this") == "Anurak Sittichai"
