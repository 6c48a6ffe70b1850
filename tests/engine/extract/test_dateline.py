import pytest

from sourcetrace.engine.extract.dateline import without_dateline
from sourcetrace.engine.component import analyze


@pytest.mark.parametrize("text,kept", [
    ("RENO, Nev. (AP) — Republican hopeful Dana Voss", "Republican hopeful Dana Voss"),
    ("WASHINGTON -- President Obama", "President Obama"),
    ("CAMBRIDGE, Mass., Dec. 11 (UPI) — Young voters", "Young voters"),
    ("ORLANDO, Fla. (Reuters) - The mayor", "The mayor"),
    ("EXCLUSIVE – Roger Lamb", "Roger Lamb"),
    ("TIRUVALLA: The collector", "The collector"),
    ("KINGSTON, ON, May 2 /Lakeland Newswire/ - Harbour Mills", "Harbour Mills"),
    ("HALIFAX, March 3, 2025 /CNW/ - The port", "The port"),
    ("MONCTON, N.B., Nov. 6, 2025 /Maritime Wire/ - The union", "The union"),
    ("ACCRA, 4 March 2025 - Tema Cocoa Ltd", "Tema Cocoa Ltd"),
    ("NAIROBI, 12 Sept. (Coastline Wire) — The county", "The county"),
])
def test_a_dateline_is_cut_from_the_front(text, kept):
    start, end = without_dateline(text, (0, len(text)))
    assert text[start:end] == kept


@pytest.mark.parametrize("text", ["AP-GfK Poll", "ANTI-EXTREMISM EFFORTS", "I - and then", "US officials - who",
                                  "WASHINGTON — "])
def test_other_capitals_and_dashes_are_kept(text):
    assert without_dateline(text, (0, len(text))) == (0, len(text))


def test_capitals_and_a_dash_inside_a_line_are_no_dateline():
    text = "Officials said NATO — the alliance — would meet."
    start = text.index("NATO")
    assert without_dateline(text, (start, len(text))) == (start, len(text))
    line = "Headline\n\n" + text[start:]
    assert line[slice(*without_dateline(line, (10, len(line))))] == "the alliance — would meet."


def test_a_source_after_a_dateline_leaves_the_dateline_out():
    text = "LISBON (AP) — Harbour master Rui Costa said on Friday that the port would reopen next week."
    [attribution] = analyze(text).attributions
    assert attribution.source.text == "Harbour master Rui Costa"
    assert attribution.content.text == "that the port would reopen next week"


def test_a_place_before_a_colon_is_a_dateline_not_a_speaker():
    text = ("The last tailor on Canal Street\n\n"
            "TIRUVALLA: Every morning at six, Meenakshi Varghese unlocks the shutter of Tiruvalla's oldest shop.\n\n"
            "“Nobody mends anything now,” she said.")
    analysis = analyze(text)
    names = {analysis.source(a.source_id).name for a in analysis.attributions if a.source_id}
    assert not any(a.cue and a.cue.text == ":" for a in analysis.attributions)
    assert not any("TIRUVALLA" in (name or "") for name in names)


def test_a_day_first_dateline_is_no_speaker_of_a_release():
    text = ("Harvest results\n\nACCRA, 4 March 2025 - Tema Cocoa Ltd today announced a rise in its "
            "half-year profit to 12 million cedis.")
    analysis = analyze(text)
    assert [a.source.text for a in analysis.attributions] == ["Tema Cocoa Ltd"]


def test_a_span_starting_inside_a_lines_dateline_loses_the_rest_of_it():
    text = "FREDERICTON, N.B., Nov. 6, 2025 — The paramedics' union rejected the figures."
    start = text.index("N.B.")
    assert text[slice(*without_dateline(text, (start, text.index(" rejected"))))] == "The paramedics' union"


def test_the_subject_after_a_dateline_the_parser_took_the_place_for(engine):
    text = ("SKOPJE, March 3 (Vardarpress) - Minister of Health, Family and Social Care Ilija Stojanovski on "
            "Tuesday defended a plan closing four clinics, telling deputies that the budget \"cannot stretch further\".\n")
    first = engine.analyze(text).attributions[0]
    assert first.source.text.startswith("Minister of Health") and "SKOPJE" not in first.source.text


def test_an_interview_label_stays_its_speaker(engine):
    text = ("Coach Aoife Brennan spoke to the Valley Herald after the final.\n\n"
            "VH: Was the penalty fair?\n\nAB: Look, the referee saw it and that's it.\n")
    analysis = engine.analyze(text)
    assert all(a.source_id is not None for a in analysis.attributions if a.statement)
