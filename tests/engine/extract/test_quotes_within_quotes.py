"""Words a quote quotes, opened straight after a cue verb with a subject (or after the pronoun
told): "Then Dana shouted 'now!'", "The villagers warned us, 'The river will take this road.'",
"I said, 'Why not?'" are statements of their own, a word shouted and a habit recalled included; a
scare quote after a noun is not, and a headline's single-marked quote after "says" is the speaker's."""
import pytest


def _statements(engine, text):
    return [(a.content.text, a.cue.text if a.cue else None) for a in engine.analyze(text).attributions if a.statement]


@pytest.mark.parametrize("text, words, cue", [
    ('"We were stuck on the ice," said Olsen. "Then Dana shouted \'now!\' and we ran."', "now!", "shouted"),
    ('"The villagers warned us, \'The river will take this road.\' Nobody listened," she said.',
     "The river will take this road", "warned"),
    ('"I said, \'Why should we wait?\'" the farmer recalled.', "Why should we wait?", "said"),
    ('"My grandmother would say, \'Never trust a calm lake.\' She was right," Peters said.',
     "Never trust a calm lake", "would say"),
    ('"He told me,\n\'Keep the gate shut at night.\' I did," the guard said.', "Keep the gate shut at night", "told"),
])
def test_words_quoted_in_a_quote_are_a_statement(engine, text, words, cue):
    assert any(content == words and said is not None and said.endswith(cue.split()[-1])
               for content, said in _statements(engine, text))


def test_a_scare_quote_after_a_noun_is_no_statement(engine):
    statements = _statements(engine, '"He called the plan \'reckless\' and walked out," she said.')
    assert not any(content == "reckless" for content, _ in statements)


def test_a_headlines_single_marked_quote_is_its_speakers(engine):
    text = ("Rovers edge past Harriers; captain says 'best night of my life'\n\n"
            "Rovers beat Harriers 2-1 on Saturday. \"We kept going,\" the captain said.")
    assert ("best night of my life", "says") in _statements(engine, text)
