""""X said in reply to written questions that …": the parser hangs the "that" clause on the
questions, but the words are the speaker's statement, not a question with no one asking it."""
import pytest

from sourcetrace import analyze


def statements(text: str) -> list[tuple[str | None, str, str]]:
    analysis = analyze(text)
    return [(analysis.source(a.source_id).name if a.source_id else None, a.stance, a.content.text)
            for a in analysis.attributions if a.statement]


@pytest.mark.parametrize("text, speaker, opening", [
    ("The port authority said in a reply to written questions that the cranes would be back by June.",
     "port authority", "that the cranes"),
    ("The ministry said in response to questions that the clinic would reopen in May.", "ministry", "that the clinic"),
    ("The council told the Courier in answer to questions that the bridge was safe.", "council", "that the bridge"),
])
def test_the_clause_after_the_questions_is_the_speakers(text, speaker, opening):
    said = statements(text)
    assert [(who, stance) for who, stance, words in said if words.startswith(opening)] == [(speaker, "assert")]
    assert all(stance != "question" for _, stance, _ in said)


def test_questions_someone_raised_stay_their_own():
    said = statements("Residents raised questions that the levy would never be spent on the pier.")
    assert [(who, stance) for who, stance, _ in said] == [("Residents", "question")]
