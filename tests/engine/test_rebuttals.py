"""A negation the reporter quotes in part, leaving none of what another's claim just before it speaks
of, is a denial; an ordinary negative, one about something else, one answering a claim itself
negative, a forecast, a document's figure, or a negation told plainly or in a whole quote, stays an
assertion."""
import pytest


def _stance_of(engine, text, opening):
    analysis = engine.analyze(text)
    return next(a.stance for a in analysis.attributions if a.content.text.startswith(opening))


@pytest.mark.parametrize("text, opening", [
    ("The ministry said the band had been notified by letter in March. Chief Ada Moose said no such letter "
     "ever arrived.", "no such letter"),
    ("A post on a village forum claimed a deal to sell the ground had been signed. Club chairman Ed Moor said "
     'the club had "signed nothing" and called the post mischief.', "the club had"),
    ("Dockers said the new cranes would cost hundreds of jobs. The port authority said the cranes would \"not "
     'cost a single permanent job."', "the cranes would"),
    ("Parents said the clinic had turned away children without insurance. The clinic's director, Jo Park, "
     'said it had "never turned away a child."', "it had"),
])
def test_a_negation_answering_anothers_claim_just_before_is_a_denial(engine, text, opening):
    assert _stance_of(engine, text, opening) == "deny"


@pytest.mark.parametrize("text, opening", [
    ("Parents said the clinic had turned away children without insurance. The clinic's director, Jo Park, "
     "said it had never turned away a child.", "it had never"),
    ('Parents said the clinic had turned away children without insurance. "The clinic has never turned away '
     'a child," its director, Jo Park, said.', "The clinic has never"),
])
def test_a_negation_told_plainly_or_in_a_whole_quote_stays_an_account(engine, text, opening):
    assert _stance_of(engine, text, opening) == "assert"


@pytest.mark.parametrize("text, opening", [
    # an ordinary negative, with no claim before it
    ("The council said the road would not reopen before May.", "the road would not"),
    # about something else than the claim before it
    ("Dockers said the new cranes would cost hundreds of jobs. The mayor said that so far \"nobody had booked "
     'the town hall" for the vote.', "that so far"),
    # the claim before is itself in the negative: nothing to contradict
    ("The study did not prove the algae caused the rashes, Dr Lena Hart said. Health officer Paul Ruiz said "
     'that so far "no hospital admissions had been linked" to the algae.', "that so far"),
    # a forecast, and an idiom
    ('Fans said the striker would be dropped. Coach Ann Lee said the striker "will never be dropped" this season.',
     "the striker"),
    ("Residents said the township had closed the road too soon. Reeve Tom Hale said the township had no "
     "choice about the road.", "the township had no choice"),
    # a document's figure answers nobody
    ("The charity's director said the food bank was busier than ever. According to the report, one in five "
     "people helped had never used a food bank before.", "one in five"),
])
def test_other_negations_stay_assertions(engine, text, opening):
    assert _stance_of(engine, text, opening) == "assert"


@pytest.mark.parametrize("text, opening", [
    # the clause told, under "I can tell you"
    ("A post on a village forum claimed a deal to sell the ground had been signed. Club chairman Ed Moor said "
     'he could "tell you that nothing has been signed."', "he could"),
    # "never once", the parser hanging "never" on "once"
    ('Doctors said ambulance data had been delayed for weeks. Health Minister Dan Roe said he had "never '
     'once" asked for data to be delayed.', "he had"),
])
def test_the_negation_may_be_told_or_hung_on_once(engine, text, opening):
    assert _stance_of(engine, text, opening) == "deny"


def test_a_never_about_others_lot_stays_an_assertion(engine):
    text = ("The regulator said customers had been billed for electricity in March. Chairman Ian Obi told "
            'reporters that customers had paid for electricity "they never received."')
    assert _stance_of(engine, text, "that customers") == "assert"


def test_not_a_single_opening_the_sentence_answers_the_claim(engine):
    text = ("Drivers said daytime trips would be cut to pay for the night buses. General manager Paul Dorr said "
            'the company was cutting "not a single daytime trip."')
    assert _stance_of(engine, text, "the company was") == "deny"


@pytest.mark.parametrize("text, opening", [
    # "no X": the claim before must have spoken of X, not just of the place both name
    ("A survey found that walkers on the moor were twice as likely to report asthma. The county's health "
     'officer, Dr Rhys Pugh, said that so far "no hospital admissions had been traced" to the moor.', "that so far"),
    ("Tenants said the landlord had left the stairwell unlit for a month. The landlord's agent, Bev Cole, "
     'said that so far "no tenant had lost a deposit" over the stairwell.', "that so far"),
])
def test_a_none_of_something_the_claim_never_named_stays_an_assertion(engine, text, opening):
    assert _stance_of(engine, text, opening) == "assert"


def test_a_none_of_what_the_claim_named_is_still_a_denial(engine):
    text = ("Tenants said the landlord had kept their deposits without reason. The landlord's agent, Bev Cole, "
            'said that so far "no deposit had been kept without reason."')
    assert _stance_of(engine, text, "that so far") == "deny"


@pytest.mark.parametrize("text, opening", [
    ("The mayor said attendance at the new arena would reach 5,000 most nights. Councillor Ray Bold said that "
     '"nobody on this council can tell me what the attendance will be."', "that"),
    ("The board said the new timetable would suit most pupils. Parent Ama Osei said that \"no one had explained\" "
     "why the timetable had changed.", "that"),
])
def test_a_question_nobody_answers_is_no_denial(engine, text, opening):
    assert _stance_of(engine, text, opening) == "assert"


def test_nobody_telling_what_was_claimed_is_still_a_denial(engine):
    text = ("A post on a village forum claimed a deal to sell the ground had been signed. Club chairman Ed Moor "
            'said that so far "nobody has signed anything."')
    assert _stance_of(engine, text, "that so far") == "deny"


def test_no_such_points_back_at_a_thing_said_however_far_before(engine):
    text = ('The guard told the court he was ordered to burn the records. He said he was afraid. His wife wept '
            'in the gallery. The judge adjourned until Monday. Outside court, the councillor told reporters: '
            '"No such order was ever given."')
    said = {a.content.text: a.stance for a in engine.analyze(text).attributions if a.statement}
    assert said["No such order was ever given."] == "deny"


def test_no_such_with_nothing_before_it_or_as_a_saying_stays_asserted(engine):
    alone = engine.analyze('"No such order was ever given," the councillor told reporters.').attributions
    saying = engine.analyze("The coach said there was no such thing as an easy game.").attributions
    assert [a.stance for a in alone if a.statement] == ["assert"]
    assert [a.stance for a in saying if a.statement] == ["assert"]


CHARGE = ("A former aide told the committee that the minister had asked for the waiting-list data to be delayed "
          "before the vote. The board's chief executive rejected the claim. \"Dates were set months ahead,\" she said. "
          "\"Any suggestion of interference is wrong.\" ")


def test_ones_own_deed_denied_answers_a_charge_beyond_others_denials(engine):
    text = CHARGE + 'The minister said he had "never once" asked for the data to be delayed.'
    assert _stance_of(engine, text, 'he had "never once"') == "deny"


def test_a_deed_denied_on_another_topic_stays_asserted(engine):
    text = CHARGE + "The minister said he had never once missed a committee hearing."
    assert _stance_of(engine, text, "he had never once") == "assert"
