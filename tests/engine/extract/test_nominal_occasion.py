""""Markova told the court during closing arguments that …": where the parser hangs the reported
clause on the occasion's noun, the attribution is still the verb's, by its subject. Sentences
written for the test."""
from sourcetrace import analyze


def _found(text: str) -> list[tuple[str, str, str]]:
    r = analyze(text)
    return [(a.source.text if a.source else "", a.cue.text if a.cue else "", a.content.text) for a in r.attributions]


def test_told_the_court_during_closing_arguments():
    text = ("Prosecutors had asked for nine years. State prosecutor Irina Pavlovna Sokolova told the court "
            "during closing arguments that Belov had run \"a private toll booth on public roads\" for four "
            "years.\n")
    found = [f for f in _found(text) if "toll booth" in f[2]]
    assert found and all("Sokolova" in source for source, _, _ in found)
    assert any(cue.startswith("told") for _, cue, _ in found)
