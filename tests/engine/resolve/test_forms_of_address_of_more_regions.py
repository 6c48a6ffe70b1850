"""Forms of address of Ghana, the Maghreb, Bhutan, Myanmar, the Horn of Africa, the Caucasus, the
Balkans, Paraguay and Côte d'Ivoire, and ranks written short, set before a name: the person is
named without them, and a later mention with the form of address and the surname alone is the
same person."""
from said_by import speaker_of

from sourcetrace.engine.parse import load_nlp, parse_text
from sourcetrace.engine.resolve.names import address_before_name


def test_an_akan_elder_named_again_with_his_honorific():
    text = ("Opanin Kwasi Darko, who leads the Darko family, said the land had never been sold. "
            "\"We will go to the chiefs,\" Opanin Darko said.")
    assert speaker_of(text, "never been sold") == "Kwasi Darko"
    assert speaker_of(text, "go to the chiefs") == "Kwasi Darko"


def test_an_ewe_chief_and_a_ghanaian_nana():
    text = "Togbe Kodzo Amenyo said the durbar would be held in March."
    assert speaker_of(text, "durbar would be held") == "Kodzo Amenyo"
    text = ("Nana Yaw Boakye, the chief of the town, said the road was a promise. "
            "Nana Boakye said the youth would keep the peace.")
    assert speaker_of(text, "road was a promise") == "Yaw Boakye"
    assert speaker_of(text, "keep the peace") == "Yaw Boakye"


def test_maghreb_forms_of_address():
    text = "Si Larbi Benkirane, a grain merchant in Fes, said the harvest was the worst in a decade."
    assert speaker_of(text, "worst in a decade") == "Larbi Benkirane"
    text = "Lalla Khadija Berrada said the cooperative would sell its argan oil abroad."
    assert speaker_of(text, "argan oil abroad") == "Khadija Berrada"


def test_bhutanese_titles_and_myanmar_u():
    text = ("Dasho Kinley Tenzin said the dzongkhag would build a new bridge. "
            "Dasho Tenzin said work would start in spring.")
    assert speaker_of(text, "new bridge") == "Kinley Tenzin"
    assert speaker_of(text, "start in spring") == "Kinley Tenzin"
    text = "U Min Thein Aung, a lawyer for the farmers, said the land had been taken without payment."
    assert speaker_of(text, "without payment") == "Min Thein Aung"


def test_mr_and_mrs_of_the_caucasus_and_the_balkans():
    text = ("Batono Levan Kapanadze said the vineyard had lost half its grapes to hail. "
            "Batono Kapanadze said the insurer had not paid.")
    assert speaker_of(text, "half its grapes") == "Levan Kapanadze"
    assert speaker_of(text, "insurer had not paid") == "Levan Kapanadze"
    text = "Zonja Drita Hoxha said the school in her village had no heating."
    assert speaker_of(text, "no heating") == "Drita Hoxha"


def test_a_form_of_address_that_is_also_a_name_keeps_a_name_of_two_words():
    text = "Nana Mouskouri said she would sing in Athens once more."
    assert speaker_of(text, "sing in Athens") == "Nana Mouskouri"



def test_a_form_of_address_after_a_surname_the_tagger_took_for_a_body():
    text = ("Muhammad Tariq Khan Leghari served as deputy governor of the State Bank of Pakistan from 2011 "
            "to 2015. Leghari sahib, as his former students still call him, has argued in newspaper columns "
            "that the budget is too optimistic.")
    assert speaker_of(text, "the budget is too optimistic") == "Muhammad Tariq Khan Leghari"


def test_an_address_that_is_also_a_name_before_three_names_is_an_honour():
    doc = parse_text(load_nlp(), "Don Evaristo Cux Tambriz spoke. Ma Kok Wai spoke.")
    assert address_before_name(doc[0:4])  # a name opening on "Don" has three words at most
    assert not address_before_name(doc[6:9])  # "Ma Kok Wai": Ma a family name


def test_french_forms_of_address_before_a_surname():
    text = ('Councillor Anselme de Brouckère spoke of neglect.\n\n'
            '"The bridge did not tire overnight," M. de Brouckère said. For the defence, Me Lucille Farvacque '
            'argued that her client was misled. "My client regrets it," Me Farvacque said.')
    assert speaker_of(text, "did not tire overnight") == "Anselme de Brouckère"
    assert speaker_of(text, "My client regrets it") == "Lucille Farvacque"


def test_a_licentiate_before_a_name_ends_no_sentence():
    text = '"The rust took half our harvest," said Licda. Rosa Elvira Chiquín Batz, director of the growers.'
    assert speaker_of(text, "took half our harvest") == "Rosa Elvira Chiquín Batz"


def test_portuguese_ranks_a_thai_headman_and_a_canadian_councillor():
    assert speaker_of("Comissário Jaime Baptista Correia said the patrol had found nothing.",
                      "the patrol had found nothing") == "Jaime Baptista Correia"
    assert speaker_of("Superintendente-Chefe Armando Luís Quivuna said two miners were missing.",
                      "two miners were missing") == "Armando Luís Quivuna"
    assert speaker_of('"The smoke comes from the hills," said Kamnan Prasert Boonmee.',
                      "The smoke comes from the hills") == "Prasert Boonmee"
    assert speaker_of('"The road floods every spring," said Coun. Josée Arsenault, who chairs the works committee.',
                      "The road floods every spring") == "Josée Arsenault"


def test_a_name_after_myanmars_u_is_a_person_where_the_tagger_missed_it():
    text = ("Poet Min Thu Kha, voice of Mandalay's tea shops, dies at 81\n\n"
            "The Irrawaddy Ledger | Obituaries\n\n"
            "U Tin Aung Kyi, the poet known to readers by his pen name Min Thu Kha, died at his home in "
            "Mandalay on Monday. He was 81.\n\n"
            "In a 2011 interview with this newspaper, he said he had never thought of himself as a political writer.")
    assert speaker_of(text, "never thought of himself") == "Tin Aung Kyi"


def test_french_clerical_titles_are_no_part_of_the_name():
    text = ("Abbé Théodore Saint-Fleur, the parish priest of Carrefour-Feuilles, said the steps were unsafe.\n\n"
            "Père Saint-Fleur did not return calls seeking comment on the new plan.")
    assert speaker_of(text, "steps were unsafe") == "Théodore Saint-Fleur"


def test_forms_of_address_and_ranks_written_short_in_paraguay_cote_divoire_and_australia():
    text = ("Ña Teodora Villalba de Rojas, who leads the women's committee, said the mill would open in May. "
            "\"We waited ten years,\" Ña Teodora said.")
    assert speaker_of(text, "mill would open") == "Teodora Villalba de Rojas"
    assert speaker_of(text, "waited ten years") == "Teodora Villalba de Rojas"
    text = "\"The seed is ready,\" said Ing. Agr. Rubén Darío Ocampo, who runs the station at Caacupé."
    assert speaker_of(text, "seed is ready") == "Rubén Darío Ocampo"
    text = "Nanan Yao Kouakou, the chief of the village, said the plantations would be surveyed again."
    assert speaker_of(text, "surveyed again") == "Yao Kouakou"
    text = ("Senior Sergeant Kath Drummond, officer in charge at Longreach, said the road was closed. "
            "\"Stay off the causeway,\" Snr Sgt Drummond told reporters.")
    assert speaker_of(text, "Stay off the causeway") == "Kath Drummond"


def test_brazils_seu_before_an_older_mans_full_name():
    text = ("Seu Ovídio Batista de Melo has picked coffee on the same slope for forty years. "
            "\"The frost took half of it,\" Seu Ovídio says.")
    assert speaker_of(text, "frost took half") == "Ovídio Batista de Melo"


def test_a_capoeira_grade_before_a_teachers_name():
    text = ("Contramestre Irineu Pacheco Lima, who trained under the old master for twenty years, said he "
            "\"never once raised his voice\".")
    assert speaker_of(text, "raised his voice") == "Irineu Pacheco Lima"


def test_indonesias_pak_before_a_full_name_then_the_given_name_alone():
    text = ("At dawn Pak Yermias Tandilino begins picking.\n\n"
            "\"When I was a boy, the trees flowered in August,\" said Yermias, 63.")
    assert speaker_of(text, "trees flowered") == "Yermias Tandilino"


def test_pak_and_a_full_name_the_tagger_read_as_a_body():
    text = ("Pak Amran Sitompul, coordinator of the supporters' group Kampak Deli, said the fans' patience "
            "\"is running out\".\n\n\"We want a real striker,\" Amran said.")
    assert speaker_of(text, "real striker") == "Amran Sitompul"


def test_indonesias_bu_before_a_womans_one_name():
    text = ("Bu Sulastri said her husband had received threatening calls for weeks.\n\n"
            "\"Why did the police only move after he was found?\" Bu Sulastri asked.")
    assert speaker_of(text, "threatening calls") == "Sulastri"
