"""An "it" that found no one is the body named earlier in its own sentence; where several bodies
are named there (a dateline the tagger took for one, a wharf or a ministry in passing), it is the
one that is the sentence's subject."""
from said_by import speaker_of


def test_it_is_the_subject_body_among_several_in_its_sentence():
    text = ("KAOLACK -- The Saloum Delta Fisheries Authority, working with the Ministry of Fisheries, opened "
            "a hub at the Kaolack Port Authority wharf, which it said would cut losses for 2,000 fishers.")
    assert speaker_of(text, "cut losses") == "Saloum Delta Fisheries Authority"
