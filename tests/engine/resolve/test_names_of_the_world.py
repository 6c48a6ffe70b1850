"""Names as the world writes them: forms of address of the Gulf, South Asia and the Pacific
("Sheikh", "Begum", "Ratu"), names joined by whose child the person is ("bint", "bin"), two
surnames, patronymics."""
from said_by import source_of as speaker


def test_a_gulf_title_and_the_given_name_are_the_person_named_in_full():
    text = ("Sheikh Saif bin Zayed Al Nahyan toured the new port at Khalifa on Tuesday.\n\n"
            "\"The port will double its trade within five years,\" Sheikh Saif said.")
    s = speaker(text, "double its trade")
    assert s.name == "Saif bin Zayed Al Nahyan" and s.kind == "person"


def test_a_name_cut_at_bint_is_one_person_not_her_father():
    text = ("Mariam bint Saeed Al Marri opened a tailoring shop in Doha last year.\n\n"
            "\"Orders have tripled since the spring,\" Ms Al Marri said.")
    assert speaker(text, "Orders have tripled").name == "Mariam bint Saeed Al Marri"


def test_binti_after_a_given_name():
    text = "Noraini binti Yusof, a hawker in Ipoh, said rents had doubled. \"We cannot cope,\" Noraini said."
    assert speaker(text, "rents had doubled").name == "Noraini binti Yusof"


def test_a_capitalised_bin_is_no_link():
    text = "Bin Collections Weekly reported the strike, and Westmoor Council said crews would return on Monday."
    assert speaker(text, "crews would return").name == "Westmoor Council"


def test_begum_and_ratu_are_titles_not_names():
    text = ("Begum Rokeya Hasan, a councillor in Sylhet, visited the flooded wards.\n\n"
            "\"Nobody has been paid compensation,\" Begum Hasan said.")
    assert speaker(text, "paid compensation").name == "Rokeya Hasan"
    text = ("Ratu Josefa Vunibaka chaired the provincial council.\n\n"
            "\"The villages need new sea walls,\" Ratu Josefa said.")
    s = speaker(text, "new sea walls")
    assert s.name == "Josefa Vunibaka" and s.kind == "person"


def test_the_first_of_two_surnames_alone_is_the_person_named_in_full():
    text = ("Luz Marina Quintero Salas, a nurse in Medellín, has worked double shifts since March.\n\n"
            "\"We are one nurse for forty patients,\" Quintero said.")
    assert speaker(text, "one nurse for forty").name == "Luz Marina Quintero Salas"


def test_a_middle_first_name_is_no_surname():
    text = ("Mary Ellen Corrigan chairs the parish council.\n\n"
            "Ellen Vasquez, a parent, said the school bus was always late.")
    assert speaker(text, "school bus").name == "Ellen Vasquez"


def test_given_names_the_tagger_left_off_a_patronymic_are_part_of_the_name():
    text = ("Oksana Petrovna Hrytsenko, a pensioner in Poltava, waits for the bus each morning.\n\n"
            "\"The winter will be hard,\" Hrytsenko said.")
    assert speaker(text, "winter will be hard").name == "Oksana Petrovna Hrytsenko"


def test_a_place_before_a_name_is_no_given_name():
    text = "In Kazan Dmitri Volkov, a teacher, said the schools had no heating."
    assert "Kazan" not in speaker(text, "no heating").name


def test_a_single_name_no_list_knows_is_a_person_by_the_word_for_what_they_do():
    text = ("Sukardjo, a rice farmer in Klaten, has not been paid for his harvest.\n\n"
            "\"The mill owes me three months,\" Sukardjo said.")
    s = speaker(text, "mill owes me")
    assert s.name == "Sukardjo" and s.kind == "person"


def test_a_name_no_list_knows_is_a_person_by_an_age_and_so_is_its_family():
    text = ("Huia Pene had lived in the house on Kauri Street for 38 years. On Friday she stood in her "
            "hallway, knee-deep in mud.\n\n\"The creek came in under the door at three in the morning,\" she "
            "said.\n\nPene's nephew, Tane Pene, 22, drove up from Napier with a pump.")
    assert speaker(text, "creek came in").name == "Huia Pene"


def test_a_place_described_is_no_person():
    text = ("Halvorsen Freight, a haulier in Narvik, said the road had been closed for a week.")
    s = speaker(text, "road had been closed")
    assert s.kind != "person"


def test_khun_is_a_thai_form_of_address_not_a_name():
    text = ("Khun Pimchanok Rattana, who runs a guesthouse in Pai, said bookings had fallen by half.")
    assert speaker(text, "bookings had fallen").name == "Pimchanok Rattana"


def test_a_surname_the_tagger_left_off_after_a_title_is_part_of_the_name():
    text = ("His counsel, Barrister Waqar Jadoon, told reporters outside the court that the ruling would be "
            "appealed within a month.")
    assert speaker(text, "would be appealed").name == "Waqar Jadoon"


def test_a_nickname_and_surname_are_the_person_named_with_the_nickname_in_quotes():
    text = ("Thieves broke into the farmhouse of Bartholomew 'Bat' Keogh before dawn, according to gardaí.\n\n"
            "Bat Keogh spoke to reporters at his gate on Tuesday. 'They got the cash box and nothing else,' "
            "he said.")
    assert speaker(text, "cash box").name == "Bartholomew Keogh"


def test_a_kunya_and_the_word_after_it_are_the_person_named_in_full():
    text = ("Abu Yusuf Al-Harbi Nasser, a fisherman, mended his nets on the quay at Khasab.\n\n"
            "\"The catch has halved in ten years,\" Abu Yusuf said.")
    assert speaker(text, "catch has halved").name == "Abu Yusuf Al-Harbi Nasser"


def test_two_words_opening_a_name_without_a_kunya_are_not_matched_so():
    text = ("Donald Hale Morrison Jr. runs the family mill.\n\n"
            "Donald Hale, his cousin, said the mill would close in May.")
    assert speaker(text, "mill would close").name == "Donald Hale"


def test_forms_of_address_of_myanmar_east_africa_and_the_philippines_are_no_part_of_the_name():
    assert speaker("Daw Khin Myo Aye, a teacher in Mandalay, said the schools had closed.",
                   "schools had closed").name == "Khin Myo Aye"
    assert speaker("Mzee Juma Hamisi, 82, said the rains had failed twice.", "rains had failed").name \
        == "Juma Hamisi"
    assert speaker("Atty. Ramon Villanueva told reporters that the case would be dismissed.",
                   "case would be dismissed").name == "Ramon Villanueva"


def test_the_couple_are_the_two_named_together_with_their_shared_surname():
    text = ("Dozens of families kept their children home. Among them are Anahera and Wiremu\n"
            "Tane, whose daughter is in Year 2. The couple said they would not send her back until "
            "the roof was fixed.")
    assert speaker(text, "would not send her back").name == "Anahera and Wiremu Tane"


def test_a_couple_never_named_together_stays_the_couple():
    text = ("A couple from Hastings said they would not send their daughter back until the roof was fixed.")
    assert "and" not in (speaker(text, "would not send").name or "")


def test_a_thai_name_the_tagger_took_for_a_body_is_a_person_by_their_trade():
    text = ("Somchai Prasertsuk, a rubber tapper in Surat Thani, has sold his land.\n\n"
            "\"The price fell too far,\" Somchai said.")
    s = speaker(text, "price fell too far")
    assert s.name == "Somchai Prasertsuk" and s.kind == "person"


def test_the_first_surname_before_the_particles_of_the_second():
    text = ("Marisol Gutiérrez de la Cruz, the finance minister, presented the budget.\n\n"
            "\"Growth will return next year,\" Gutiérrez said.")
    assert speaker(text, "Growth will return").name == "Marisol Gutiérrez de la Cruz"


def test_a_title_and_a_hyphenated_surname_are_the_person_so_named():
    text = ("Thandeka Nkosi-Mahlangu, a nurse in Durban, said the clinic had run out of insulin.\n\n"
            "\"Patients are sent home,\" Ms Nkosi-Mahlangu said.")
    assert speaker(text, "Patients are sent home").name == "Thandeka Nkosi-Mahlangu"


def test_a_given_name_of_two_words_is_the_person_named_in_full():
    text = ("Sri Lestari Wulandari, the trade minister, defended the export ban.\n\n"
            "\"The ban protects our smelters,\" Sri Lestari said.")
    assert speaker(text, "protects our smelters").name == "Sri Lestari Wulandari"


def test_a_vietnamese_family_name_is_no_title_before_the_name():
    text = ("Nguyen Minh Hoa, the port director, toured the new container terminal.\n\n"
            "\"We will double capacity by 2027,\" Mr Hoa said.")
    assert speaker(text, "double capacity").name == "Nguyen Minh Hoa"


def test_a_post_no_list_knows_is_still_set_apart_from_the_name():
    text = "Harbourmaster Ilse Vandrecht said the port would reopen on Friday."
    assert speaker(text, "port would reopen").name == "Ilse Vandrecht"


def test_a_patronymic_runs_on_to_the_surname_the_tagger_took_for_a_body():
    text = ("VILNIUS — Dmitry Sergeyevich Voronin spent eleven years in the regional legislature before he "
            "boarded a night bus to Riga. The Courier spoke to him in the small flat he shares with two other "
            "exiles.\n\nVoronin says he does not regret the vote, though he admits exile is lonely.")
    s = speaker(text, "does not regret")
    assert s.name == "Dmitry Sergeyevich Voronin" and s.kind == "person"


def test_a_word_ending_like_a_patronymic_before_a_person_stays_apart():
    text = "Coach Ivan Petrovich, Anna Sokolova said, had quit the club in March."
    assert speaker(text, "quit the club").name == "Anna Sokolova"


def test_the_younger_of_two_sharing_a_surname_one_known_so_far_by_surname_alone():
    text = ("Opposition MPs demanded the resignation of the fisheries minister, Hon. Sitiveni Naivalu, over "
            "a licence granted to a company his niece runs.\n\nNaivalu denied any wrongdoing.\n\n"
            "His niece, Mereoni Naivalu, a director of the company, said her uncle had no part in it. "
            "\"I applied like everyone else,\" the younger Naivalu said.")
    assert speaker(text, "applied like everyone").name == "Mereoni Naivalu"


def test_a_second_surname_the_tagger_left_off_is_the_one_a_sibling_shares():
    text = ("Hurricane Delia flattened homes along the coast near Punta Caimán on Sunday.\n\n"
            "Fisher Julio César Peralta Ruiz said the sea came into his house \"like a truck.\" His brother, "
            "Ernesto Peralta Ruiz, said the family had lost both of its boats. \"Everything we own was tied to "
            "that jetty,\" Ernesto said. Julio César Peralta wants to rebuild before the lobster season opens "
            "in June.")
    assert speaker(text, "sea came into his house").name == "Julio César Peralta Ruiz"
    assert speaker(text, "lost both of its boats").name == "Ernesto Peralta Ruiz"
