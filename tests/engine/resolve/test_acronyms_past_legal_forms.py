"""A body's letters leave out its legal form and a country's dotted abbreviation: "SKE" is PT Surya
Kencana Energi, "the FAA" the U.S. Federal Aviation Administration; a name that opens on a legal
form written first ("PT …") is a firm's, whatever the tagger took it for."""
from said_by import source_of, speaker_of


def test_letters_past_a_legal_form_written_first():
    text = ("PT Lintang Baja Nusantara, a steel maker, opened a mill in Cilegon on Monday. "
            "LBN said the mill would employ 900 people.")
    assert speaker_of(text, "employ 900 people") == "PT Lintang Baja Nusantara"


def test_a_name_opening_on_a_legal_form_is_a_firm():
    text = ("PT Lintang Baja Nusantara, a leading producer, said on Monday that the mill would employ 900 people.")
    source = source_of(text, "employ 900 people")
    assert source.kind == "organization" and source.name == "PT Lintang Baja Nusantara"


def test_letters_past_a_country_abbreviation():
    text = ("The airline grounded two jets after a warning from the U.S. Federal Aviation Administration. "
            "The FAA said the inspections would take a week.")
    assert speaker_of(text, "would take a week") == "U.S. Federal Aviation Administration"


def test_letters_past_a_legal_form_written_last():
    text = ("Seri Kenanga Textiles Bhd cut 300 jobs at its Ipoh plant. "
            "SKT also said demand from Europe had fallen.")
    assert speaker_of(text, "demand from Europe") == "Seri Kenanga Textiles Bhd"


def test_two_bodies_with_the_same_letters_leave_none_guessed():
    text = ("PT Sinar Kota Makmur and Sinar Kencana Mining Ltd signed a deal on Monday. "
            "SKM said the deal was worth $40 million.")
    assert speaker_of(text, "worth $40 million") == "SKM"


def test_a_person_is_still_a_person():
    text = "Pratiwi Tan Kusuma, a leading producer, said on Monday that the film would open in May."
    assert source_of(text, "open in May").kind == "person"


def test_a_role_for_letters_past_a_country_abbreviation():
    text = ("The airline grounded two jets after a warning from the U.S. Federal Aviation Administration. "
            "An FAA spokeswoman said the inspections would take a week.")
    assert speaker_of(text, "would take a week") == "spokeswoman for Federal Aviation Administration"


def test_letters_the_tagger_took_for_a_nationality():
    text = ("Harlow Goods recalled 9,000 heaters in cooperation with the U.S. Consumer Product Safety "
            "Commission. A CPSC official said no one had been hurt. According to the CPSC, the heaters "
            "were sold at hardware stores.")
    assert "Consumer Product Safety Commission" in speaker_of(text, "sold at hardware stores")
