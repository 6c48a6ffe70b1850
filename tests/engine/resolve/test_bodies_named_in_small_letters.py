"""Bodies abroad named in small letters after their kind ("Syndicat unifié des cheminots",
"Association des usagers du train"): the whole name is the body's, its acronym in brackets
spells every word's initial, and a source the parse cut at a particle runs on to the comma."""
from said_by import speaker_of

from sourcetrace.engine.parse import load_nlp, parse_text
from sourcetrace.engine.resolve.bodies import named_abroad


def test_a_union_named_in_small_letters_and_called_by_its_letters():
    text = ("LYON, May 4 - Dock workers will stop work on Friday.\n\n"
            "The Syndicat unifié des agents portuaires (SUAP) said the walkout would last a day.\n\n"
            "SUAP delegate Mireille Rocher told reporters that talks had failed.")
    assert speaker_of(text, "walkout would last a day") == "Syndicat unifié des agents portuaires"
    assert speaker_of(text, "talks had failed") == "Mireille Rocher"


def test_according_to_a_body_the_parse_cut_at_a_particle():
    text = ("Tram fares will rise in June. According to the Association des usagers du tramway, a riders' "
            "group, some 90,000 people ride the line each day.")
    assert speaker_of(text, "90,000 people") == "Association des usagers du tramway"


def test_a_word_for_the_body_with_its_name_beside_it():
    text = ("A second federation, the Fédération régionale des éleveurs (FRE), said it would not join the "
            "protest. The operator, the Compagnie fluviale de la Saône (CFS), said in a statement that "
            "boats would run as usual.")
    assert speaker_of(text, "would not join the protest") == "Fédération régionale des éleveurs"
    assert speaker_of(text, "boats would run as usual") == "Compagnie fluviale de la Saône"


def test_names_abroad_run_through_small_letters_and_elided_articles_and_stop_at_english():
    doc = parse_text(load_nlp(), "The Fédération des parents francophones de l'Ouest said the Syndicat said so.")
    assert named_abroad(doc) == ["Fédération des parents francophones de l'Ouest"]


def test_according_to_a_name_abroad_the_parse_cut_before_a_particle():
    text = ("The fighting has killed more than 900 people, according to the Observatório do Conflito do Sul, "
            "a research group based in Pemba.")
    assert speaker_of(text, "killed more than 900 people") == "Observatório do Conflito do Sul"


def test_figures_from_a_body_abroad_are_credited_to_its_whole_name():
    text = "Sesame is half of farm exports, according to figures from the Agência Nacional do Gergelim (ANG)."
    assert speaker_of(text, "half of farm exports") == "Agência Nacional do Gergelim"


def test_letters_that_give_a_particle_its_own_letter():
    text = ("Supply from Compagnie Électrique du Nord (CEDN) will rise to ten hours a day.\n\n"
            "CEDN declined to comment on the tariff.")
    assert speaker_of(text, "the tariff") == "Compagnie Électrique du Nord"
