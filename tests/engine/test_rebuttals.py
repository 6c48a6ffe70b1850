"""A negation that leaves none of what another's claim just before it speaks of is a denial; an
ordinary negative, one about something else, one answering a claim itself negative, a forecast, or a
document's figure, stays an assertion."""
import pytest


def _stance_of(engine, text, opening):
    analysis = engine.analyze(text)
    return next(a.stance for a in analysis.attributions if a.content.text.startswith(opening))


@pytest.mark.parametrize("text, opening", [
    ("The ministry said the band had been notified by letter in March. Chief Ada Moose said no such letter "
     "ever arrived.", "no such letter"),
    ('A post on a village forum claimed a deal to sell the ground had been signed. "Nothing has been signed," '
     "club chairman Ed Moor said.", "Nothing has been signed"),
    ("Dockers said the new cranes would cost hundreds of jobs. The port authority said the cranes would not "
     "cost a single permanent job.", "the cranes would not cost"),
    ("Parents said the clinic had turned away children without insurance. The clinic's director, Jo Park, "
     "said it had never turned away a child.", "it had never turned away"),
])
def test_a_negation_answering_anothers_claim_just_before_is_a_denial(engine, text, opening):
    assert _stance_of(engine, text, opening) == "deny"


@pytest.mark.parametrize("text, opening", [
    # an ordinary negative, with no claim before it
    ("The council said the road would not reopen before May.", "the road would not"),
    # about something else than the claim before it
    ("Dockers said the new cranes would cost hundreds of jobs. The mayor said nobody had booked the town "
     "hall for the vote.", "nobody had booked"),
    # the claim before is itself in the negative: nothing to contradict
    ("The study did not prove the algae caused the rashes, Dr Lena Hart said. Health officer Paul Ruiz said "
     "no hospital admissions had been linked to the algae.", "no hospital admissions"),
    # a forecast, and an idiom
    ("Fans said the striker would be dropped. Coach Ann Lee said the striker will never be dropped.",
     "the striker will never"),
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
    ('A post on a village forum claimed a deal to sell the ground had been signed. "I can tell you that '
     'nothing has been signed," club chairman Ed Moor said.', "I can tell you"),
    # "never once", the parser hanging "never" on "once"
    ('Doctors said ambulance data had been delayed for weeks. Health Minister Dan Roe said he had "never '
     'once" asked for data to be delayed.', "he had"),
])
def test_the_negation_may_be_told_or_hung_on_once(engine, text, opening):
    assert _stance_of(engine, text, opening) == "deny"


def test_a_never_about_others_lot_stays_an_assertion(engine):
    text = ("The regulator said customers had been billed for electricity in March. \"Customers paid for "
            "electricity they never received,\" chairman Ian Obi told reporters.")
    assert _stance_of(engine, text, "Customers paid") == "assert"


def test_not_a_single_opening_the_sentence_answers_the_claim(engine):
    text = ('Drivers said daytime trips would be cut to pay for the night buses. "Not a single daytime trip is '
            'being cut," said general manager Paul Dorr.')
    assert _stance_of(engine, text, "Not a single") == "deny"
