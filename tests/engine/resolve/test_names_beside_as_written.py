"""A name set beside a word for a person ("Ji-hoon's mother, Han Mi-sook, who …") is the person,
even where the tagger read a hyphened given name's second part as a common noun ("sook")."""
import pytest

from said_by import speaker_of

CASES = [
    ("Ji-hoon's mother, Han Mi-sook, who runs a noodle shop near the station, said the school had failed him.",
     "failed", "Han Mi-sook"),
    ("Min-jae's father, Kim Jae-won, who drives a taxi in Incheon, said the school had ignored the bullying.",
     "bullying", "Kim Jae-won"),
    ("The boy's aunt, Lee Mi-ran, who lives in Suwon, said the family had not been told.", "family", "Lee Mi-ran"),
    ("Their landlord, Choi Su-bin, who owns the building, said the repairs had been done.", "repairs", "Choi Su-bin"),
    ("The player's agent, Park Sang-man, who has represented him since 2018, said talks had stalled.", "talks",
     "Park Sang-man"),
    ("Her sister, Jung Eun-bi, who was with her that night, told police the car had not stopped.", "car",
     "Jung Eun-bi"),
    ("The shop owner, Kwon Hae-sook, who has sold fish there for thirty years, said trade had collapsed.", "trade",
     "Kwon Hae-sook"),
    ("A colleague, Seo Ha-eun, who shared his office, said he had seemed worried.", "worried", "Seo Ha-eun"),
]


@pytest.mark.parametrize("text,words,name", CASES)
def test_the_name_beside_the_word_is_the_source(text, words, name):
    assert speaker_of(text, words) == name
