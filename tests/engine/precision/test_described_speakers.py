"""A person described after a closing quote is its speaker, and a source's request to stay unnamed is
no statement. Sentences written for the test."""
from sourcetrace import analyze


def contents(text: str) -> list[str]:
    return [a.content.text for a in analyze(text).attributions]


def test_a_described_person_after_the_quote_is_not_what_was_said():
    for text in ('"We lost the lot," said a woman sitting on a folding chair at the Mill Lane sports hall on Friday '
                 'night. "Even the photos."',
                 'The water rose fast. "It came in under the door," said a man queueing for soup.',
                 '"They told us nothing," said a father collecting two girls from the gate.'):
        found = contents(text)
        assert not any(c.startswith(("a woman", "a man", "a father")) for c in found), found
        assert found and found[0] in ("We lost the lot", "It came in under the door", "They told us nothing")


def test_said_with_a_clause_after_a_quote_is_still_a_statement():
    text = ('"Prices are up," the grocer said. The supplier said the rise would last all winter.')
    assert "the rise would last all winter" in contents(text)


def test_asking_not_to_be_named_is_no_statement():
    text = ('One nurse, who asked not to be named, said the ward had been short of staff for months. '
            'A porter who asked not to be identified said the lifts broke weekly.')
    found = contents(text)
    assert not any(c.lower().startswith(("not to be named", "not to be identified")) for c in found)
    assert "the ward had been short of staff for months" in found
    assert "the lifts broke weekly" in found


def test_the_described_person_is_the_quotes_speaker():
    text = '"It came in under the door," said a man queueing for soup.'
    analysis = analyze(text)
    quote = analysis.attributions[0]
    assert quote.content.text == "It came in under the door" and quote.cue.text == "said"
    assert analysis.source(quote.source_id).name == "man"
