"""The hard checks on pairs written for the test: near-misses are caught, paraphrases are let through."""
from sourcetrace.corpus.match.checks import check, negation_mismatch, number_conflict, quantities, _words


def test_negation_on_a_shared_verb_is_a_mismatch():
    assert negation_mismatch("The council approved the harbour budget on Monday.",
                             "The council did not approve the harbour budget on Monday.")
    assert negation_mismatch("The ministry has confirmed the ferry contract.",
                             "The ministry has not confirmed the ferry contract.")
    assert not negation_mismatch("The ministry has confirmed the ferry contract.",
                                 "Officials at the ministry confirmed that the ferry contract stands.")
    # both negated: they agree
    assert not negation_mismatch("The mayor never visited the plant.", "The mayor has never visited the plant.")


def test_numbers_disagree_only_beyond_their_bounds():
    assert number_conflict("About 300 dockworkers walked out.", "3,000 dockworkers walked out.")
    assert not number_conflict("More than 30 orders were signed in a week.", "He signed 31 orders in one week.")
    assert not number_conflict("Nearly 100 families were moved.", "97 families were moved.")
    assert number_conflict("Fuel tax rose by 5%.", "Fuel tax rose by 15 percent.")
    assert not number_conflict("Fuel tax rose by 5% in 2019.", "Fuel tax rose 5 percent in 2021.")
    assert not number_conflict("The mayor spoke on Monday.", "The port handled 40 ships.")


def test_years_are_not_counted_and_scales_are_applied():
    found = quantities(_words("In 2019 the port handled 2.5 million tonnes."))
    assert [(q.low, q.unit) for q in found] == [(2_500_000.0, "tonne")]


def test_check_names_every_failed_check_and_none_for_a_paraphrase():
    assert check("Kenya raised fuel taxes by 5 percent.", "Uganda raised fuel taxes by 5 percent.") == ("subject",)
    assert check("Cuban men are being recruited by the Russian military.",
                 "Moscow has been signing up men from Cuba.", similar=lambda a, b: 0.0) == ()
    assert "number" in check("The strike involved 300 workers.", "The strike involved 3,000 workers.")
