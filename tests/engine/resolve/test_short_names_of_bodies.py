"""A body's acronym or the opening words of its name stand for the body in full, whatever the
tagger made of them; a place or a person is never cut from a body's name. Sentences written
for the test."""
from sourcetrace import analyze

from said_by import speaker_of


def test_the_opening_words_of_a_body_are_the_body():
    text = ("The owner, Harbour Ridge Holdings, said in the notices that the units must be empty. "
            "Tenants call the work a pretext. Harbour Ridge denied the claim.")
    assert speaker_of(text, "the claim") == "Harbour Ridge Holdings"


def test_an_acronym_the_tagger_took_for_a_body_is_the_body_in_full():
    text = ("The river peaked at 5.2 metres on Friday, the Coastal Tidal Authority (CTA) said. "
            "The CTA rejected the claim that its warnings came late.")
    analysis = analyze(text)
    names = {analysis.source(a.source_id).name for a in analysis.attributions if a.source_id}
    assert names == {"Coastal Tidal Authority"}


def test_a_government_agency_is_no_news_outlet():
    text = "Water levels would fall by Sunday, the Federal Water Agency said."
    analysis = analyze(text)
    assert analysis.source(analysis.attributions[0].source_id).kind == "organization"


def test_a_person_is_not_the_foundation_named_after_them():
    text = ("The Marion Kellet Foundation said the grant would be paid in May. "
            "Marion Kellet said she would attend the opening.")
    assert speaker_of(text, "attend the opening") == "Marion Kellet"


def test_a_surname_is_not_the_firm_named_after_the_family():
    text = ("Dana Whitcombe founded Whitcombe Freight in 1998. "
            "Whitcombe said the depot would stay open.")
    assert speaker_of(text, "the depot would stay open") != "Whitcombe Freight"


def test_a_common_word_is_no_short_name():
    text = ("The Water Services Regulation Office said the works were among the worst. "
            "Water prices would rise, Kessary Rivers said.")
    assert speaker_of(text, "prices would rise") != "Water Services Regulation Office"


def test_a_bodys_short_form_in_brackets_is_no_part_of_its_name():
    from sourcetrace import analyze
    for text in ("More rain was forecast for Monday, the Bureau of Meteorology (BoM) said.",
                 "The Centre for Disease Surveillance (CDS) said its team had been deployed."):
        assert "(" not in analyze(text).sources[0].name


def test_a_bodys_short_form_in_brackets_is_no_person():
    from sourcetrace import analyze
    r = analyze("The Department for Transport (DfT) would not say whether it was prepared to intervene.")
    assert [(s.name, s.kind) for s in r.sources] == [("Department for Transport", "organization")]


def test_a_short_form_in_brackets_that_is_no_acronym_is_the_body_in_full():
    # the short form is its own language's, not the English name's initials
    text = ("The judge said officials at the Ministry of Water and Forests (MIAGUA) had ordered the "
            "tender changed in 2021.\n\n"
            "MIAGUA said in a statement that it would review the contract.")
    assert speaker_of(text, "review the contract") == "Ministry of Water and Forests"


def test_a_short_form_after_a_possessive_name():
    text = ("According to the Solicitor General's Office (Procuradoría), the firm paid no tax for six "
            "years. The Procuradoría did not respond to a question about the audit.")
    assert speaker_of(text, "about the audit") == "Solicitor General's Office"



def test_letters_spelling_a_run_of_capitals_the_tagger_left_unnamed():
    from sourcetrace.engine.parse import load_nlp, parse_text
    from sourcetrace.engine.resolve.bodies import by_acronym
    doc = parse_text(load_nlp(), "The Lakers levelled their Northern Plains Curling League semi-final on Friday. "
                                 "The NPCL said it would review the last end.")
    doc.ents = []  # as where the small tagger names no body at all
    assert by_acronym(doc, "NPCL") == "Northern Plains Curling League"
    assert by_acronym(doc, "NPC") is None  # the run must end on a word for a body


def test_what_a_body_has_since_become_is_no_part_of_its_name():
    text = ("Nilecot Spinning Company paid the fines in 2021.\n\n"
            'Nilecot Spinning, now under new management, said in a statement that it "welcomes the ruling".')
    assert speaker_of(text, "welcomes the ruling") == "Nilecot Spinning Company"
