from said_by import source_of


def test_a_she_with_no_name_about_is_the_person_the_lede_described():
    text = ("A 79-year-old pensioner from Harrowgate has been told she must wait a year for a cataract "
            "operation.\n\n"
            "The health board said its waiting lists were the longest since 2015.\n\n"
            "\"I can hardly read my post,\" she said.")
    source = source_of(text, "hardly read my post")
    assert not source.named and "pensioner from Harrowgate" in source.name


def test_a_description_of_the_other_sex_is_not_her():
    text = ("A 79-year-old widower from Harrowgate has been told he must wait a year for an operation.\n\n"
            "The health board said its waiting lists were the longest since 2015.\n\n"
            "\"I can hardly read my post,\" she said.")
    assert "widower" not in source_of(text, "hardly read my post").name
