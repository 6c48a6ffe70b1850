"""A feature that opens on a quote standing alone names its speaker in the next paragraph.
Sentences written for the test."""
from sourcetrace import analyze


def speakers(text: str) -> list[tuple[str, str | None]]:
    analysis = analyze(text)
    return [(a.content.text, analysis.source(a.source_id).name if a.source_id else None)
            for a in analysis.attributions]


def test_the_person_the_next_paragraph_opens_on_is_the_ledes_speaker():
    text = ("Ferry cut leaves islanders stranded\n\n"
            "\"That boat was the only way I got to the doctor. Now I am stuck out here.\"\n\n"
            "Edna Prowse, 82, has lived on Skerrin Island for 50 years. Since Monday the ferry has not run.\n\n"
            "The operator said the route lost money.")
    assert speakers(text)[0] == ("That boat was the only way I got to the doctor. Now I am stuck out here.",
                                 "Edna Prowse")


def test_a_name_in_the_second_sentence_after_a_description():
    text = ("Night bakers\n\n\"You get used to the dark.\"\n\n"
            "The woman saying this has flour to her elbows. Halina Mrozek, 46, runs the ovens at the bakery.")
    assert speakers(text)[0][1] == "Halina Mrozek"


def test_no_speaker_when_the_next_paragraph_names_no_one_as_its_subject():
    text = ("Strike looms\n\n\"We will not back down.\"\n\n"
            "The council met on Monday. Its budget was cut by a tenth.\n\n"
            "Tom Reed, 40, a driver, said pay was low.")
    assert speakers(text)[0] == ("We will not back down.", None)


def test_a_quote_later_in_the_article_is_not_a_lede():
    body = "The depot closed on Friday. " * 80
    text = (f"Depot shuts\n\n{body}\n\n\"Nobody told us.\"\n\n"
            "Ruth Cabot, a driver, has worked there since 2001.")
    assert speakers(text)[-1] == ("Nobody told us.", None)
