"""A quote that opens the story before anyone has spoken is the speaker the next sentence opens on
with a verb of saying; with no such sentence it stays unknown."""
import pytest

from said_by import source_of, speaker_of

NAMED_NEXT = [
    ("“I had no idea.” Hannah Weiss, 34, says she found out about the closure on Facebook.",
     "I had no idea", "Hannah Weiss"),
    ("“Nobody is coming to save us.”\n\nFisherman Tunde Bakare, 52, said the coast guard had not been "
     "seen in the bay for a month.", "Nobody is coming", "Tunde Bakare"),
    ("\"We were never asked.\"\n\nResidents of Kellerton say they learned of the quarry plan from a "
     "newspaper advert.", "We were never asked", "Residents of Kellerton"),
    ("‘It is a good day for Wellington.’\n\nCouncillor Aroha Ngata told the meeting the harbour deal "
     "would bring 300 jobs.", "It is a good day", "Aroha Ngata"),
    ("Port strike ends\n\n“The dockers have won.”\n\nUnion organiser Sipho Dlamini said on Friday that "
     "the new contract raised pay by 9 percent.", "The dockers have won", "Sipho Dlamini"),
    ("“Prices will fall by spring.”\n\nThe central bank’s governor, Park Min-jae, predicted on Tuesday "
     "that inflation had peaked.", "Prices will fall", "Park Min-jae"),
    ("“My shop is under water again.” Carla Rossi, who sells shoes on the quay, told the Gazette the "
     "council had ignored her letters.", "My shop is under water", "Carla Rossi"),
    ("“We will not pay.”\n\nThe Tenants’ Union of Ostrava announced a rent strike on Monday.",
     "We will not pay", "Tenants"),
]


@pytest.mark.parametrize("text, words, name", NAMED_NEXT)
def test_an_opening_quote_is_the_speaker_the_next_sentence_opens_on(text, words, name):
    assert name in speaker_of(text, words)


UNKNOWN = [
    # the next sentence says nothing: no one is tied to the words
    ("“The sea took everything.”\n\nStorms have struck the coast three times this winter, and the "
     "ministry said repairs would wait.", "The sea took everything"),
    # the next sentence's speaker comes after something else
    ("“The sea took everything.”\n\nOn Monday the harbour master, Ole Hansen, said repairs would take a year.",
     "The sea took everything"),
]


@pytest.mark.parametrize("text, words", UNKNOWN)
def test_an_opening_quote_with_no_speaker_next_stays_unknown(text, words):
    assert source_of(text, words) is None
