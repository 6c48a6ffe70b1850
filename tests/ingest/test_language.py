from sourcetrace.contract import Article, Meta
from sourcetrace.ingest import detect_language, is_english
from sourcetrace.ingest.read import read_bytes


def test_languages_are_detected_offline():
    assert detect_language("The mayor said the bridge would reopen on Friday after repairs.") == "en"
    assert detect_language("Le ministre a déclaré que le pont resterait fermé jusqu'à vendredi.") == "fr"
    assert detect_language("Der Bürgermeister sagte, die Brücke werde am Freitag wieder geöffnet.") == "de"
    assert detect_language("ok 12") is None


def test_reading_sets_the_language_and_is_english_uses_it():
    english = read_bytes(b"The mayor said the bridge would reopen on Friday after repairs.", "en.txt")
    spanish = read_bytes("El alcalde dijo que el puente se abriría el viernes tras las obras.".encode(), "es.txt")
    assert english.meta.language == "en" and is_english(english)
    assert spanish.meta.language == "es" and not is_english(spanish)


def test_is_english_detects_when_ingest_did_not_and_gives_short_text_the_benefit_of_the_doubt():
    assert not is_english(Article(text="Il sindaco ha detto che il ponte sarà riaperto venerdì prossimo."))
    assert is_english(Article(text="OK.", meta=Meta()))
