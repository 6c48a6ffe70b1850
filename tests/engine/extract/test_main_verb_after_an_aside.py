""""The Harbour Trust, which runs the marina, announced on Monday that …": a cue verb the parser hung as
a participle on the body's name after an aside is the sentence's main verb; the body is its speaker,
and what it announced stays out of the speaker's words."""
import pytest

from sourcetrace import analyze


def _the(text: str, words: str):
    r = analyze(text)
    found = next(a for a in r.attributions if words in a.content.text)
    return found, (r.source(found.source_id) if found.source_id else None)


@pytest.mark.parametrize("text, words, name", [
    ("The Harbour Trust, which runs the marina, announced on Monday that the slipway would stay shut until "
     "spring.", "slipway", "Harbour Trust"),
    ("The Dunmore Credit Union, which has 4,000 members, announced last week that it would merge.",
     "merge", "Dunmore Credit Union"),
])
def test_the_body_before_the_aside_is_the_speaker(text, words, name):
    found, source = _the(text, words)
    assert source is not None and source.name == name
    assert words not in found.source.text and found.source.text.startswith("The ")
    assert found.content.text.startswith("that ")


def test_a_participle_that_says_what_was_done_to_them_still_has_no_speaker():
    # nothing set off before the verb: the people were accused; who accused them is not named
    r = analyze("Two brothers accused of selling fake tickets were arrested on Friday.")
    assert not any(r.source(a.source_id) is not None and "brothers" in r.source(a.source_id).name
                   for a in r.attributions if a.source_id)


def test_a_verb_with_its_own_subject_is_read_as_before():
    found, source = _the("The report, published on Monday, said that the river had flooded twice.", "flooded")
    assert source is not None and source.kind == "document" and "flooded" not in found.source.text


def test_a_past_verb_hung_on_the_root_noun_is_that_nouns():
    # "A former porter denied that he stole", parsed as a noun phrase: "denied" a clause of "porter"
    import spacy
    from spacy.tokens import Doc
    from sourcetrace.engine.extract.syntax import main_verb_read_as_participle
    words = ["A", "former", "porter", "denied", "that", "he", "stole", "."]
    heads = [2, 2, 2, 2, 6, 6, 3, 2]
    deps = ["det", "amod", "ROOT", "acl", "mark", "nsubj", "ccomp", "punct"]
    pos = ["DET", "ADJ", "NOUN", "VERB", "SCONJ", "PRON", "VERB", "PUNCT"]
    for tag, expected in (("VBD", True), ("VBN", False)):  # "a porter denied bail": a participle, no verb
        tags = ["DT", "JJ", "NN", tag, "IN", "PRP", "VBD", "."]
        doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)
        assert main_verb_read_as_participle(doc[3]) is expected
