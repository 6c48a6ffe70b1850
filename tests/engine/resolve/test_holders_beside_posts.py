"""A name set off by commas after a post is the post's holder where the parser made it one more
object of the post's preposition; a form of address after the comma is the name's, not the post's.
Sentences written for the test."""
from said_by import source_of


def _read(text: str, words: str):
    source = source_of(text, words)
    return source.name, source.kind



def test_a_name_read_as_a_second_object_of_the_posts_preposition():
    source = source_of("The chief of the Department of Parks, Recreation and Tourism, Lee Hyun-woo, said the "
                       "trails were closed.", "trails")
    assert (source.name, source.description) == ("Lee Hyun-woo", "The chief of the Department of Parks, "
                                                                  "Recreation and Tourism")


def test_a_form_of_address_after_the_posts_comma_is_no_part_of_the_post():
    texts = ["The Emir of Kano, Alhaji Aminu Ado Bayero, said the festival would go ahead.",
             "The Minister of Finance and Economic Planning, Hon. Grace Mensah, said the budget was balanced.",
             "The Director of Public Health for Wessex, Dr Amara Okafor, said cases were falling."]
    found = [source_of(t, t.split(" said ")[1][:12]) for t in texts]
    assert [s.description for s in found] == ["The Emir of Kano", "The Minister of Finance and Economic Planning",
                                              "The Director of Public Health for Wessex"]
