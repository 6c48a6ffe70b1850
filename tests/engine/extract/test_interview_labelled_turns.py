"""A Q&A whose turns are labelled by who speaks ("Kell Ledger: …" / "Okafor: …", "Q: …" / "Okafor: …",
a court's "Marsh: …" / "Okafor: …"): two labels in turn, the first label's turns mostly questions.
The answers are the interviewee's, named in full in the introduction; the asker is the byline's
writer, or the person the introduction names with the asker's label. A label given in full and then
by its initials is one label; a third voice in the run ("CALLER: …") makes it a transcript."""
from sourcetrace.engine.engine import Engine

INTRO = ("The harbour master on forty years of tides\n\nInterview by Jonah Ash, Kell Ledger\n\n"
         "Petra Okafor retires from the Kellsport harbour office on Friday after forty years.\n\n")


def _turns(text: str) -> list[tuple[str, str, str]]:
    analysis = Engine(profile="fast").analyze(text)
    return [(analysis.source(a.source_id).name if a.source_id else None, a.stance, a.content.text.split()[0])
            for a in analysis.attributions if a.cue is None and a.type == "direct"]


def test_an_outlets_label_asks_and_a_surnames_label_answers():
    text = INTRO + ("Kell Ledger: How shallow is the harbour?\n\n"
                    "Okafor: Two metres short at low water.\n\n"
                    "Kell Ledger: Would you ever move the office to Kellmouth?\n\n"
                    "Okafor: No. If the office leaves the harbour, then what is the office for?\n")
    assert _turns(text) == [("Jonah Ash", "question", "How"), ("Petra Okafor", "assert", "Two"),
                            ("Jonah Ash", "question", "Would"), ("Petra Okafor", "assert", "No.")]


def test_a_remark_put_as_a_question_is_still_a_turn():
    text = INTRO + ("Q: How bad was this season?\n\nOkafor: Bad. The silt came back in a month.\n\n"
                    "Q: Your brother is also in the trade.\n\nOkafor: Yes, he runs the pilot boats.\n\n"
                    "Q: What comes next?\n\nOkafor: Fishing, mostly.\n")
    assert [who for who, _, _ in _turns(text)] == ["Jonah Ash", "Petra Okafor"] * 3


def test_a_label_in_full_and_then_by_its_initials_is_one_label():
    text = INTRO.replace("Kell Ledger", "Harbour Ledger") + (
        "Harbour Ledger: How shallow is the harbour?\n\n"
        "Petra Okafor: Two metres short at low water.\n\n"
        "HL: Has anyone from the ministry come to see it?\n\n"
        "PO: Once, in 2022, with slides.\n\n"
        "HL: What will you miss?\n\nPO: The early mornings.\n")
    assert [who for who, _, _ in _turns(text)] == ["Jonah Ash", "Petra Okafor"] * 3


def test_a_courts_exchange_gives_each_turn_to_the_person_named_with_its_label():
    text = ("Harbour official on trial\n\nBy Ana Pell\n\n"
            "Prosecutor Ivo Marsh questioned the first witness, harbour clerk Petra Okafor.\n\n"
            "Marsh: Was the dredger hired in 2021?\n\nOkafor: No. A man came, measured the quay and left.\n\n"
            "Marsh: Did you report this to anyone?\n\nOkafor: I wrote to the ministry twice.\n")
    assert [who for who, _, _ in _turns(text)] == ["Ivo Marsh", "Petra Okafor"] * 2


def test_a_third_voice_makes_a_transcript_not_an_interview():
    text = ("Phone-in: the floods\n\nHost: Shona Pike. Guest: engineer Ravi Doon.\n\n"
            "Pike: Why did the water stay so long?\n\nDoon: The tide was high.\n\n"
            "Pike: Were the drains clean?\n\nDoon: Some were not.\n\n"
            "Caller: Water reached my bed!\n")
    assert not [t for t in _turns(text) if t[1] == "question"]


def test_a_label_of_the_first_of_two_surnames_answers_for_the_name_in_full():
    text = ("Q&A: the mayor on water\n\nBy Teo Varga | The Coast Ledger\n\n"
            "Lic. Marisol Ibarra Quesnel, 51, has been mayor of Punta Verde since May. "
            "Her rival, Tomás Rivas Ulloa, lost by 90 votes; Tomás Rivas Ulloa now leads the council's "
            "opposition. She spoke with The Coast Ledger at the town hall.\n\n"
            "TCL: Whose fault are the water cuts?\n\nIBARRA: Ours, for years of permits without wells.\n\n"
            "TCL: Will you ration in May?\n\nIBARRA: If the rains are late, yes.\n")
    assert [who for who, _, _ in _turns(text)][1::2] == ["Marisol Ibarra Quesnel"] * 2


def test_a_label_with_a_title_answers_for_the_longer_name_holding_its_words():
    text = ("Health chief on the chars\n\n"
            "Dr Mst Farida Nur Akhter has run the Dhalpur health complex since 2021. Her deputy, "
            "Md Rakibul Islam, joined last year. Md Rakibul Islam runs the night shift.\n\n"
            "Ledger: How many doctors work here?\n\nDr Farida Nur: Six, for a post of twenty.\n\n"
            "Ledger: Is there a boat ambulance?\n\nDr Farida Nur: Not at night.\n")
    assert [who.endswith("Farida Nur Akhter") for who, _, _ in _turns(text)] == [False, True] * 2


def test_an_outlets_label_asks_as_the_writer_the_introduction_names_for_it():
    text = ("'We need time': the grocers' chief on the new levy\n\n"
            "KRALENDIJK – Olga Tromp took over the grocers' guild in March. Tromp, 47, sat down with the "
            "Courier's Ivo Manders to talk about the levy.\n\n"
            "Courier: How are the shops holding up?\n\nTromp: Barely. Rent is up again.\n\n"
            "Courier: Will the guild go to court?\n\nTromp: Not yet.\n")
    assert [who for who, _, _ in _turns(text)][-4:] == ["Ivo Manders", "Olga Tromp"] * 2
