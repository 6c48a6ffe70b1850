"""A title set off after a word for a work is a name whatever its length or subtitle ("The paper,
"Timing of Post-Meal Walking and Fasting Glucose in Older Adults," was funded …", "The study,
"Vanishing Potholes: Three Decades of …," is free"), and a colon inside it labels no speaker; a
quote set off the same way that has a clause of its own is still a quote."""
import pytest


def _statements(engine, text):
    return [a.content.text for a in engine.analyze(text).attributions if a.statement]


@pytest.mark.parametrize("text", [
    'Dr Ama Reid led the work. The paper, "Timing of Evening Walks and Morning Blood Sugar in Retired '
    'Teachers," was funded by a local trust.',
    'Dr Ama Reid led the work. The report, "Dry Creeks: Forty Years of Prairie Pond Loss," is free to '
    'read online.',
])
def test_a_long_or_subtitled_title_is_no_quote(engine, text):
    assert _statements(engine, text) == []


def test_a_quote_with_a_clause_set_off_after_a_work_noun_stays(engine):
    text = 'The report, "We found the river had been poisoned for years," was published on Monday.'
    assert "We found the river had been poisoned for years" in _statements(engine, text)


@pytest.mark.parametrize("text", [
    # a title that is itself a sentence, set off after the word for the work, with no cue for it
    'Dr Noa Levin led the trial. The study, "Soil fungi shield wheat seedlings from salt stress", was '
    'paid for by a regional fund.',
    # a subtitle after a colon, the quote ending the sentence
    "The results appear in the agency's 2023 survey, \"Counting the Nets: Gear Losses Along the "
    'Northern Coast of Lake Malawi".',
    # words for a work the lexicon lists: an assessment, a court case
    'The stock assessment, "Eastern Shelf Scallops: Status and Outlook 2025," runs to 90 pages.',
    'The case, "Devi Prasad Mishra vs State of M.P. and Others", was heard over two days.',
])
def test_a_title_set_off_after_a_work_noun_is_no_quote(engine, text):
    assert _statements(engine, text) == []


def test_a_cued_quote_after_a_work_noun_is_still_words(engine):
    text = 'The study, "Soil fungi shield wheat seedlings," Dr Levin said, "is only the start."'
    assert _statements(engine, text)
