"""A denier's own negation of a deed denies too; a passer-by's, a thought, a future or someone
else's do not. The denier's quote straight after a denial its verb names is the rebuttal, however it
opens; after a verdict ("said that was untrue") only one that opens by negating is."""
import pytest


def _stance_of(engine, text, opening):
    analysis = engine.analyze(text)
    return next(a.stance for a in analysis.attributions if a.content.text.startswith(opening))


DENIER = "Hollis Grange, 52, of Mill Lane, denies two counts of fraud against the bowls club. "


@pytest.mark.parametrize("rest, opening", [
    ('"I never took a penny from the club," Grange told the court.', "I never took"),
    ("Grange told the court that he had never opened the club's safe.", "that he had never"),
    ('"I kept the books for ten years. I would never have done this," Grange said.', "I kept the books"),
    # none of the deed's object, in a clause joined to the first: "I have hidden nothing"
    ("The trial continues on Monday. \"I have kept every receipt and I have taken nothing,\" Grange said.",
     "I have kept"),
])
def test_a_deniers_negation_of_his_own_deed_is_a_denial(engine, rest, opening):
    assert _stance_of(engine, DENIER + rest, opening) == "deny"


@pytest.mark.parametrize("text, opening", [
    ('"I had never seen a queue so long," said Marta Quell, a shopper.', "I had never seen"),
    (DENIER + '"I never expected to end up in a courtroom," Grange said.', "I never expected"),
    (DENIER + '"I\'m not going anywhere," Grange said.', "I'm not going"),
    (DENIER + '"He wasn\'t at the club that night," Grange said of his brother.', "He wasn't"),
    # a negation before the denial answers no accusation: a profile's boast, then a story denied
    ("Ottavio Brenn has kept the lighthouse for forty years. Brenn says he has never missed a night "
     "on duty. Brenn denies the tale that he once slept through a storm.", "he has never missed"),
])
def test_other_negations_stay_assertions(engine, text, opening):
    assert _stance_of(engine, text, opening) == "assert"


def test_a_quote_opening_with_a_negation_straight_after_a_denial_denies(engine):
    text = ("Coach Ilse Marrow denied that her squad had faded late on. "
            '"We didn\'t fade, we ran out of luck," Marrow said.')
    assert _stance_of(engine, text, "We didn't fade") == "deny"


@pytest.mark.parametrize("text, opening", [
    # a refusal or a plan is no denial of the claim
    ('Councillor Brede Holm rejected the suggestion. "I\'m not going anywhere," Holm said.', "I'm not going"),
    # after a verdict ("said that was untrue"), a quote that says something else
    ('Parents said the minutes were hidden. Clerk Ada Venn said that was untrue. "The minutes are on the '
     'website," Venn said.', "The minutes are"),
    # a wish, and a question
    ('Engineer Tomas Rike denied that the pumps had failed. "I hope the inquiry looks at the drains," '
     'Rike said.', "I hope"),
    # another paragraph, not straight after the denial
    ('Engineer Tomas Rike denied that the pumps had failed.\n\nThe storm lasted six hours.\n\n'
     '"It wasn\'t the pumps," Rike said.', "It wasn't the pumps"),
])
def test_other_quotes_after_a_denial_stay_assertions(engine, text, opening):
    assert _stance_of(engine, text, opening) == "assert"


@pytest.mark.parametrize("text, opening", [
    ('Engineer Tomas Rike denied that the pumps had failed. "Every pump worked that night," Rike said.',
     "Every pump worked"),
    # the quote opening the next paragraph answers the denial its verb names
    ('Coach Ilse Marrow rejected the suggestion that her squad had been lucky.\n\n"We had twelve shots on '
     'target," Marrow said.', "We had twelve"),
])
def test_the_deniers_quote_straight_after_a_denial_its_verb_names_is_the_rebuttal(engine, text, opening):
    assert _stance_of(engine, text, opening) == "deny"


@pytest.mark.parametrize("text, opening", [
    # a subject or a thing there is, said to be none
    ('Lena Marsh rejected that claim, saying places went by date. "Nobody was ever turned away," Marsh said.',
     "Nobody was ever"),
    ('The mill denied that it had been told to close. "No such order was ever given," the mill said.',
     "No such order"),
    # one who speaks for the body, first heard in the quote straight after its denial
    ('The company denied a report that it was exploring a sale.\n\n"There is no process under way," said '
     'chief financial officer Marc Tessier.', "There is no process"),
])
def test_a_quote_opening_with_none_straight_after_a_denial_denies(engine, text, opening):
    assert _stance_of(engine, text, opening) == "deny"


@pytest.mark.parametrize("text, opening", [
    # a bystander first heard after someone else's denial does not deny for them
    ('Police said the man had fled. His mother denied that he was involved. "It was not his car," said '
     'neighbour Tom Reyes.', "It was not his car"),
    # one heard before, answering in their own voice
    ('Chief financial officer Marc Tessier said sales were flat. The company denied a report that it was '
     'exploring a sale. "Nobody expected a sale," said Marc Tessier.', "Nobody expected"),
])
def test_another_speakers_negation_after_a_denial_stays_an_assertion(engine, text, opening):
    assert _stance_of(engine, text, opening) == "assert"


def test_a_quote_straight_after_a_denial_in_part_quoted_denies(engine):
    # the denial itself holds the denier's words in quote marks (a mixed report)
    text = ('The board chair, Sione Tafa, rejected suggestions that the board had kept families "in the dark". '
            '"Nobody sat on anything. Parents had a letter the next day," Tafa said.')
    assert _stance_of(engine, text, "Nobody sat on") == "deny"


BODY_DENIAL = ("Kestrel Valley Nurses' Union (KVNU) president Dana Holloway said the strike would go ahead. "
               "The union has also denied that the strike is backed by any political party. ")


def test_an_officer_named_by_the_denying_bodys_name_speaks_its_denial(engine):
    text = BODY_DENIAL + '"Our members belong to every party and to none," Holloway said.'
    assert _stance_of(engine, text, "Our members belong") == "deny"


def test_one_heard_before_who_does_not_speak_for_the_denying_body_asserts(engine):
    text = ("Hospital manager Ruth Pike said wards were full. " + BODY_DENIAL
            + '"Our wards are staffed every night," Pike said.')
    assert _stance_of(engine, text, "Our wards are staffed") == "assert"
