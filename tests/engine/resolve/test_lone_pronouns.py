"""A "she" that finds no source in view is the person the text last named in passing, if the pronoun fits."""
from sourcetrace import analyze


def speaker_of(r, words):
    return next(r.source(a.source_id) for a in r.attributions if words in a.content.text)


def test_a_name_in_passing_is_who_she_is():
    text = ("Maria Lindqvist's \"The Cold Shore\" runs to 900 pages and took eleven years to write. "
            "“I kept thinking I had finished,” she said. “Then the harbour chapter grew again.”\n\n"
            "She said her publisher had asked for cuts she refused to make.")
    r = analyze(text)
    first = speaker_of(r, "I kept thinking")
    assert first.name == "Maria Lindqvist"
    assert speaker_of(r, "her publisher had asked").id == first.id


def test_a_name_the_pronoun_does_not_fit_is_not_taken():
    text = ("Tomas Brandt's new novel runs to 900 pages. "
            "“I kept thinking I had finished,” she said.")
    r = analyze(text)
    assert speaker_of(r, "I kept thinking").name != "Tomas Brandt"
