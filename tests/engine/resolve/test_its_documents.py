"""A document known only as a body's ("Its afternoon bulletin advised …", "its annual report found
…") is the document of the body named last before it, and is called so."""
from said_by import source_of


def test_its_bulletin_is_the_body_named_before():
    text = ("The Met Service of Lesotho warned that frost would persist until Sunday. "
            "Its morning bulletin advised farmers to cover seedlings overnight.")
    source = source_of(text, "cover seedlings")
    assert source.kind == "document" and source.name == "Met Service of Lesotho's morning bulletin"


def test_its_with_no_body_before_stays_as_written():
    text = "Its morning bulletin advised farmers to cover seedlings overnight."
    assert source_of(text, "cover seedlings").name.lower().startswith("its")
