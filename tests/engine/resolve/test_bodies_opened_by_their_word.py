"""A body's name opened by a word for its kind in capitals ("Club Atlético …", "Fundación …") is a
body's, whatever the tagger took the rest for; a post that ends on such a word ("Minister for
Emergency Services Bronwyn Tate") still names its holder. Sentences written for the test."""
from sourcetrace import analyze


def _sources(text: str) -> list[tuple[str, str]]:
    analysis = analyze(text)
    return [(analysis.source(a.source_id).name, analysis.source(a.source_id).kind) for a in analysis.attributions]


def test_a_club_named_in_its_own_language_is_a_body():
    text = "Club Atlético Villa Paraná said it had dismissed its head coach. The club said the reserve coach would take over."
    assert _sources(text) == [("Club Atlético Villa Paraná", "organization")] * 2


def test_a_post_ending_on_a_body_word_still_names_its_holder():
    text = "Minister for Water and Emergency Services Bronwyn Tate said the levee would hold."
    assert _sources(text) == [("Bronwyn Tate", "person")]
