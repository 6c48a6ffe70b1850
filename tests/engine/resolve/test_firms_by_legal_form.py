"""A firm named with its legal form, written first ("PT …", "OAO …") or last ("… SpA", "… S.A.",
"… Ltda", "… AG"), is a firm whatever the tagger took its other words for, and "the company" later
is that firm; a form inside a phrase with "of" ("the Office of the AG") names no firm."""
from said_by import source_of, speaker_of

from sourcetrace.engine.resolve.bodies import by_legal_form


def test_the_company_is_the_firm_named_with_its_form_first():
    text = ("Fishers won a case last month against the dredging company PT Cahaya Laut Sentosa. "
            "The company said the dredging was far offshore.")
    assert speaker_of(text, "far offshore") == "PT Cahaya Laut Sentosa"


def test_the_company_is_the_firm_named_with_its_form_last():
    text = ("Villagers sued the miner Rio Andino SpA last year.\n\n"
            "The company said the claims were false.\n\n"
            "Rio Andino SpA did not reply to questions.")
    assert speaker_of(text, "claims were false") == "Rio Andino SpA"
    source = source_of(text, "to questions")
    assert source.kind == "organization" and source.name == "Rio Andino SpA"


def test_a_firms_words_the_tagger_left_off_after_its_form_stay_in_its_name():
    text = ("Villagers sued the miner PT Surya Kencana Energi last year.\n\n"
            "The company said the claims were false.")
    assert speaker_of(text, "claims were false") == "PT Surya Kencana Energi"


def test_a_person_beside_the_firm_stays_a_person():
    text = ("Maria Souza, who heads Rio Andino SpA, said on Monday that the mine would reopen in May.")
    source = source_of(text, "reopen in May")
    assert source.kind == "person" and source.name == "Maria Souza"


def test_forms_open_or_close_a_name_and_never_a_phrase_with_of():
    assert by_legal_form("Ventos do Atlântico, S.A.") and by_legal_form("OAO Severny Port")
    assert by_legal_form("Hanse Logistik AG") and by_legal_form("Nippon Kaiun K.K.")
    assert not by_legal_form("Office of the AG") and not by_legal_form("Rio Andino")
    assert not by_legal_form("SA")


def test_a_legal_form_after_a_comma_is_no_subject_of_its_own():
    text = ("Porto, 3 June 2025 - Correntes do Norte, S.A. announces today that it has won a licence for "
            "a tidal farm.\n\nThe company said work would start in the spring.")
    assert speaker_of(text, "won a licence") == "Correntes do Norte"
    assert speaker_of(text, "work would start") == "Correntes do Norte"
