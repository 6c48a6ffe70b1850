"""Words carried by reports, rumours or posts that no one is named as making are theirs, or the
one who put them out; where a maker is named, the rule leaves them alone."""
import pytest

from said_by import speaker_of
from sourcetrace import analyze

HEARSAY = [
    ("The club's officials have said there is no truth to reports that the ground has been sold.",
     "the ground has been sold", "reports"),
    ("The ministry did not respond to rumours that the minister would resign.",
     "the minister would resign", "rumours"),
    ("Police are aware of posts on social media claiming that a second man was involved.",
     "a second man was involved", "posts on social media"),
    ("A spokeswoman could not be reached for comment on media reports that the airline would cut 500 jobs.",
     "the airline would cut", "media reports"),
    ("Last month her charity, the Nakuru Water Trust, released a report estimating that one in four "
     "wells is dry.", "one in four wells", "Nakuru Water Trust"),
    ("The palace has not commented on rumors that the king is unwell.", "the king is unwell", "rumors"),
    ("Farmers in Punjab published a letter saying that the new law would ruin them.",
     "the new law would ruin", "Farmers"),
    ("Shares in Halden Bank fell 6 percent on Tuesday on reports that it would miss its targets.",
     "it would miss its targets", "reports"),
]


@pytest.mark.parametrize("text, words, name", HEARSAY)
def test_words_no_one_is_named_as_making_are_the_reports(text, words, name):
    assert name in speaker_of(text, words)


@pytest.mark.parametrize("text", [
    "Nobody would comment on reports by residents that the well had been poisoned.",
    "Nobody would comment on the villagers' claims that the well had been poisoned.",
])
def test_hearsay_with_a_maker_named_is_not_its_own(text):
    analysis = analyze(text)
    names = [analysis.source(a.source_id).name for a in analysis.attributions if a.source_id]
    assert not any(name in ("reports", "claims") for name in names)
