"""Forms of address, honours and police ranks of many countries set before a name: the person is
named without them ("Ato Dawit Gebremariam" is Dawit Gebremariam, "SP Adebayo Olaniyan" is Adebayo
Olaniyan), while a form of address that is also a name is kept where it opens the name ("Ato
Boldon", "Ma Kok Wai"). Names joined by a word that says whose child the person is ("arap")."""
import pytest

from said_by import source_of, speaker_of


def test_a_police_rank_in_capitals_is_no_part_of_the_name():
    text = "The command's spokesman, DSP Musa Garba, said three suspects had been arrested in Kano."
    assert speaker_of(text, "three suspects") == "Musa Garba"
    text = "PCol Ramon Dizon, the provincial police director, said the checkpoint would stay."
    assert speaker_of(text, "checkpoint would stay") == "Ramon Dizon"


def test_a_rank_word_in_lower_case_is_no_rank():
    text = "Sp Lorrimer Freight said its trucks were held at the border."
    assert "Lorrimer" in speaker_of(text, "trucks were held")


def test_ethiopian_and_liberian_forms_of_address_before_a_full_name():
    text = "Its chairman, Ato Girma Bekele, said members could not absorb another increase in fares."
    assert speaker_of(text, "another increase") == "Girma Bekele"
    text = "Their mother, Ma Esther Wleh, said she had heard the shots from the market."
    assert speaker_of(text, "heard the shots") == "Esther Wleh"


def test_a_form_of_address_that_is_also_a_name_opens_a_name_of_two_words():
    text = "Ato Boldon said the track in Port of Spain was fast on Saturday."
    assert speaker_of(text, "track in Port") == "Ato Boldon"
    text = "Ma Kok Wai said the shop in Ipoh would close at the end of the month."
    assert speaker_of(text, "shop in Ipoh") == "Ma Kok Wai"


def test_italian_spanish_and_portuguese_titles_of_address():
    text = "The culture councillor, Dott.ssa Chiara Benedetti, said the square would be renamed."
    assert speaker_of(text, "square would be renamed") == "Chiara Benedetti"
    text = "\"The dam will be finished in May,\" said Eng. Tiago Mendes Correia, the works director."
    assert speaker_of(text, "dam will be finished") == "Tiago Mendes Correia"
    text = "Lic. Marcela Ortiz Duarte, the state's treasurer, said the bonds would be repaid."
    assert speaker_of(text, "bonds would be repaid") == "Marcela Ortiz Duarte"


def test_a_barrister_is_the_name_he_was_first_given():
    text = ("The party's counsel, Barrister Imran bin Yusuf, called the ruling a victory. "
            "Barrister Imran said the party would go back to court if the deadline was missed.")
    assert speaker_of(text, "go back to court") == "Imran bin Yusuf"


def test_arap_joins_a_kalenjin_name():
    text = ("Mzee Kiprotich arap Langat, chairman of the clan council, said the land should be shared. "
            "\"We have met four times,\" Kiprotich said.")
    assert speaker_of(text, "land should be shared") == "Kiprotich arap Langat"
    assert speaker_of(text, "met four times") == "Kiprotich arap Langat"


def test_the_speaker_is_the_holder_the_text_named():
    text = ("Members staged a walkout on Tuesday after Speaker Shri Ramesh Kumar Rao refused to admit a motion.\n\n"
            "The Speaker said the motion did not meet the conditions of the rules.")
    assert speaker_of(text, "did not meet the conditions") == "Ramesh Kumar Rao"


def test_a_speaker_never_named_stays_a_speaker():
    text = "The Speaker said the motion did not meet the conditions of the rules."
    assert speaker_of(text, "did not meet the conditions").lower() == "speaker"


def test_a_surname_alone_after_a_cantonese_name_with_an_english_given_name():
    text = ("Judge Mary Lam said Edmund Chau Wing-lok, 52, had abused a position of trust.\n\n"
            "Throughout the trial, Chau denied forging the invoices.")
    assert speaker_of(text, "forging the invoices") == "Edmund Chau Wing-lok"


def test_the_holder_of_a_seat_set_beside_it_is_the_speaker():
    text = "The Governor of Ondo, Babatunde Akinyemi-Ojo, described the late trader as a bridge."
    assert speaker_of(text, "late trader") == "Babatunde Akinyemi-Ojo"
    text = ("The Olu of Ilode, Oba Abdulrasaq Adeyemo, in a message signed on his behalf, described the late "
            "trader as a bridge.")
    assert speaker_of(text, "late trader") == "Abdulrasaq Adeyemo"


def test_english_words_beside_a_seat_are_no_holder():
    text = "The Mayor of Accra, Hall Press, said the roads would close."
    assert speaker_of(text, "roads would close") != "Hall Press"


def test_a_name_the_tagger_split_after_a_title_is_one_name():
    text = "The Emir of Kano, Alhaji Aminu Ado Bayero, described the late trader as a bridge."
    assert speaker_of(text, "late trader") == "Aminu Ado Bayero"


def test_ranks_of_thai_indonesian_and_latin_american_police_and_armies():
    assert speaker_of("Pol Lt Gen Surachai Wongsawat said the suspects had been arrested.",
                      "suspects had been arrested") == "Surachai Wongsawat"
    assert speaker_of("Kombes Pol Ade Ary Syam said the suspects had been arrested.",
                      "suspects had been arrested") == "Ade Ary Syam"
    assert speaker_of("Gral. Luis Cresencio Sandoval said the troops would stay in Sinaloa.",
                      "troops would stay") == "Luis Cresencio Sandoval"


def test_a_form_of_address_that_opens_a_name_of_two_words_stays():
    assert speaker_of("Pol Pot said the city would be emptied.", "city would be emptied") == "Pol Pot"


def test_forms_of_address_written_after_a_name_are_no_part_of_it():
    assert speaker_of("Mehmet Aydın Bey said the ferry would sail at noon.", "ferry would sail") == "Mehmet Aydın"
    assert speaker_of("Rashid Ahmed Sahib said the mosque would reopen.", "mosque would reopen") == "Rashid Ahmed"


def test_a_surname_like_a_form_of_address_after_it_stays_in_a_short_name():
    assert speaker_of("Aung San said the army would march on Rangoon.", "army would march") == "Aung San"


def test_a_title_and_one_name_later_is_the_person_named_in_full():
    text = ('Ato Girma Bekele, the director general, spoke on Monday.\n\n'
            '"The subsidy is a burden," Ato Girma said.')
    assert speaker_of(text, "subsidy is a burden") == "Girma Bekele"
    text = ('DSP Musa Garba, the spokesman, spoke on Monday.\n\n'
            '"Officers were deployed," DSP Garba said.')
    assert speaker_of(text, "Officers were deployed") == "Musa Garba"


def test_a_title_and_a_name_two_people_share_picks_neither():
    text = ('Ato Girma Bekele and Ato Girma Tadesse spoke on Monday.\n\n'
            '"The subsidy is a burden," Ato Girma said.')
    assert speaker_of(text, "subsidy is a burden") not in ("Girma Bekele", "Girma Tadesse")


def test_a_post_said_again_keeps_the_holders_name():
    text = ("Chief Justice Wanjiru Kamau read the ruling on Friday.\n\n"
            "The Chief Justice said the election was valid.")
    assert speaker_of(text, "election was valid") == "Wanjiru Kamau"
    assert speaker_of(text, "the ruling") == "Wanjiru Kamau"


@pytest.mark.parametrize("text, name", [
    ('"Our catches fall every year," said Bi. Mwanaisha Said Juma, who chairs the fishers\' group.', "Mwanaisha Said Juma"),
    ('"The road is impassable," said Bw Juma Mwinyi, a councillor in Tanga.', "Juma Mwinyi"),
    ("Bi Amina Rashid Salim told the court she had not been paid since March.", "Amina Rashid Salim"),
])
def test_east_african_forms_of_address_are_no_part_of_the_name(text, name):
    assert source_of(text, text.split('"')[1][:10] if text.startswith('"') else "had not been paid").name == name
