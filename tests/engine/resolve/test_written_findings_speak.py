"""A note or a memo someone wrote in ("Analysts at X wrote in a note to clients that … The note
warned …") holds what its writers found and speaks as a document, as a report does; a statement
stays its issuer's voice. Sentences written for the test."""
from said_by import source_of, speaker_of


def _kind(text: str, words: str) -> str:
    return source_of(text, words).kind


def test_a_note_to_clients_speaks_as_a_document():
    text = ("Economists at Harlow Bank wrote in a note to clients that inflation would fall by summer. "
            "The note warned, however, that \"wage growth remains sticky\".")
    assert _kind(text, "wage growth") == "document"


def test_a_memo_to_staff_speaks_as_a_document():
    text = ("The finance director said in a memo to staff that bonuses would be cut. The memo added that "
            "hiring would freeze until March.")
    assert _kind(text, "hiring would freeze") == "document"


def test_a_research_note_speaks_as_a_document():
    text = ("Strategists at Orwin Capital said in a research note on Monday that copper would rise. The "
            "note said supply from Chile was tight.")
    assert _kind(text, "supply from Chile") == "document"


def test_a_memorandum_speaks_as_a_document():
    text = ("The attorney general set out the plan in a memorandum to prosecutors. The memorandum said "
            "cases older than five years would be reviewed first.")
    assert _kind(text, "older than five years") == "document"


def test_an_internal_memo_after_a_name_speaks_as_a_document():
    text = ("Rosa Kimathi wrote in an internal memo last week that the project was behind schedule. The "
            "memo said contractors had not been paid since June.")
    assert _kind(text, "not been paid") == "document"


def test_a_note_to_investors_is_not_the_writers_voice():
    text = ("Analysts at Kestrel Securities said in a note to investors that the merger would be approved. "
            "The note added that regulators had raised no objections.")
    assert speaker_of(text, "raised no objections") != "Analysts at Kestrel Securities"


def test_a_statement_stays_its_issuers():
    text = ("Hallam Water said in a statement that it would appeal the fine. The statement added that the "
            "leak had been fixed within hours.")
    assert speaker_of(text, "fixed within hours") == "Hallam Water"


def test_an_email_stays_its_senders():
    text = ("The club said in an email to members that the ground would close for repairs. The email "
            "added that season tickets would be refunded.")
    assert _kind(text, "season tickets") != "document"
