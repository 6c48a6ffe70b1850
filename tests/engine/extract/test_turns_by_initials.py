"""A transcript that names each speaker in full on the first turn and by initials after ("Nora
Quinlan: …" then "NQ: …"): the turn under the full name is that speaker's too, and an "I" in it
is hers, not the last speaker's."""
from sourcetrace import analyze

TRANSCRIPT = """Kestle harbour master on her last season

Harbour master Nora Quinlan, 61, retires in March after thirty years on the quay.

Kestle Courier: How does it feel?

Nora Quinlan: Strange. I have not packed a thing yet. I doubt I will until the last week.

KC: The quay looked busy this summer.

NQ: It was. The ferries ran late every day in August.

KC: Any advice for whoever follows you?

NQ: Keep the logbook by hand. The screens fail when you need them most.
"""


def _turns(text: str) -> list[tuple[str, str]]:
    analysis = analyze(text)
    return [(a.content.text.split()[0], analysis.source(a.source_id).name) for a in analysis.attributions
            if a.type == "direct" and a.source_id and (a.cue is None or a.cue.text == ":")]


def test_the_full_named_first_turns_are_turns():
    turns = _turns(TRANSCRIPT)
    assert ("Strange.", "Nora Quinlan") in turns
    assert ("How", "Kestle Courier") in turns


def test_no_words_in_her_turn_go_to_the_asker():
    analysis = analyze(TRANSCRIPT)
    hers = [a for a in analysis.attributions if "packed a thing" in a.content.text or "I will" in a.content.text]
    assert any("Strange." in a.content.text for a in hers)
    assert hers and {analysis.source(a.source_id).name for a in hers} == {"Nora Quinlan"}


def test_a_name_and_colon_with_no_initials_taking_turns_is_no_turn():
    text = TRANSCRIPT.replace("KC:", "Courier:").replace("NQ:", "Quinlan said:")
    assert ("Strange.", "Nora Quinlan") not in _turns(text)
