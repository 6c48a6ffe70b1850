"""A question reported by its subject ("Asked about the injury, she shrugged", "Grant was asked
about the dispute") is not the answerer's: it is the one audience the story names its people
speaking to, or no one's. Sentences written for the test."""
from sourcetrace import analyze


def asker(text: str, words: str):
    r = analyze(text)
    a = next(a for a in r.attributions if a.content.text.lstrip().startswith(words))
    return r.source(a.source_id).name if a.source_id else None


def test_asked_about_opening_a_sentence_is_the_audiences():
    text = ("Coach Marta Lindqvist told reporters after the match that her side had been tired. "
            "Asked about the injury to her captain, she shrugged: \"We will see on Monday.\"")
    assert asker(text, "the injury to her captain") == "reporters"


def test_asked_about_with_no_audience_is_not_the_answerers():
    text = ("Coach Marta Lindqvist said her side had been tired. "
            "Asked about the injury to her captain, she shrugged: \"We will see on Monday.\"")
    assert asker(text, "the injury to her captain") != "Marta Lindqvist"


def test_was_asked_about_is_the_audiences():
    text = ("Chief executive Tomas Berg spoke to journalists at the launch in Malmö. He was asked about the "
            "dispute with the clubs, but said he would not discuss it this week.")
    assert asker(text, "the dispute with the clubs") not in ("Tomas Berg", "he")


def test_asked_about_after_a_press_conference_audience():
    text = ("Inspector Kofi Mensah told journalists on Tuesday that two men had been arrested. Asked about "
            "reports of a third suspect, Mensah said the search was continuing.")
    assert asker(text, "reports of a third suspect") == "journalists"


def test_asked_about_in_a_quote_led_paragraph():
    text = ("\"We did everything we could,\" the festival director, Ines Barros, told reporters in Porto.\n\n"
            "Asked about the refunds, Barros said tickets would be honoured next year.")
    assert asker(text, "the refunds") == "reporters"


def test_asked_about_a_future_after_a_match():
    text = ("Striker Lukas Brenner told reporters the penalty should have been retaken. Asked about his "
            "future at the club, Brenner smiled: \"I am happy here.\"")
    assert asker(text, "his future at the club") == "reporters"


def test_asked_whether_still_the_audiences():
    text = ("Mayor Leilani Kahale told reporters the budget was balanced. Asked whether taxes would rise, "
            "Kahale said no.")
    assert asker(text, "whether taxes would rise") == "reporters"


def test_asked_about_with_two_audiences_is_no_ones():
    text = ("Chief Nomvula Dube told reporters the land claim would be heard in May. Her deputy told "
            "students at the college that the hearing could be delayed. Asked about the mining lease, "
            "Dube said the council had not seen it.")
    assert asker(text, "the mining lease") != "Nomvula Dube"
