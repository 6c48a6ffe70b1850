"""A name the text sets "the" right before ("the family boat, the Theresa G.", "the William Henry",
"the Queen Mary") is a vessel's, a building's or a thing's: news never writes a person so. A "he" or
"she" after it stays with the person who spoke."""
import pytest

from said_by import speaker_of

THINGS = [
    ("Skipper Tom Hale said the catch was poor. The harbour's oldest boat, the William Henry, was sold "
     "for scrap in May. “Nobody wants to fish anymore,” he said.", "fish anymore", "Tom Hale"),
    ("Ellen Moss said the harbour should be dredged. The family trawler, the Theresa G., ran aground there "
     "last week. “It was lucky nobody drowned,” she said.", "nobody drowned", "Ellen Moss"),
    ("Harbourmaster Dan Kyle said the pier was safe. Its last visitor, the Joseph Conrad, docked there "
     "in 2012. “We get no ships now,” he said.", "no ships now", "Dan Kyle"),
    ("Mrs Anita Rowe said the hotel trade had collapsed. Her rival across the road, the Grand Albert, "
     "closed in June. “I am the last one standing,” she said.", "last one standing", "Anita Rowe"),
    ("Trainer Seamus Doyle said the horse was sound. His stable's star, the Galway Lad, won at "
     "Punchestown last year. “He loves soft ground,” Doyle said. “We will run him again,” he said.",
     "run him again", "Seamus Doyle"),
    ("Captain Rahul Mehta said the voyage had been calm. The company's flagship, the Rani Padmini, "
     "reached Kochi on Sunday. “The crew did well,” he said.", "crew did well", "Rahul Mehta"),
    ("Ferry operator Lars Berg said crossings would resume. The older vessel, the Prins Olav, is being "
     "repaired in Gdansk. “It will be back by spring,” he said.", "back by spring", "Lars Berg"),
    # a person after a word between "the" and the name stays a person
    ("Vicar Anne Lowe said the church would reopen. The late Joseph Barnes left money for the roof. "
     "“We are grateful,” she said.", "are grateful", "Anne Lowe"),
]


@pytest.mark.parametrize("text, words, who", THINGS)
def test_a_pronoun_never_finds_a_name_after_the(text, words, who):
    assert speaker_of(text, words) == who
