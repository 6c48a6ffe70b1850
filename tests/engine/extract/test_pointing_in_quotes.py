"""Inside someone's quote, what "this" or "that" tells or shows ("This tells them the council
isn't listening," she said) is her reading of it, no attribution of its own; her quote is."""
from sourcetrace import analyze


def test_what_this_tells_inside_a_quote_is_no_attribution():
    text = ('"Shops on the high street are barely hanging on," Moira Tulloch said. "This tells them the '
            'council isn\'t listening."\n')
    cues = [(a.cue.text if a.cue else "", a.source.text if a.source else "") for a in analyze(text).attributions]
    assert ("tells", "This") not in cues
    assert any(cue == "said" for cue, _ in cues)


def test_a_person_telling_inside_a_quote_is_kept():
    text = ('"He told me the rent would double," Moira Tulloch said.\n')
    cues = [a.cue.text for a in analyze(text).attributions if a.cue]
    assert "told" in cues
