"""An act read with a cue of no saying word whose content runs on over a telling ("refused to pull the
books … and told a Senate committee that …") is the act before the telling: the telling is the
statement, the act none."""


def _reports(engine, text):
    return [(a.cue.text if a.cue else None, a.content.text) for a in engine.analyze(text).attributions if a.statement]


def test_the_act_before_the_telling_is_no_statement(engine):
    found = _reports(engine, 'The librarian, Edda Vance, refused to pull the same novels from the town library and '
                             'told a state Senate committee that "a library of comfortable books is a waiting room."')
    assert not any(cue == "refused" for cue, _ in found)
    assert any(cue == "told" for cue, _ in found)
