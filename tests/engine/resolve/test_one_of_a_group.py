""""One said" after a sentence about a group is one of that group, called by its noun in the singular."""
from said_by import speaker_of


def test_one_after_a_group_is_one_of_them():
    text = ("Residents of Pell Street were angry at the closure. "
            "One, who asked not to be named, said the bus had been their only way into town.")
    assert speaker_of(text, "the bus had been") == "a resident"


def test_one_of_them_keeps_the_words_that_say_which_group():
    text = ("Several ferry workers waited outside the ministry on Monday. "
            "One of them told us the roster had been cut twice this year.")
    assert speaker_of(text, "the roster had been cut") == "a ferry worker"


def test_one_after_a_paragraph_break_is_left_alone():
    text = ("Residents of Pell Street were angry at the closure.\n\n"
            "One, who asked not to be named, said the bus had been their only way into town.")
    assert speaker_of(text, "the bus had been") != "a resident"


def test_one_who_says_what_they_are_keeps_it():
    text = ("Others were less forgiving. \"The firm has lost pricing power,\" said one fund manager who holds "
            "the shares.")
    assert speaker_of(text, "lost pricing power").startswith("one fund manager")


def test_they_that_found_no_source_is_the_group_before():
    from sourcetrace import analyze
    r = analyze("The researchers, from Halden University, followed 9,000 adults for a decade. "
                "They found that walkers slept longer.")
    assert [r.source(a.source_id).name for a in r.attributions] == ["researchers"]


def test_they_after_a_body_or_a_person_is_left_alone():
    from sourcetrace import analyze
    r = analyze("The mayor spoke first. They said the road was dangerous.")
    assert [r.source(a.source_id).name for a in r.attributions] == ["They"]


def test_a_bare_many_is_its_share_of_the_group_before():
    from sourcetrace import analyze
    r = analyze("Tenants packed the hall on Monday. Many said the rent rise was unfair.")
    assert [r.source(a.source_id).name for a in r.attributions] == ["many tenants"]


def test_one_after_people_at_a_pastime_is_one_of_them():
    text = ("Hikers on the ridge trail shrugged off the warning on Sunday. "
            "One laughed and said that the bears had always kept to themselves.")
    assert speaker_of(text, "the bears had always") == "a hiker"
