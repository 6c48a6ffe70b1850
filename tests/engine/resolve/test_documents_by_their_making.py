""""a notice the company filed with …", "The memo, seen by the Ledger, states", "A fiscal note
prepared by … The analysis cautions": a document is called by how it was made, not by who saw it,
and a word for its kind recalls the document just made a subject."""
from said_by import speaker_of


def test_a_clause_that_says_who_filed_it_stays_in_its_name():
    text = ("Harwick Foods will close two plants, according to a notice the company filed with the Ohio "
            "Department of Labor. The notice says most of the jobs are in packaging.\n")
    assert speaker_of(text, "most of the jobs") == "notice the company filed with the Ohio Department of Labor"


def test_who_saw_a_memo_is_no_part_of_it():
    text = ("The minister has denied misleading parliament after a leaked memo showed that officials had "
            "warned of delays.\n\nThe memo, seen by the Northern Courier, states that costs had doubled.\n")
    assert speaker_of(text, "costs had doubled") == "leaked memo"


def test_the_analysis_is_the_note_just_made_a_subject():
    text = ("A fiscal note prepared by the State Budget Office estimates the plan would cost $3 million a "
            "year. The analysis cautions that the cost could rise.\n")
    assert speaker_of(text, "the cost could rise") == "State Budget Office"


def test_the_analysis_of_its_own_word_is_not_recalled_so():
    text = ("An analysis by the Harlow Institute found rents rose 8%. A report by the city estimates the "
            "shortfall at 2,000 homes. The analysis cautions that rents could rise further.\n")
    assert speaker_of(text, "rents could rise further") != "city"


def test_a_letter_promising_is_the_letters_word_not_its_receivers():
    text = ("She said the teachers' union had received a letter from the Ministry of Education promising "
            "payment \"within 30 days\", but added that it had come to nothing.\n")
    assert speaker_of(text, "payment") == "letter from Ministry of Education"


def test_a_participle_after_a_comma_is_the_subjects():
    text = "The union received a letter from the ministry on Monday, saying it would strike anyway.\n"
    assert speaker_of(text, "it would strike anyway") != "ministry"
