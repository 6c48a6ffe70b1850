"""Inside a quote, a "she" in what a verb says to "her" ("The station manager told her once that
she talked too much") is that "her", never the verb's subject; a later "She told him …" in the same
words is the same she; and the surname of the one quoting ("…,” LeBlanc said. “She told him …”) takes
no sex from a pronoun inside their own quote. So the she is the woman the story is about."""
import pytest

from said_by import speaker_of

TOLD = [
 ("Rita Arsenault hosted the morning show for thirty years.\n\nFormer colleague Normand LeBlanc remembered her as fiercely independent. “The station manager told her once that she talked too much about politics,” LeBlanc said. “She told him it was her program.”", "her program", "Rita Arsenault"),
 ("Amina Yusuf ran the clinic in Kano until 2015.\n\nHer former deputy, Ibrahim Bello, described her as tireless. “The commissioner warned her that she would lose her job,” Bello said. “She told him the patients came first.”", "patients came first", "Amina Yusuf"),
 ("Helga Brandt coached the national team for a decade.\n\nAssistant Jürgen Vogel remembered her temper. “The federation president told her that she was too harsh,” Vogel said. “She told him to watch a match.”", "watch a match", "Helga Brandt"),
 ("Priya Menon founded the paper in 1979.\n\nVeteran reporter Suresh Nair recalled her stubbornness. “The owner told her that she would bankrupt him,” Nair said. “She told him to sell it then.”", "sell it then", "Priya Menon"),
 ("Maeve Quinn taught at the school for forty years.\n\nA former pupil, Declan Hurley, recalled her kindness. “The headmaster told her that she was too soft on us,” Hurley said. “She told him we were children.”", "we were children", "Maeve Quinn"),
 ("Lucia Ferri ran the vineyard after the war.\n\nNeighbour Paolo Conti remembered her as fearless. “The banker told her that she would fail within a year,” Conti said. “She told him to come back in ten.”", "come back in ten", "Lucia Ferri"),
 ("Grace Otieno led the choir at St Mark's.\n\nOrganist Peter Wafula remembered her as strict. “The bishop asked her whether she would shorten the hymns,” Wafula said. “She told him God was not in a hurry.”", "not in a hurry", "Grace Otieno"),
 ("Tomás Herrera ran the bakery for fifty years.\n\nHis niece, Sofía Paredes, said he never took a holiday. “The doctor told him that he had to rest,” Paredes said. “He told her bread does not rest.”", "bread does not rest", "Tomás Herrera"),
]


@pytest.mark.parametrize("text, words, who", TOLD)
def test_the_one_told_is_the_pronoun_that_follows(text, words, who):
    assert speaker_of(text, words) == who
