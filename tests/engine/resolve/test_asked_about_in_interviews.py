""""Q: Your predecessor said the figure was 35 per cent." is the interviewee's predecessor;
"Q: What did the minister tell you? A: He told me, …" — "he" is the minister asked about.
A transcript written for the test."""
from said_by import speaker_of

INTERVIEW = ("Fixing the pipes: Eng. Zawadi Okello on the water authority\n\n"
             "Eng. Zawadi Okello became managing director of the Lakeside Water Authority in March. She spoke to "
             "The Lake Courier at her office.\n\n"
             "Q: How much water is lost?\n\n"
             "A: Half of what we pump never reaches a tap.\n\n"
             "Q: Your predecessor said the figure was a third.\n\n"
             "A: The meters we installed in April say otherwise.\n\n"
             "Q: What did the minister tell you when you were appointed?\n\n"
             "A: He told me, \"Mend the mains before you ask for dams.\" I think he was right.\n\n"
             "Q: What keeps you awake?\n\n"
             "A: Cholera. When taps run dry, people go back to shallow wells.\n")


def test_your_predecessor_is_the_interviewees():
    assert speaker_of(INTERVIEW, "figure was a third") == "Zawadi Okello's predecessor"


def test_he_in_the_answer_is_whom_the_question_asked_about():
    assert speaker_of(INTERVIEW, "Mend the mains") == "minister"


def test_he_in_an_answer_to_a_question_about_no_one_is_not_made_someone_asked_about():
    text = INTERVIEW.replace("What did the minister tell you when you were appointed?",
                             "What were you told when you were appointed?")
    assert speaker_of(text, "Mend the mains") != "minister"


TRANSCRIPT = ("'Just stubborn': Kaya Mortlock on 15 years in goal\n\n"
              "Kaya Mortlock retired last month with 160 caps. She spoke to Tom Ferris in Perth.\n\n"
              "TOM FERRIS: Let's start with the obvious one. Why now?\n\n"
              "KAYA MORTLOCK: My knees made the decision for me, really.\n\n"
              "TOM FERRIS: You clashed publicly with your former coach, Brett Halloran. Any regrets?\n\n"
              "KAYA MORTLOCK: I've said things I regret. But he never once asked the players what we thought. "
              "He's since said that's rubbish, and that's his right.\n")


def test_he_in_an_answer_is_the_person_the_question_named():
    assert speaker_of(TRANSCRIPT, "what we thought") == "Brett Halloran"


def test_a_contracted_he_left_out_of_the_cue_is_the_speaker():
    assert speaker_of(TRANSCRIPT, "that's rubbish") == "Brett Halloran"


def test_i_in_an_answer_is_the_one_interviewed_not_the_father_just_named():
    # questions and answers in turn, unlabelled; an answer with cues of its own is split into them
    text = "\n\n".join([
        "Saving the old cinemas: Layla Haddad on her campaign",
        "Layla Haddad has photographed Beirut's old cinemas for ten years. She spoke to The Harbour Review.",
        "Why cinemas?",
        "Because they are vanishing. When I began there were forty of them.",
        "Your father was a projectionist. Did he shape this work?",
        "Completely. My father, Karim Haddad, ran the projector at the Rivoli for thirty years. He used to "
        "say that the projectionist is the only one who never sees the film.",
        "Some critics say your campaign is nostalgic.",
        "I do not accept that. Nobody is asking to stop the city growing. I am asking that we do not throw "
        "away buildings that could be theatres.",
        "What happens next?",
        "An exhibition opens in April."]) + "\n"
    assert speaker_of(text, "we do not throw away") == "Layla Haddad"
