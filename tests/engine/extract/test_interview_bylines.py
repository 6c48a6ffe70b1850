"""Who asks and who answers in a Q&A set under a byline: the byline's writer asks, however the
byline is worded ("Interview by …", "Interview: …") and whatever letters label the questions (an
outlet's); answers labelled with initials are the person the introduction names with them."""
from sourcetrace.engine.engine import Engine

BY_INITIALS = """The last night shift at the lighthouse

Interview by Marta Olsen
The Harbour Weekly

Sven Aukrust kept the Skarvik light for 31 years. He retires on Friday. He spoke to Marta Olsen in the lamp room.

MO: Why the lighthouse?

SA: It was the only job that came with a roof and a view. I was 24 and broke.

MO: What will you miss?

SA: The storms, oddly. Nobody believes me when I say so.
"""

OUTLET_LETTERS = """Sprinter Lwazi Dube on his first title

By Naledi Mokoena
Coastline Sports Journal

Lwazi Dube, 22, won the national 200 metres on Saturday in a personal best. He spoke to the Journal after the race.

CSJ: You ran from lane eight. Did that worry you?

Dube: Not at all. I could not see anybody, so I just ran my own race.

CSJ: What is next?

Dube: The world championships, if my hamstring holds.
"""


def _turns(text: str) -> tuple[set[str], set[str]]:
    analysis = Engine(profile="fast").analyze(text)
    turns = [a for a in analysis.attributions if a.type == "direct" and a.cue is None]
    name = lambda a: analysis.source(a.source_id).name
    return ({name(a) for a in turns if a.stance == "question"}, {name(a) for a in turns if a.stance != "question"})


def test_answers_labelled_with_initials_are_the_person_named_with_them():
    asked, answered = _turns(BY_INITIALS)
    assert answered == {"Sven Aukrust"}
    assert asked == {"Marta Olsen"}


def test_the_bylines_writer_asks_though_the_questions_carry_the_outlets_letters():
    asked, answered = _turns(OUTLET_LETTERS)
    assert asked == {"Naledi Mokoena"}
    assert answered == {"Lwazi Dube"}


def test_a_byline_written_interview_colon_names_the_asker():
    text = OUTLET_LETTERS.replace("By Naledi Mokoena", "Interview: Naledi Mokoena")
    asked, _ = _turns(text)
    assert asked == {"Naledi Mokoena"}


LONG_BYLINE = """Q&A: 'The reef is our real hotel,' says head of the coast's innkeepers

By Juan Carlos Ferreira Almánzar
Santo Domingo Courier

LA ROMANA, Dominican Republic — Ingeniera Dulce María Castaños de León has led the association of coastal inns since 2020.

Q: Do your members feel the boom?

A: In rooms sold, yes. In money kept, not so much.

Q: Where will you be in five years?

A: On a clean beach, I hope.
"""


def test_a_byline_of_four_names_and_the_outlet_under_it_neither_answer():
    asked, answered = _turns(LONG_BYLINE)
    assert asked == {"Juan Carlos Ferreira Almánzar"}
    assert len(answered) == 1 and answered.pop().endswith("Castaños de León")


MASTHEAD_AND_AWARD = """From Bergen to Tromsø: a midwife comes home

Nordlys Ukeblad | TROMSØ
Interview by Sigrun Hallvardsen

Dr. Pema Choden Wangchuk, 41, ran a maternity unit in Bergen before she moved north last spring. She received the health board's Outstanding Young Practitioner award in 2016. Excerpts, edited for length:

Q: Why did you move north?

A: The unit here had no senior midwife for a year. Someone had to come.

Q: Do you miss the city?

A: Only the bakeries. The light here makes up for the rest.
"""


def test_no_name_opens_inside_an_awards_capitals_nor_on_the_masthead_line():
    asked, answered = _turns(MASTHEAD_AND_AWARD)
    assert answered == {"Pema Choden Wangchuk"}


ONE_MASTHEAD_LINE = """Forty summers on the ferry: Lorna 'Lolly' Baptiste on the crossing she never tired of

Kestrel Bay Weekend | People | Interview by Oskar Lindahl

For forty summers Lorna Baptiste, known on both shores as Lolly, ran the cafe on the Kestrel Bay ferry. She retired in May.

Q: Did you ever get seasick?

A: Once, in 1986. Never again, I would not give the sea the satisfaction.

Q: What will you miss most?

A: The regulars. Some of them I watched grow from prams to pensions.
"""


def test_a_masthead_line_with_bars_holds_the_outlet_and_the_byline():
    asked, answered = _turns(ONE_MASTHEAD_LINE)
    assert answered == {"Lorna Baptiste"}
    assert asked == {"Oskar Lindahl"}


TITLED_HEADLINE = """Interview: Garaad Bile Ali Nuur on wells, herds and the dry season

Berbera Courier | Weekend Interview
Interview by Sagal Omar Dirie

Garaad Bile Ali Nuur, 68, has led his clan's council of elders for twenty years. This season he has been driving between the wells of the coastal plain to count the herds that died.

Courier: How bad is the drought this year?

Garaad Bile: It is the worst I have seen. The wells are dry and the goats are dying first.

Courier: What do the herders need from the government?

Garaad Bile: Water trucks, first. Then fodder. Promises do not feed a camel.
"""


def test_a_headline_opening_on_interview_names_who_answers_and_the_masthead_names_no_asker():
    # "Interview: X on …" goes on past the name: a headline, not a byline; the masthead's
    # "Berbera Courier" ends on the label's word but is the outlet, and the byline's writer asks
    analysis = Engine().analyze(TITLED_HEADLINE)
    asked = {analysis.source(a.source_id).name for a in analysis.attributions if a.stance == "question"}
    answered = {analysis.source(a.source_id).name for a in analysis.attributions if a.stance != "question"}
    assert asked == {"Sagal Omar Dirie"}
    assert answered == {"Bile Ali Nuur"}  # "Bile", an English word, is a given name after a title


def test_a_label_opening_on_a_capital_of_another_latin_script():
    text = TITLED_HEADLINE.replace("Courier:", "Šiaulių Žinios:").replace("Interview by Sagal Omar Dirie\n", "")
    analysis = Engine().analyze(text)
    questions = [a for a in analysis.attributions if a.stance == "question"]
    assert [a.content.text for a in questions] == ["How bad is the drought this year?",
                                                   "What do the herders need from the government?"]
