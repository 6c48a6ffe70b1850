""""According to X" ending a relative clause gives X only that clause ("…, which rose by 40 percent
according to the board"); set off by a comma at the sentence's end it gives X the sentence."""


def _according(engine, text):
    return [a.content.text for a in engine.analyze(text).attributions if a.type == "according_to"]


def test_according_to_inside_a_relative_clause_gives_that_clause(engine):
    text = ("Councillors said the fund would cover repairs to the sea wall, which cost 2.4 million euros "
            "last winter according to the harbour board.")
    assert _according(engine, text) == \
        ["which cost 2.4 million euros last winter"]


def test_according_to_set_off_at_the_end_gives_the_sentence(engine):
    text = "The fund will cover repairs to the sea wall, which cost 2.4 million euros, according to the harbour board."
    assert _according(engine, text) == ["The fund will cover repairs to the sea wall, which cost 2.4 million euros"]
