"""Family names in capitals, as the francophone press of West and Central Africa writes them ("Awa
Kadidiatou SANOGO", "TRAORÉ Siaka Daouda"), are parsed as names, written with one capital, in a
text that sets one beside a given name it knows; a body's letters, titles and honours stay in
capitals. Sentences written for the test."""
from sourcetrace import analyze
from sourcetrace.engine.parse.surname_capitals import surname_capitals
from sourcetrace.engine.parse.window import parse_copy

STORY = ("BOBO-DIOULASSO - Market women blocked the road to the cotton gin on Tuesday.\n\n"
         "\"We sell at a loss every single week,\" said Awa Kadidiatou SANOGO, who heads the traders' "
         "association of the Sikasso road market.\n\n"
         "SANOGO added that the women would return on Friday if the mayor did not receive them.\n\n"
         "The regional director of trade, TRAORÉ Siaka Daouda, told reporters that prices were set by the "
         "market, not by his office.")


def test_family_names_in_capitals_beside_a_known_given_name_take_one_capital():
    english = {"the", "road"}.__contains__
    known = lambda w: w.lower() in {"awa", "fatoumata"}  # noqa: E731
    text = "Awa SANOGO met the NTU and the Northern Traders Union (NTU). Then Fatoumata KONATÉ spoke."
    assert sorted(w for _, w in surname_capitals(text, english, known)) == ["Konaté", "Sanogo"]
    assert len(parse_copy(STORY)) == len(STORY)
    assert "Awa Kadidiatou Sanogo" in parse_copy(STORY) and "Sanogo added" in parse_copy(STORY)


def test_a_bodys_letters_titles_and_honours_stay_in_capitals():
    english = lambda w: False  # noqa: E731
    known = lambda w: w.lower() in {"awa", "maureen", "florian"}  # noqa: E731
    assert surname_capitals("Awa SANOGO of the Sikasso Traders Union. An STU spokeswoman said so.", english, known) \
        == [(4, "Sanogo")]  # "STU" spells the union's name out; "An" is no name's
    assert surname_capitals("Cr Maureen Halloran OAM and DI Florian Brandl spoke.", english, known) == []
    assert surname_capitals("Moussa SANOGO spoke.", english, known) == []  # no given name the list knows


def test_the_speaker_is_named_with_the_family_name_in_capitals():
    analysis = analyze(STORY)
    by_words = {a.content.text: analysis.source(a.source_id).name.lower() for a in analysis.attributions}
    assert by_words["We sell at a loss every single week"] == "awa kadidiatou sanogo"
    said_later = next(name for text, name in by_words.items() if "return on Friday" in text)
    assert said_later == "awa kadidiatou sanogo"
