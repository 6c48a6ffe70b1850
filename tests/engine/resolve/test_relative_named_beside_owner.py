"""A relative who speaks under a name of their own ("Owen Pryce, Gareth's nephew, said") is the one
a "he" or "she" after the next quote stands for; the owner named inside the aside ("Gareth's") is
only whose relative they are, not someone newly in view."""
import pytest

from said_by import speaker_of

BESIDE = [
    ("Gareth Pryce said he would step down at the end of the season.\n\nClub captain Owen Pryce, "
     "Gareth's nephew, said the squad had been told on Wednesday. “We want to send him off with a trophy,” "
     "he said.", "send him off", "Owen Pryce"),
    ("Club captain Owen Pryce, Gareth's nephew, said the squad had been told. “We want silverware,” he said.",
     "want silverware", "Owen Pryce"),
    ("Ramesh Khanna died on Monday.\n\nMeera Kapoor, Khanna's daughter, said he had kept reading scripts. "
     "“He never stopped working,” she said.", "never stopped working", "Meera Kapoor"),
    ("Chief Adebayo was buried on Saturday in Ibadan. Tunde Bakare, Adebayo's nephew, spoke at the graveside. "
     "“He fed half the village,” he told mourners.", "fed half the village", "Tunde Bakare"),
    ("Police named the driver as Lucas Lima.\n\nBeatriz Souza, Lima's sister, said the family was in shock. "
     "“We are waiting for answers,” she said.", "waiting for answers", "Beatriz Souza"),
    ("Zhang Hua founded the factory in 1988. Li Wei, Zhang's son-in-law, said the plant would stay open. "
     "“Nobody will lose a job,” he said.", "lose a job", "Li Wei"),
    ("Mateo Ruiz, García's grandson, said the vineyard would be sold. “It breaks my heart,” he said.",
     "breaks my heart", "Mateo Ruiz"),
    # the relative named after the kin word keeps working as before
    ("Gareth Pryce said he would step down.\n\nGareth's nephew, Owen Pryce, said the squad had been told. "
     "“We want silverware,” he said.", "want silverware", "Owen Pryce"),
]


@pytest.mark.parametrize("text, words, who", BESIDE)
def test_the_pronoun_after_a_named_relative_is_the_relative(text, words, who):
    assert speaker_of(text, words) == who
