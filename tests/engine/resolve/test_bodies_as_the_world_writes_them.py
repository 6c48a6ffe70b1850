"""Bodies as agencies and newsrooms round the world write them: a long name whose parts are joined
by commas and "and", a lower-case description with the body's letters set beside it."""
import pytest

from said_by import speaker_of


@pytest.mark.parametrize("text, words, name", [
    ("The Marovian Seismic, Volcanic and Coastal Monitoring Authority (MSVCMA) said the tremor was shallow. "
     "The authority warned of aftershocks along the northern shore.", "aftershocks",
     "Marovian Seismic, Volcanic and Coastal Monitoring Authority"),
    ("The Tessaly Board of Agriculture and Fisheries Development said quotas would fall. The board said "
     "trawlers would be paid to stay in port.", "trawlers would be paid",
     "Tessaly Board of Agriculture and Fisheries Development"),
])
def test_a_name_joined_by_commas_and_and_is_one_body(text, words, name):
    assert speaker_of(text, words) == name


def test_two_bodies_named_side_by_side_stay_two():
    text = ("Officials from Harwick Water and Dunmore Energy met on Monday. Dunmore Energy said the pipeline "
            "would reopen on Friday.")
    assert speaker_of(text, "pipeline would reopen") == "Dunmore Energy"


@pytest.mark.parametrize("text, words, name", [
    ("The national tax and customs directorate, DIAN, said in a statement that it had tightened inspections.",
     "tightened inspections", "DIAN"),
    ("The state mining inspectorate, GMI, said the shaft had been sealed since March.", "shaft had been sealed",
     "GMI"),
])
def test_a_description_with_the_bodys_letters_beside_it_is_called_by_them(text, words, name):
    assert speaker_of(text, words) == name


def test_a_description_with_a_person_beside_it_is_no_body():
    text = "The regional director, Amara Okonkwo, said the inspections would continue."
    assert speaker_of(text, "inspections would continue") == "Amara Okonkwo"


@pytest.mark.parametrize("text, words, name", [
    ("The Armenian Road Hauliers association said its members were losing 300 dram an hour.", "losing 300",
     "Armenian Road Hauliers"),
    ("Yesterday the Harbour Taxi Drivers union said its members would strike on Monday.", "would strike",
     "Harbour Taxi Drivers"),
    ("Chile's opposition Democratic Renewal party said on Sunday it would contest the count.", "contest the count",
     "Democratic Renewal party"),
    ("The ruling Green Future alliance said it had won a majority in the assembly.", "won a majority",
     "Green Future alliance"),
])
def test_a_name_in_capitals_before_its_kind_in_lower_case_is_the_body_with_a_partys_kind_word(text, words, name):
    assert speaker_of(text, words) == name


@pytest.mark.parametrize("text, words, name", [
    ("The Harvard University team said the samples were contaminated.", "samples", "Harvard University team"),
    ("The New York union said its members would strike.", "would strike", "New York union"),
])
def test_a_part_of_a_body_or_a_place_before_the_kind_stays_as_written(text, words, name):
    assert speaker_of(text, words) == name


def test_where_a_body_is_based_is_no_part_of_its_name():
    text = "In a note to clients, analysts at Mombasa-based Tidewater Securities said rates would hold."
    assert speaker_of(text, "rates would hold") == "analysts at Tidewater Securities"


@pytest.mark.parametrize("text, words, name", [
    ("The Instituto Nacional de Vivienda y Urbanismo (INVU) said rents rose 6 percent. The institute said "
     "supply had stalled.", "supply had stalled", "Instituto Nacional de Vivienda y Urbanismo"),
    ("The Superintendencia de Bancos y Seguros said it had opened an inquiry. The regulator said fines "
     "could follow.", "fines could follow", "Superintendencia de Bancos y Seguros"),
    ("The Ministério da Saúde e Assistência said 40 clinics had reopened. The ministry said staff had "
     "returned.", "staff had returned", "Ministério da Saúde e Assistência"),
])
def test_a_body_named_in_its_own_language_is_called_by_the_english_word_for_its_kind(text, words, name):
    assert speaker_of(text, words) == name


def test_two_bodies_of_the_kind_named_abroad_leave_the_word_unresolved():
    text = ("The Ministerio de Salud and the Ministerio de Hacienda met on Monday. The ministry said "
            "the budget would hold.")
    assert speaker_of(text, "budget would hold") not in ("Ministerio de Salud", "Ministerio de Hacienda")


@pytest.mark.parametrize("text, words, name", [
    ("The dockers' union, the Syndicat des Dockers Unis (SDU), said wages had fallen behind prices.",
     "wages had fallen", "Syndicat des Dockers Unis"),
    ("The growers' association, the Kenya Tea Growers Association (KTGA), said prices had fallen.",
     "prices had fallen", "Kenya Tea Growers Association"),
])
def test_a_name_set_beside_a_body_word_and_read_as_its_conjunct_is_the_body(text, words, name):
    assert speaker_of(text, words) == name
