"""A surname the parser reads as an adverb of the speech verb ("Connolly recalled that …", with
"Connolly" the verb's modifier and the verb left with no subject) is the speaker, where the text
has named that person in full; a word that is no one's surname stays no one."""
from sourcetrace import analyze

import pytest

from said_by import source_of, speaker_of

HOTEL = ("Night porter Rosa {name} said the hotel was never empty. {name} recalled that her manager once "
         "gave a guest the room for free.")


def test_a_surname_read_as_an_adverb_is_the_speaker():
    for name in ("Connolly", "Brierly"):
        assert speaker_of(HOTEL.format(name=name), "room for free") == f"Rosa {name}"


def test_a_word_that_is_no_ones_surname_is_no_speaker():
    text = HOTEL.format(name="Connolly").replace("Night porter Rosa Connolly", "Night porter Rosa Quill")
    analysis = analyze(text)
    spoken = [a for a in analysis.attributions if "room for free" in a.content.text]
    assert all(a.source_id is None or analysis.source(a.source_id).name != "Rosa Quill" for a in spoken)


def test_a_verb_joined_to_the_quoted_word_shares_the_speakers_subject():
    # the parser joins "called" to the quoted "stinks" (read as a noun), not to "said"
    for opener in ("Councillor Marta Boyce", "Opposition Leader Marta Boyce"):
        text = f'{opener} said the timing "stinks" and called for the ethics commissioner to investigate.'
        assert speaker_of(text, "commissioner to investigate") == "Marta Boyce"


def test_a_verb_joined_to_reported_words_with_their_own_subject_is_left_to_the_parse(engine):
    # "had misled … and called": the joined words have a subject, which the second verb may share
    from sourcetrace.engine.extract import run_extractors
    from sourcetrace.engine.parse import parse_text
    from sourcetrace.engine.resolve.misread_subject import subjects_misread
    from sourcetrace.settings import PROFILES
    doc = parse_text(engine.nlp, "Councillor Marta Boyce said the mayor had misled voters and called for the "
                                 "auditor to investigate.")
    found = [f for f in run_extractors(doc, PROFILES["fast"])]
    for f in found:
        f.source = None  # as if the parse had given no verb a subject
    text = doc.text
    claimed = {text[f.content_span[0]:f.content_span[1]]: at for i, at in subjects_misread(doc, found).items()
               for f in [found[i]]}
    assert not any("auditor" in words for words in claimed)


def test_the_person_named_after_an_opening_phrase_is_the_speaker():
    # the parser hangs the name on the court and leaves "said" with the phrase, or nothing, as subject
    for text, name in (("Testifying in his own defense in Harlow County Circuit Court, Martin Ashby, 47, said "
                        "branch manager Paul Greer instructed him to move the money.", "Martin Ashby"),
                       ("Speaking outside Harlow County Circuit Court, Martin Ashby, 47, said his manager had "
                        "lied to the jury.", "Martin Ashby"),
                       ("Testifying in her own defense in Kell County District Court, Dana Whitlow, 39, said her "
                        "supervisor told her to shred the files.", "Dana Whitlow")):
        reported = text.split(" said ")[1][:12]
        assert speaker_of(text, reported) == name


def test_a_name_inside_the_opening_phrase_is_not_the_speaker():
    text = "Speaking after Martin Ashby was sentenced at Harlow County Circuit Court, said his lawyer, it was over."
    analysis = analyze(text)
    assert all(analysis.source(a.source_id).name != "Martin Ashby" for a in analysis.attributions if a.source_id)


WORDS = ["Calder", "proposed", "a", "plan", "her", "finance", "chief", "called", "wasteful", "."]
HEADS = [1, 1, 3, 1, 6, 6, 3, 3, 7, 1]
POS = ["PROPN", "VERB", "DET", "NOUN", "PRON", "NOUN", "NOUN", "VERB", "ADJ", "PUNCT"]


def _parsed(deps: list[str]):
    import spacy
    from spacy.tokens import Doc
    return Doc(spacy.blank("en").vocab, words=WORDS, pos=POS, heads=HEADS, deps=deps)


def test_the_subject_set_beside_the_noun_of_a_reduced_relative_is_whom_the_verb_has():
    # "a plan her finance chief called wasteful", parsed with "chief" beside "plan" and no subject
    from sourcetrace.engine.resolve.misread_subject import _reduced_relative_subject
    doc = _parsed(["nsubj", "ROOT", "det", "dobj", "poss", "compound", "appos", "acl", "oprd", "punct"])
    assert _reduced_relative_subject(doc[7]).text == "chief"


def test_a_noun_beside_with_no_owner_or_name_is_no_subject():
    from sourcetrace.engine.resolve.misread_subject import _reduced_relative_subject
    doc = _parsed(["nsubj", "ROOT", "det", "dobj", "det", "compound", "appos", "acl", "oprd", "punct"])
    assert _reduced_relative_subject(doc[7]) is None


def test_the_person_named_after_a_statement_phrase_is_the_speaker():
    # "In a statement, vice-president Ruth Calder said it was late", parsed with the name hung on
    # "statement" and "said" left with no subject
    import spacy
    from spacy.tokens import Doc
    from sourcetrace.engine.resolve.misread_subject import _named_after_lead_in
    words = ["In", "a", "statement", ",", "vice", "-", "president", "Ruth", "Calder", "said", "it", "was", "late", "."]
    heads = [9, 2, 0, 2, 6, 6, 8, 8, 2, 9, 11, 9, 11, 9]
    deps = ["prep", "det", "pobj", "punct", "compound", "punct", "compound", "compound", "appos", "ROOT", "nsubj",
            "ccomp", "acomp", "punct"]
    ents = ["O"] * 7 + ["B-PERSON", "I-PERSON"] + ["O"] * 5
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, ents=ents)
    assert _named_after_lead_in(doc, doc[9]).text == "Ruth Calder"
    deps[8], heads[8] = "nsubj", 9  # parsed right: the verb has its subject, nothing to mend
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, ents=ents)
    assert _named_after_lead_in(doc, doc[9]) is None


@pytest.mark.parametrize("text, name", [
    ('The ruling states that the roof "was never designed to carry the weight".', "ruling"),
    ("The verdict states that both men knew of the fault.", "verdict"),
])
def test_a_subject_the_parser_hung_on_the_verb_is_the_speaker(text, name):
    source = source_of(text, "that")
    assert source is not None and source.name == name


def test_member_states_are_no_speaker_of_what_they_agreed():
    assert all(s.name != "member" for s in analyze("The member states agreed to the plan.").sources)


def test_a_speaker_read_where_the_parse_gave_none_is_shown_in_the_text():
    text = 'The ruling states that the roof "was never designed to carry the weight".'
    found = next(a for a in analyze(text).attributions if "roof" in a.content.text)
    assert found.source is not None and found.source.text == "The ruling"
