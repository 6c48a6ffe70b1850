"""Requests and demands are statements, and one joined to a reported clause is the speaker's second:
"said the council would pay for skips and urged residents to …" is two reports by the councillor;
"said the firm had lied and denied the permit" is one. Negated requests, and a petition "calling
for" something, report nothing said."""
import pytest


def _finds(engine, text):
    analysis = engine.analyze(text)
    return [(a.cue.text if a.cue else None, analysis.source(a.source_id).name if a.source_id else None,
             a.content.text) for a in analysis.attributions if a.statement]


@pytest.mark.parametrize("text, cue, content", [
    ("The mayor urged residents to stay indoors.", "urged", "residents to stay indoors"),
    ("The union demanded an independent review.", "demanded", "an independent review"),
    ("Haddad called for an inquiry into the contract.", "called", "an inquiry into the contract"),
    ("The agency warned residents to stay away from the river.", "warned", "residents to stay away from the river"),
    ("Dr Carr warned councils against relying on heavier lids.", "warned", "councils against relying on heavier lids"),
])
def test_a_request_or_demand_reports_what_was_asked(engine, text, cue, content):
    assert any(c.startswith(cue) and found == content for c, _, found in _finds(engine, text))


@pytest.mark.parametrize("text, first, second", [
    ("Councillor Ray Penn said the council would pay for skips, and urged residents to photograph damage.",
     "the council would pay for skips", "residents to photograph damage"),
    ('Senator Ana Ruiz said the memo raised "serious questions" and called for Mr Lowe to step aside.',
     'the memo raised "serious questions"', "Mr Lowe to step aside"),
    ('Ms Keane said the evidence was "explosive" and demanded an independent review.',
     'the evidence was "explosive"', "an independent review"),
])
def test_a_request_joined_to_the_reported_clause_is_the_speakers_second_report(engine, text, first, second):
    finds = _finds(engine, text)
    contents = [content for _, _, content in finds]
    assert first in contents and second in contents
    speakers = {who for _, who, content in finds if content in (first, second)}
    assert len(speakers) == 1 and None not in speakers


@pytest.mark.parametrize("text, whole, speaker", [
    ("The minister said the firm had lied and denied the permit.", "the firm had lied and denied the permit", "minister"),
    ("She said the union had met the owners and called for calm.", "the union had met the owners and called for calm",
     "She"),
])
def test_a_verb_that_can_share_the_clause_stays_in_it(engine, text, whole, speaker):
    finds = _finds(engine, text)
    assert (("said", speaker, whole)) in finds
    assert all(who != speaker for cue, who, _ in finds if cue != "said")  # nested, it is the clause subject's


@pytest.mark.parametrize("text", [
    "A petition calling for the chief's resignation has gathered 3,000 signatures.",
    "He said he had never once called for a delay.",
])
def test_no_request_is_reported(engine, text):
    assert not any(c and c.startswith("call") for c, _, _ in _finds(engine, text))


def test_a_cue_verb_the_tagger_read_as_a_noun_still_reports(engine):
    text = "Documents seen by this newspaper show that the minister met the chairman twice before the award."
    assert [(cue, content) for cue, _, content in _finds(engine, text)] == [
        ("show", "that the minister met the chairman twice before the award")]


def test_a_noun_of_the_same_word_reports_nothing(engine):
    assert _finds(engine, "The show that ran for years ended in May.") == []


def test_a_speaker_the_parser_hung_on_the_clause_as_an_apposition_is_the_speaker(engine):
    text = ("More than 3,000 dead fish have been recovered from a six-kilometre stretch of the River Senn below "
            "Wyke Bridge, the Senn Valley Environment Agency said on Friday.")
    assert _finds(engine, text) == [("said", "Senn Valley Environment Agency",
                                     "More than 3,000 dead fish have been recovered from a six-kilometre stretch "
                                     "of the River Senn below Wyke Bridge")]


def test_an_apposition_without_a_cue_reports_nothing(engine):
    assert _finds(engine, "The council met the mayor, a former teacher, on Monday.") == []
