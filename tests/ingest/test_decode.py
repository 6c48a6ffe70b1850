"""Decoding keeps the text: real words through every encoding a news file arrives in."""
import codecs

import pytest

from sourcetrace.ingest.decode import clean_text, decode_bytes
from sourcetrace.ingest.read import read_bytes

TEXT = "Le maire a dit « très bien », puis “curly quotes” : le billet coûte 5 €. Ça ira."
LATIN1_TEXT = "Le maire a dit « très bien » : le prix reste à 5 francs. Ça ira, dit-il."


def test_utf8_is_kept_without_notes():
    assert decode_bytes(TEXT.encode("utf-8")) == (TEXT, [])


@pytest.mark.parametrize("bad", [b"\xff", b"\xe9\x80", b"\xc3\x28\xfe"])
def test_utf8_with_a_few_bad_bytes_stays_utf8(bad):
    data = TEXT.encode("utf-8")
    cut = data.index(b" bien")
    text, notes = decode_bytes(data[:cut] + bad + data[cut:])
    assert "très" in text and "“curly quotes”" in text and "5 €" in text
    replaced = text.count("\ufffd")
    assert 1 <= replaced <= len(bad)
    assert notes == [f"not valid UTF-8: {replaced} undecodable byte(s) replaced with U+FFFD"]


def test_one_utf8_letter_outweighs_three_bad_bytes():
    data = "The mayor said the café would reopen.".encode() + b" \x92\x93\x94"
    text, notes = decode_bytes(data)
    assert text.startswith("The mayor said the café") and text.count("\ufffd") == 3 and "3 undecodable" in notes[0]


def test_cp1252_is_read_as_cp1252():
    text, notes = decode_bytes(TEXT.encode("cp1252"))
    assert text == TEXT and notes == ["not UTF-8: decoded as cp1252"]


def test_latin1_is_read_as_western():
    text, notes = decode_bytes(LATIN1_TEXT.encode("latin-1"))
    assert text == LATIN1_TEXT and "cp1252" in notes[0]


def test_one_legacy_byte_in_ascii_text_is_a_western_letter():
    text, _ = decode_bytes("The mayor said the café would reopen on Friday.".encode("cp1252"))
    assert "café" in text


def test_cyrillic_code_page_is_not_forced_into_cp1252():
    words = "Министр сказал, что мост откроют в пятницу после ремонта."
    text, notes = decode_bytes(words.encode("cp1251"))
    assert text == words and "cp1251" in notes[0]


@pytest.mark.parametrize("codec,bom", [
    ("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE),
    ("utf-32-le", codecs.BOM_UTF32_LE), ("utf-32-be", codecs.BOM_UTF32_BE),
])
def test_byte_order_marks_are_honoured(codec, bom):
    article = read_bytes(bom + TEXT.encode(codec), "bom.txt")
    assert article.text == TEXT  # the BOM itself is not text


def test_utf16_without_bom_is_still_binary():
    from sourcetrace.ingest import InputError
    with pytest.raises(InputError, match="binary"):
        read_bytes(TEXT.encode("utf-16-le"), "nobom.txt")


def test_declared_charset_is_used_only_when_utf8_fails():
    assert decode_bytes(TEXT.encode("utf-8"), declared="cp1251")[0] == TEXT
    words = "Ο υπουργός είπε ότι η γέφυρα θα ανοίξει."
    assert decode_bytes(words.encode("iso-8859-7"), declared="iso-8859-7")[0] == words


def test_clean_text_replaces_surrogates_and_controls_and_line_breaks():
    notes: list[str] = []
    cleaned = clean_text("He said\ud800 so.\r\nShe\x00 agreed.\rTab\tand\fform feed\x1b.", notes)
    assert cleaned == "He said\ufffd so.\nShe\ufffd agreed.\nTab\tand\fform feed\ufffd."
    assert any("surrogate" in n for n in notes) and any("control" in n for n in notes)
    cleaned.encode("utf-8")  # no lone surrogate left to break the JSON output


def test_crlf_text_file_is_one_offset_space():
    article = read_bytes("Line one said.\r\nLine two.\r\n".encode(), "crlf.txt")
    assert article.text == "Line one said.\nLine two.\n" and article.meta.notes == []
