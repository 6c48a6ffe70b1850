"""Names written in full with every part: two given names and two surnames, a form of address
after the name, a post of a US town or state before it, an honour before a cleric's name."""
from said_by import speaker_of


def test_two_given_names_and_two_surnames_untagged_make_one_person():
    text = ("The port operator, Navieras Estrella, did not answer questions.\n\n"
            "María Guadalupe Ibarra Leal, Secretary of Trade of the state of Colima, estimated that the "
            "stoppage cost exporters 30 million pesos. \"Lime growers lost the most,\" she said.\n")
    assert speaker_of(text, "Lime growers") == "María Guadalupe Ibarra Leal"


def test_a_turkish_form_of_address_after_the_name_is_no_part_of_it():
    text = ("Analysts were split. Levent Çakır Bey, an economist at a Bursa brokerage, said the bank "
            "had waited too long.\n")
    assert speaker_of(text, "waited too long") == "Levent Çakır"


def test_a_us_council_post_before_the_name_is_no_part_of_it():
    text = ("Councilmember Rita Vasquez-Hale, whose ward includes Fenwick Avenue, wants the city to act."
            "\n\n\"It is the third break since May,\" Vasquez-Hale said.\n")
    assert speaker_of(text, "third break") == "Rita Vasquez-Hale"


def test_a_shia_clerics_honour_is_no_part_of_his_name():
    text = "MP Sayyed Ali al-Hakimi, of the Reform Bloc, said the vote had been rigged.\n"
    assert speaker_of(text, "rigged") == "Ali al-Hakimi"


def test_catalan_i_joins_two_surnames_of_one_person():
    text = ("The growers' union rejected the cuts. \"They want us to pay for years of bad planning,\" said "
            "its secretary general, Jordi Arnau Soler i Pujol. He added that the union would go to court.\n")
    assert speaker_of(text, "bad planning") == "Jordi Arnau Soler i Pujol"


def test_two_given_names_joined_by_and_stay_two_people():
    text = "Marta y Pablo Ferrer said they would stay in the village.\n"
    assert speaker_of(text, "stay in the village") != "Marta y Pablo Ferrer"


def test_a_body_named_abroad_tagged_a_person_is_a_body():
    from said_by import source_of
    text = ("The Confederación Hidrográfica del Turia said in a statement that reservoirs held 24% of "
            "capacity.\n")
    assert source_of(text, "reservoirs held").kind == "organization"


def test_one_word_set_beside_a_body_noun_names_the_body():
    from said_by import source_of
    text = ("Rainfall in the valley has been below average for 20 of the past 24 months, according to the "
            "state meteorological agency, Meteoíbera.\n")
    assert source_of(text, "below average").kind != "person"


def test_two_given_names_and_a_surname_tagged_a_place_are_a_person():
    text = ("The leader of the opposition Partido Verde, Inês Carolina Mourão, warned that rents were "
            "emptying the city. She said her party would table 40 amendments.\n")
    assert speaker_of(text, "40 amendments") == "Inês Carolina Mourão"


def test_a_communitys_elder_named_in_passing_is_the_elder_who_speaks_later():
    text = ("The bakery gives bread to families on a list kept by the neighbourhood elder, Haji Abdul "
            "Ghafoor Noorzai.\n\nThe elder says the list has grown every month this year.\n")
    assert speaker_of(text, "the list has grown") == "Abdul Ghafoor Noorzai"


def test_cousins_who_share_a_surname_after_al_are_two_people():
    text = ("Another owner, Khalid Al Balushi, said the cabins gave shade to elderly relatives.\n\n"
            "His cousin, Younis Al Balushi, who also owns a cabin, said he would comply with the order.\n")
    assert speaker_of(text, "comply with the order") == "Younis Al Balushi"


def test_initials_a_given_name_and_a_surname_after_a_long_post():
    text = ("Leader of the Opposition V. S. Gopinathan Pillai claimed that five ruling front legislators "
            "were in touch with his party.\n")
    assert speaker_of(text, "five ruling front") == "V. S. Gopinathan Pillai"


def test_myanmar_and_cambodian_forms_of_address_are_no_part_of_the_name():
    text = ("His son, Ko Min Zaw, who lives in Bangkok, said the family would wait.\n\n"
            "The governor, Lok Chumteav Chea Sokha, said the province would provide rice.\n\n"
            "Ko Jin-young said the course was hard.\n")
    assert speaker_of(text, "family would wait") == "Min Zaw"
    assert speaker_of(text, "provide rice") == "Chea Sokha"
    assert speaker_of(text, "course was hard") == "Ko Jin-young"


def test_french_and_polish_academic_and_legal_titles_are_no_part_of_the_name():
    text = ("Her lawyer, Maître Claire-Anne de Rosny, said the message had been torn out of context.\n\n"
            "\"These are real districts,\" said Marie-Noëlle Ngo Bassong, who led the study.\n\n"
            "\"We have seen this before,\" said dr hab. Agnieszka Wróblewska-Nowak of the university.\n")
    assert speaker_of(text, "torn out of context") == "Claire-Anne de Rosny"
    assert speaker_of(text, "real districts") == "Marie-Noëlle Ngo Bassong"  # tagged a body
    assert speaker_of(text, "seen this before") == "Agnieszka Wróblewska-Nowak"
