"""A firm's legal form after its name, as registers across the world write it ("Pte Ltd", "Sdn Bhd",
"K.S.C.P.", "W.L.L.", "S.A. de C.V.", "d.o.o."), is no part of how a reader hears the firm where
the text also calls the firm by the words before it; a firm's name run together with a capital
inside ("MarisLink") is whole before the brackets that define its short forms."""
import pytest
from said_by import speaker_of

from sourcetrace.engine.resolve.legal_forms import ends_on_legal_form, without_legal_form, words_end_on_legal_form


@pytest.mark.parametrize("name, bare", [
    ("Harbour Crest Shipping K.S.C.P.", "Harbour Crest Shipping"),
    ("Dune Line Trading W.L.L.", "Dune Line Trading"),
    ("Kedai Maju Sdn Bhd", "Kedai Maju"),
    ("Orchid Freight Pte Ltd", "Orchid Freight"),
    ("Sierra Madre Cementos S.A. de C.V.", "Sierra Madre Cementos"),
    ("Jadran Ribe d.o.o.", "Jadran Ribe"),
    ("Hanse Logistik GmbH & Co. KG", "Hanse Logistik"),
    ("Daehan Steel Co., Ltd.", "Daehan Steel"),
    ("Muscat Cement S.A.O.G.", "Muscat Cement"),
    ("Drini Agro sh.p.k.", "Drini Agro"),
])
def test_a_trailing_legal_form_comes_off(name, bare):
    assert without_legal_form(name) == bare


@pytest.mark.parametrize("name", ["Bank of America", "Logistics as", "Office of the AG", "Trust"])
def test_words_that_are_no_form_stay(name):
    assert without_legal_form(name) == name


def test_a_firm_the_text_also_calls_without_its_form_is_called_so():
    text = ("Harbour Crest Shipping reports higher profit\n\n"
            "KUWAIT CITY — Harbour Crest Shipping K.S.C.P. said on Sunday that its net profit rose "
            "12 percent in 2025.\n\n"
            "The company said it would open a depot in Basra.")
    assert speaker_of(text, "net profit rose") == "Harbour Crest Shipping"
    assert speaker_of(text, "open a depot") == "Harbour Crest Shipping"


def test_a_run_together_name_before_defined_short_forms_is_whole():
    text = ("SINGAPORE — MarisLink Freight Pte Ltd (\"MarisLink\" or \"the Group\") said on Monday that "
            "it would hire 50 drivers.\n\n"
            "MarisLink Freight said the Group had no plans to close its Jurong depot.")
    assert speaker_of(text, "no plans to close") == "MarisLink Freight"


@pytest.mark.parametrize("words, end, ends", [
    ("Gulf Harvest Agritech L.L.C. Secures AED", 4, True), ("Gulf Harvest Agritech L.L.C. Secures AED", 3, False),
    ("Minera Andina S.A. de C.V.", 5, True), ("Kessock Maltings plc", 3, True), ("Logistics as", 2, False),
    ("the Office of the AG", 5, False)])
def test_a_run_of_words_ends_on_a_legal_form_as_its_joined_words_do(words, end, ends):
    split = words.split()
    assert words_end_on_legal_form(split, end) is ends
    assert ends_on_legal_form(" ".join(split[:end])) is ends


def test_only_the_last_words_of_a_long_run_are_read():
    run = ["Word"] * 100_000 + ["Harwell", "Foods", "Ltd"]
    assert words_end_on_legal_form(run, len(run)) and not words_end_on_legal_form(run, len(run) - 1)


def test_a_firm_named_with_an_albanian_legal_form_in_small_letters_is_the_speaker():
    text = "Butrinti Wind Power sh.p.k. said all the plots had been registered with the cadastre."
    assert speaker_of(text, "all the plots") == "Butrinti Wind Power"
