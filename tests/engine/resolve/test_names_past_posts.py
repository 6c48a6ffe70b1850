"""A source named by its post and its name run together is the person, named as the text names them
past the post and the forms of address before it (resolve/names_past_posts.py)."""
from said_by import source_of
from sourcetrace.engine.resolve.names_past_posts import name_past_post


def test_a_post_and_a_form_of_address_before_the_name():
    assert name_past_post("Opposition spokesman on health Dr Clive Henry-Morgan") == "Clive Henry-Morgan"
    assert name_past_post("traditional ruler of Ugwu-Nkwo Autonomous Community, HRH Igwe Cyprian Anieke") \
        == "Cyprian Anieke"


def test_past_the_field_a_post_is_for_two_words_no_list_knows():
    assert name_past_post("Minister for Disaster Preparedness Kenred Strachan-Major") == "Kenred Strachan-Major"


def test_no_name_after_the_post_leaves_it_alone():
    assert name_past_post("Minister of Health") is None
    assert name_past_post("Julie Bishop") is None  # a title word that ends a name is the name's
    assert name_past_post("President Obama Foundation") is None
    assert name_past_post("spokesman for Lumetry Inc.") is None  # an employer, not a post's field


def test_the_source_of_a_post_run_into_a_name_is_the_person():
    text = ("Shadow spokesman on health Dr Clive Harrow-Benn questioned why the programme had been \"allowed "
            "to run down\" over two years.")
    source = source_of(text, "allowed")
    assert (source.name, source.kind) == ("Clive Harrow-Benn", "person")
