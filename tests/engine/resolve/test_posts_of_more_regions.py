from said_by import speaker_of


def test_a_curling_skip_before_a_name_is_no_part_of_it():
    text = "REGINA — Skip Margot Lheureux said her rink had \"nothing left\" after the final end."
    assert speaker_of(text, "nothing left") == "Margot Lheureux"


def test_a_revenue_officer_of_a_district_before_a_name():
    text = ("The survey of the village will be redone.\n\n"
            "Patwari Harnam Singh Dhillon said the old maps had been lost in a flood.")
    assert speaker_of(text, "old maps had been lost") == "Harnam Singh Dhillon"
