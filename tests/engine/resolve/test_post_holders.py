"""A source called only by a post is the person the text gives that post by name, in any of the
post's names and wherever the name and post stand (resolve/post_holders.py, roles.json)."""
from said_by import speaker_of


def test_a_local_office_given_before_the_name():
    text = ("SHYMKENT — Shymkent akim Nurlan Abdrakhmanov on Monday opened a new water main in the "
            "southern districts.\n\n"
            "\"Every household will have running water by winter,\" the akim said at the ceremony.")
    assert speaker_of(text, "running water by winter") == "Nurlan Abdrakhmanov"


def test_a_short_form_of_a_post_given_in_full_before_the_name():
    text = ("Deputy Commissioner Multan Rabia Sultana Khokhar inspected the flooded bazaar on Sunday.\n\n"
            "The DC said pumps had been sent to the three worst-hit streets.")
    assert speaker_of(text, "pumps had been sent") == "Rabia Sultana Khokhar"


def test_a_short_form_of_a_post_given_beside_the_name_after_a_comma():
    text = ("The Member of Parliament for Tasman West, Hemi Paraone, visited the slip on Friday.\n\n"
            "The MP said the road would stay shut for a month.")
    assert speaker_of(text, "road would stay shut") == "Hemi Paraone"


def test_a_post_given_after_the_name_of_someone_named_only_in_passing():
    text = ("The bridge was opened on Friday by Hon. Anura Wickramaratne, Deputy Minister of Highways, "
            "after a blessing by the chief monk.\n\n"
            "Hon. Wickramaratne said the bridge cut the journey by an hour. \"Farmers can reach the "
            "market before dawn now,\" the Deputy Minister said.")
    assert speaker_of(text, "Farmers can reach the market") == "Anura Wickramaratne"


def test_of_two_holders_of_a_post_the_one_whose_post_the_mention_gives_in_full():
    text = ("Deputy Commissioner Multan Rabia Sultana Khokhar inspected the bazaar on Sunday. Later "
            "Deputy Commissioner Lodhran Kamran Haider Bhatti toured the canal.\n\n"
            "The Multan DC said pumps had been sent to the canal villages.")
    assert speaker_of(text, "pumps had been sent") == "Rabia Sultana Khokhar"


def test_two_holders_of_a_post_the_mention_does_not_tell_apart_leave_it_open():
    text = ("Deputy Commissioner Multan Rabia Sultana Khokhar inspected the bazaar on Sunday. Later "
            "Deputy Commissioner Lodhran Kamran Haider Bhatti toured the canal.\n\n"
            "The DC said pumps had been sent to the canal villages.")
    assert speaker_of(text, "pumps had been sent") not in ("Rabia Sultana Khokhar", "Kamran Haider Bhatti")


def test_a_body_a_post_owns_is_no_holder_of_it():
    text = ("Chief Minister Ravindra Gowda toured the dam on Monday.\n\n"
            "The Chief Minister's Office said a statement would follow.")
    assert speaker_of(text, "a statement would follow") != "Ravindra Gowda"


def test_a_post_with_a_name_the_tagger_missed_is_no_other_holder_s():
    text = ("Union general secretary Tevita Naulu said members would strike. Permanent secretary for "
            "labour Ana Rokovada said talks would resume on Monday.")
    assert speaker_of(text, "talks would resume") != "Tevita Naulu"


def test_posts_joined_before_a_name_are_one_person_s():
    text = ("The mill was opened on Friday.\n\nManaging Director and CEO Ms. Chamari Jayasuriya said the "
            "mill would open in May.")
    assert speaker_of(text, "mill would open") == "Chamari Jayasuriya"


def test_posts_and_a_co_post_glued_to_a_name_are_no_part_of_it():
    text = ("Gilboa Robotics has raised $30 million. The company declined to confirm the valuation.\n\n"
            "CEO and co-founder Dr. Liat Ben-Haim said the money would fund a new plant.")
    assert speaker_of(text, "fund a new plant") == "Liat Ben-Haim"


def test_a_headline_post_is_the_holder_whose_post_runs_longer():
    text = ("Inspector warns bridge could fail\n\n"
            "A bridge on the A59 could fail within a decade unless it is strengthened.\n\n"
            "Highways England senior inspector Marcus Thornbury said the deck had corroded badly.")
    assert speaker_of(text, "bridge could fail") == "Marcus Thornbury"


def test_a_sports_boss_is_the_club_s_manager():
    text = ("Referee's decision 'baffling', says Rathmore boss\n\n"
            "Rathmore Rovers manager Declan Ó Floinn has called the referee's decision baffling.")
    assert speaker_of(text, "decision 'baffling'") == "Declan Ó Floinn"


def test_a_post_and_letters_for_a_post_glued_to_a_name_are_no_part_of_it():
    text = ("Parents are fighting the closure of the village school.\n\nLocal Senedd Member Owain Parry MS "
            "said the proposal was \"short-sighted\". Mr Parry said the council should think again.")
    assert speaker_of(text, "the proposal was") == "Owain Parry"


def test_someone_brought_in_by_a_post_is_the_first_person_then_titled_with_it():
    text = ("A former township clerk was jailed for three years on Friday, with a judge telling him the "
            "fraud was \"cold and calculated.\"\n\n"
            "Derek Oyelaran, 61, had admitted taking $240,000.\n\n"
            "Standing before District Judge Agnes Whitfield, Oyelaran wept. Whitfield said the sentence "
            "had to deter others.")
    assert speaker_of(text, "cold and calculated") == "Agnes Whitfield"


def test_a_judge_of_a_court_is_the_justice_named_next():
    text = ("A Saskatoon woman who defrauded her employer will serve 18 months in jail, a Court of Queen's "
            "Bench judge ruled Friday.\n\n"
            "Justice Harriet Olufemi said the woman had betrayed the trust of her colleagues.")
    assert speaker_of(text, "will serve 18 months") == "Harriet Olufemi"


def test_a_general_manager_holds_another_post_than_the_manager():
    text = ("Club general manager Idris Balogun said ticket prices would rise.\n\n"
            "\"We need to be better in the second half,\" the manager said.")
    assert speaker_of(text, "better in the second half") != "Idris Balogun"


def test_a_force_named_in_full_is_no_officers_post():
    text = ("Det Con Rhian Pryce, of Severn Vale Police, said more victims may come forward. "
            "Police believe the man used at least three other names.")
    assert speaker_of(text, "the man used") == "Severn Vale Police"


def test_a_post_owning_a_claim_is_its_holder():
    text = ("Gov. Marian Okafor vetoed the school funding bill on Friday.\n\n"
            "Sen. Dale Pruett rejected the governor's claim that districts would have to close schools.")
    assert speaker_of(text, "districts would have to close") == "Marian Okafor"
