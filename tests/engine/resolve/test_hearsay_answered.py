"""Claims going round with no one named as making them, which a body answers ("rejects claims
circulated on social media that …"): what the claims say is theirs, not the body's."""
from said_by import source_of, speaker_of


def test_claims_on_social_media_a_firm_rejects_are_the_claims():
    text = ("Kora Gold signed a benefit deal with the landowners on Monday. Kora Gold rejects claims "
            "circulated on social media that the agreement was signed without the consent of the women.")
    source = source_of(text, "without the consent")
    assert source.name == "claims circulated on social media" and source.kind == "document"


def test_reports_a_council_notes_are_the_reports():
    text = ("The Harbour District Council notes with concern reports circulating on social media that the "
            "fish market is to be closed on Friday.\n\nThe council denies that any stall is to close.")
    assert speaker_of(text, "fish market is to be closed") == "reports circulating on social media"
    assert speaker_of(text, "any stall is to close") != "reports circulating on social media"


def test_claims_with_a_maker_are_not_read_so():
    text = ("Kora Gold rejects claims by the Tiri women's group, shared on social media, that the "
            "agreement was signed without consent.")
    assert "claims" not in speaker_of(text, "signed without consent")


def test_claims_a_body_makes_itself_stay_the_bodys():
    text = "The union says that the agreement was signed without the consent of the women."
    assert speaker_of(text, "without the consent") == "union"


def test_the_bodys_rejection_of_the_claims_stays_the_bodys():
    text = ("The Lowmere Health Board rejected claims circulating on social media that the vaccine had been "
            "withdrawn from surgeries.")
    analysis_source = source_of(text, "claims circulating on social media that")
    assert analysis_source.name == "Lowmere Health Board"
