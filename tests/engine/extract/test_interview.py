"""Q&A layout: the answers are the interviewee's direct words; a question is the interviewer's, where
the introduction names who asked ("He talked to the Herald"), else an unnamed interviewer's, and never
the interviewee's."""
from sourcetrace.engine.engine import Engine

INTERVIEW = """Forty winters at the forge: talking shop with blacksmith Tomas Ferreira-Lund

Tomas Ferreira-Lund opened his smithy on Kettle Lane in 1984. On Saturday he lights the fire for the last time. He talked to the Herald at his workbench.

Q: Why did you start?

A: My grandfather shod horses. I liked the noise and the smell of the coal, and nobody else in the family wanted it.

Q: The council says the lane will be turned into flats. Will you miss it?

A: Every day. But my hands have had enough, and the rent has doubled since spring.

Q: What comes next?

A: Fishing, mostly. My wife says I will last a month.
"""


def test_each_answer_is_the_interviewees_and_each_question_the_interviewers():
    analysis = Engine(profile="fast").analyze(INTERVIEW)
    turns = [a for a in analysis.attributions if a.type == "direct" and a.cue is None]
    answers = [a for a in turns if a.stance != "question"]
    assert \
        [a.content.text.split()[0] for a in answers] == ["My", "Every", "Fishing,"]
    assert {analysis.source(a.source_id).name for a in answers} == {"Tomas Ferreira-Lund"}
    questions = [a for a in turns if a.stance == "question"]
    assert [a.content.text.split()[0] for a in questions] == ["Why", "The", "What"]
    assert {analysis.source(a.source_id).name for a in questions} == {"Herald"}
    questions = [INTERVIEW.index("Why did you start"), INTERVIEW.index("Will you miss it"),
                 INTERVIEW.index("What comes next")]
    for a in analysis.attributions:
        source = analysis.source(a.source_id) if a.source_id else None
        if source is not None and source.name == "Tomas Ferreira-Lund":
            assert not any(a.content.start <= q < a.content.end for q in questions)


def test_a_lone_answer_line_is_no_interview():
    text = ("The quiz had one hard question.\n\nA: nobody knew it.\n\nThe winners, Ivo Marsh and Ana Pell, "
            "took home a trophy.")
    analysis = Engine(profile="fast").analyze(text)
    assert not any(a.type == "direct" and a.cue is None and "nobody knew" in a.content.text
                   and a.source_id for a in analysis.attributions)


UNMARKED = """Ten minutes with the ferryman who is hanging up his oars

Ansel Brook has rowed the Tilney ferry since 1991. Our reporter Mia Dunn asked him about the last crossing.

Why stop now?

My knees, mostly. The river hasn't changed, but I have.

Some people say the bridge killed the ferry. Is that fair?

Not really. The bridge took the cars. The ferry was always for walkers and dogs.

What will you do on Monday?

Sleep in, for the first time in thirty years.

The council said the landing stage would be kept for events.
"""

EXPLAINER = """Tilney bridge: what the closure means for you

The Tilney bridge shuts on Monday for six weeks of repairs, the council's engineer Ansel Brook said.

Why is it closing?

Inspectors found cracks in two of the bearings last spring, and the work cannot wait for summer.

How do I get across?

A shuttle bus will run every twenty minutes from the station car park.
"""


def test_an_interview_without_letters_gives_each_answer_to_the_interviewee():
    analysis = Engine(profile="fast").analyze(UNMARKED)
    answers = [a for a in analysis.attributions if a.type == "direct" and a.cue is None and a.stance != "question"]
    assert [a.content.text.split()[0] for a in answers] == ["My", "Not", "Sleep"]
    assert {analysis.source(a.source_id).name for a in answers} == {"Ansel Brook"}
    # what follows the last turn is the reporter's again
    assert not any("landing stage" in a.content.text for a in answers)


def test_an_explainers_question_subheads_are_no_interview():
    analysis = Engine(profile="fast").analyze(EXPLAINER)
    assert not any(a.type == "direct" and a.cue is None and "shuttle" in a.content.text
                   for a in analysis.attributions)


def test_a_story_with_two_question_subheads_is_no_interview():
    paragraphs = ["Mayor Ines Roth said in an interview on Monday that the ferry would run all winter."]
    for topic in ("fares", "timetables"):
        paragraphs += [f"What happens to {topic}?", f"The board sets the {topic} each March.",
                       "It meets in the town hall.", "Its members are appointed by the council.",
                       "Some have served for ten years.", "Others joined last spring."]
    analysis = Engine(profile="fast").analyze("Ferry to run all winter\n\n" + "\n\n".join(paragraphs) + "\n")
    assert not [a for a in analysis.attributions if "board sets" in a.content.text]


def test_each_question_is_a_question_of_whom_the_interviewee_spoke_to():
    analysis = Engine(profile="fast").analyze(INTERVIEW)
    questions = [a for a in analysis.attributions if a.stance == "question" and a.cue is None]
    assert [a.content.text for a in questions] == [
        "Why did you start?", "The council says the lane will be turned into flats. Will you miss it?",
        "What comes next?"]
    assert {analysis.source(a.source_id).name for a in questions} == {"Herald"}
    assert all(a.type == "direct" and a.statement for a in questions)


def test_an_unmarked_interviews_questions_are_the_reporters_who_asked():
    analysis = Engine(profile="fast").analyze(UNMARKED)
    questions = [a for a in analysis.attributions if a.stance == "question" and a.cue is None]
    assert [a.content.text for a in questions] == [
        "Why stop now?", "Some people say the bridge killed the ferry. Is that fair?", "What will you do on Monday?"]
    assert {analysis.source(a.source_id).name for a in questions} == {"Mia Dunn"}


LABELLED = """Q&A: The harbour master on forty years of tides

Petra Okafor retires from the Kellsport harbour office on Friday. She sat down with Radio Kell's Jonah Ash before her last shift. The conversation has been edited for length.

JA: You've said the harbour is too shallow for the new ferries. How shallow?

Okafor: Two metres short at low water. We dredge every spring and the silt is back by autumn.

JA: What will you miss?

Okafor: The early mornings. Nobody else is up.

The port authority did not respond to a request for comment.
"""


def test_initials_label_the_interviewer_the_introduction_names_and_labels_are_no_part_of_the_words():
    analysis = Engine(profile="fast").analyze(LABELLED)
    questions = [a for a in analysis.attributions if a.stance == "question" and a.cue is None]
    assert [a.content.text.split(".")[0] for a in questions] == [
        "You've said the harbour is too shallow for the new ferries", "What will you miss?"]
    assert {analysis.source(a.source_id).name for a in questions} == {"Jonah Ash"}
    answers = [a for a in analysis.attributions if a.type == "direct" and a.stance != "question"]
    assert [a.content.text.split()[0] for a in answers] == ["Two", "The"]
    assert {analysis.source(a.source_id).name for a in answers} == {"Petra Okafor"}


def test_you_in_a_question_is_the_one_interviewed():
    analysis = Engine(profile="fast").analyze(LABELLED)
    [said] = [a for a in analysis.attributions if a.source and a.source.text == "You"]
    assert said.content.text == "the harbour is too shallow for the new ferries"
    assert analysis.source(said.source_id).name == "Petra Okafor"


def _asker(intro: str) -> str | None:
    text = ("Forty winters at the forge\n\n" + intro + "\n\nQ: Why did you start?\n\nA: My grandfather shod horses."
            "\n\nQ: What comes next?\n\nA: Fishing, mostly.\n")
    analysis = Engine(profile="fast").analyze(text)
    askers = {analysis.source(a.source_id).name if a.source_id else None
              for a in analysis.attributions if a.stance == "question" and a.cue is None}
    assert len(askers) == 1
    return askers.pop()


def test_the_asker_is_who_the_introduction_says_spoke_with_the_interviewee():
    assert _asker("Tomas Ferreira-Lund retires on Saturday. He talked to Forge Weekly reporter Ivo Marsh.") \
        == "Ivo Marsh"
    assert _asker("Tomas Ferreira-Lund retires on Saturday. He spoke to Ivo Marsh of the Kell Herald.") == "Ivo Marsh"
    assert _asker("As the forge shuts, the Kell Herald spoke with Tomas Ferreira-Lund about his years there.") \
        == "Kell Herald"
    assert _asker("By Ana Pell\n\nTomas Ferreira-Lund retires on Saturday. He spoke to the Kell Herald.") \
        == "Ana Pell"


def test_no_asker_is_named_where_the_introduction_names_none():
    assert _asker("Tomas Ferreira-Lund retires on Saturday after forty years at the forge.") == "interviewer"


def test_with_no_interviewer_named_a_question_is_the_unnamed_interviewers():
    text = INTERVIEW.replace(" He talked to the Herald at his workbench.", "")
    analysis = Engine(profile="fast").analyze(text)
    questions = [a for a in analysis.attributions if a.stance == "question" and a.cue is None]
    assert len(questions) == 3
    assert {(analysis.source(a.source_id).name, analysis.source(a.source_id).named) for a in questions} \
        == {("interviewer", False)}


def test_a_reporter_named_with_the_outlet_asks_the_questions():
    text = INTERVIEW.replace("He talked to the Herald at his workbench.",
                             "He sat down with the Herald's Mina Okoro at his workbench.")
    analysis = Engine(profile="fast").analyze(text)
    questions = [a for a in analysis.attributions if a.stance == "question" and a.cue is None]
    assert questions and {analysis.source(a.source_id).name for a in questions} == {"Mina Okoro"}


def test_the_asker_of_a_conversation_with_a_host_is_the_host():
    assert _asker("Tomas Ferreira-Lund retires on Saturday. This conversation with Kell Radio host Ivo Marsh "
                  "has been edited for length.") == "Ivo Marsh"


def test_answers_labelled_by_a_surname_are_the_person_the_introduction_names_with_it():
    text = ("Zelpha Quarrie on forty years of steel drums\n\n"
            "Arranger Zelpha Quarrie has led the Bay Street band since 1986. She sat down with the Observer. "
            "The conversation has been edited.\n\n"
            "OBSERVER: Is this your last season?\n\n"
            "QUARRIE: It is. The young ones are ready.\n\n"
            "OBSERVER: What will you miss?\n\n"
            "QUARRIE: The noise, mostly.\n")
    analysis = Engine(profile="fast").analyze(text)
    answers = [a for a in analysis.attributions if a.type == "direct" and a.stance != "question"]
    assert [a.content.text.split()[0] for a in answers] == ["It", "The"]
    assert {analysis.source(a.source_id).name for a in answers} == {"Zelpha Quarrie"}


BYLINED = """Talking tides with the harbour's last ferry captain

By Orla Penhallow, The Kestle Gazette

Idris Moyle took the helm of the Kestle ferry in 1998. He spoke to the Gazette before his final crossing.
Moyle would not discuss the sale of the boat.

Q: What will you miss?

A: The early mornings. Nobody else sees the estuary like that.

Q: Is the service safe without you?

A: The new crew is good. They learned on the worst winter we ever had.
"""


def _answerers(text: str) -> set[str]:
    analysis = Engine(profile="fast").analyze(text)
    return {analysis.source(a.source_id).name for a in analysis.attributions
            if a.type == "direct" and a.cue is None and a.stance != "question" and a.source_id}


def test_the_bylines_writer_asks_and_the_one_introduced_answers():
    assert _answerers(BYLINED) == {"Idris Moyle"}


def test_a_surname_alone_counts_for_whom_the_introduction_names_most():
    # no byline; two people each named once in full, the second named again by surname alone
    text = BYLINED.replace("By Orla Penhallow, The Kestle Gazette", "Photographs by the Gazette") \
        .replace("Idris Moyle took", "Orla Penhallow sold the ferry to the council. Idris Moyle took")
    assert _answerers(text) == {"Idris Moyle"}
    # without the later surname, the first named still wins the tie
    assert _answerers(text.replace("Moyle would not discuss", "He would not discuss")) == {"Orla Penhallow"}


LABELLED_WITH_ASIDE = """Q&A: Mayor Ines Haldane on the flood and the road back

Floodwater reached 400 homes in Tarrow in March. Mayor Ines Haldane has led the town since 2019. This interview has been edited for length.

Herald: Where were you when the river came over?

Haldane: At the depot. The engineers rang me at five and said the wall would not hold.

Herald: The county's review says the sirens sounded late. Is that fair?

Haldane: No. They sounded nine minutes after the warning.

Herald: Has the county answered your letter?

Haldane: Not yet.

The county's press office did not respond to the Herald's questions.

Herald: What do residents want now?

Haldane: A higher wall. People get scared every time it rains.

Herald: Will you stand again?

Haldane: I have not decided. My husband says I have earned a rest.
"""


def test_labelled_turns_with_a_reporters_aside_between_are_an_interview():
    analysis = Engine(profile="fast").analyze(LABELLED_WITH_ASIDE)
    answers = {a.content.text.split()[0]: analysis.source(a.source_id).name for a in analysis.attributions
               if a.type == "direct" and a.cue is None and a.stance != "question" and a.source_id}
    assert {answers.get(w) for w in ("At", "No.", "Not", "A", "I")} == {"Ines Haldane"}
    questions = [a for a in analysis.attributions if a.stance == "question" and a.cue is None]
    assert len(questions) == 5 and {analysis.source(a.source_id).name for a in questions} == {"Herald"}


CAPITALS = """'Never again': Mira Castell on the long road back

Mira Castell broke her leg in two places at the 2022 championships. She spoke to Tom Brennick in Perth. This interview has been edited for length.

TOM BRENNICK: When did you know you would race again?

MIRA CASTELL: The day the cast came off. I walked to the end of the street and cried.

BRENNICK: Was there a moment you thought of quitting?

CASTELL: Every morning for a month, honestly. Then it passed.
"""


def test_a_label_in_capitals_is_the_name_the_introduction_gives_in_ordinary_case():
    analysis = Engine(profile="fast").analyze(CAPITALS)
    asked = [a for a in analysis.attributions if a.stance == "question"]
    assert len(asked) == 2
    assert {analysis.source(a.source_id).name for a in asked} == {"Tom Brennick"}


ONE_NAME = """'The fish left first': a fishers' leader on beating the sand miners

Wiranto, 61, has led the Fishers' Cooperative of Teluk Mas for two decades. Last month the cooperative won a case against the dredging firm Bima Putra Sakti. He spoke to the Harbour Post on the beach.

Harbour Post: Why did you go to court?

Wiranto: Because the fish left first. Our catch fell by half.

Harbour Post: Were you threatened?

Wiranto: Some men came to my house at night. I am still waiting.
"""


def test_answers_labelled_with_a_name_given_alone_are_that_persons():
    # one who goes by one name answers as the label says, not another name the introduction gives
    analysis = Engine(profile="fast").analyze(ONE_NAME)
    answers = [a for a in analysis.attributions if a.cue is None and a.stance != "question"
               and a.content.text.startswith(("Because", "Some men"))]
    assert len(answers) == 2
    assert {analysis.source(a.source_id).name for a in answers} == {"Wiranto"}


MAYOR = """'We cannot rebuild with promises alone' — Mayor Tanyi

Barrister Grace Ambe Tanyi was elected Mayor of Bali-Nyonga Council in 2020. She spoke to The Hill Herald about money and roads.

Herald: Your council's budget was cut by a third this year. What happened?

Tanyi: The transfer from the central government came late. The regional delegate told us in June that the balance "would arrive before the rains". It did not.

Herald: Have displaced families returned?

Tanyi: Some. About 400 households came back last year.
"""


def test_someone_an_answer_describes_is_not_the_one_answering():
    analysis = Engine(profile="fast").analyze(MAYOR)
    told = min((a for a in analysis.attributions if "arrive before the rains" in a.content.text),
               key=lambda a: len(a.content.text))
    assert analysis.source(told.source_id).name == "regional delegate"
    answers = [a for a in analysis.attributions if a.cue is None and a.content.text.startswith("Some.")]
    assert [analysis.source(a.source_id).name for a in answers] == ["Grace Ambe Tanyi"]


ENGINEER = """'The columns will not hold': an engineer on the city's schools

Dr Mina Rostami heads the structural safety unit at Kavir University. She spoke to the Desert Review at her laboratory.

Desert Review: Why did you start with schools?

Rostami: Because children cannot choose where they sit. We tested 300 buildings.

Desert Review: What happened when you showed the findings to the education department?

Rostami: They said the budget for this year was already spent. I went back after the elections.
"""


def test_they_in_an_answer_is_the_body_the_question_named_not_the_interviewer():
    analysis = Engine(profile="fast").analyze(ENGINEER)
    said = min((a for a in analysis.attributions if "already spent" in a.content.text),
               key=lambda a: len(a.content.text))
    assert analysis.source(said.source_id).name == "education department"


PARTICLE_INTERVIEW = """'The river keeps the score': Omar bin Rashid on forty years of boatbuilding

Shipwright Omar bin Rashid has built dhows on the Dubai creek since 1983. His new book, "Tides of Al Fahidi Quay", came out this spring. He spoke to the Gulf Ledger at his yard.

Gulf Ledger: Why wood, and why still?

Omar bin Rashid: Because steel forgets the sea. Wood remembers every wave it has met, and a good hull tells you so.

Who buys a wooden boat today?

Fishermen, mostly, and a few collectors. The fishermen pay slowly, but they come back.

Will anyone carry on the yard?

My nephew will. He is faster than I was, and more patient.
"""


def test_an_interviewee_whose_name_holds_a_lower_case_particle_answers():
    analysis = Engine(profile="fast").analyze(PARTICLE_INTERVIEW)
    answers = [a for a in analysis.attributions if a.type == "direct" and a.cue is None and a.stance != "question"]
    assert answers
    assert {analysis.source(a.source_id).name for a in answers} == {"Omar bin Rashid"}


def test_the_asker_a_standfirst_says_the_interviewee_talks_to_is_no_she_before_the_questions():
    text = ("Forty winters at the forge\n\nAs she shuts the forge, the smith talks to Ivo Marsh about horses\n\n"
            "Anna Lind is sitting at her workbench where, she says, she shod her first horse in 1984. "
            "Lind, 63, has worked the forge alone since.\n\n"
            "Q: Why did you start?\n\nA: My grandfather shod horses.\n\nQ: What comes next?\n\nA: Fishing, mostly.\n")
    analysis = Engine(profile="fast").analyze(text)
    by_words = {a.content.text.split()[0]: analysis.source(a.source_id).name for a in analysis.attributions
                if a.source_id}
    assert by_words["Why"] == by_words["What"] == "Ivo Marsh"
    assert by_words["Anna"] == "Anna Lind"
