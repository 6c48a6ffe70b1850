"""Bytes to text without losing the text: BOMs honoured, UTF-8 kept through a few bad bytes,
a legacy single-byte code page chosen only when the bytes are clearly not UTF-8.

Every function returns the notes a reader should see (how many bytes were replaced, which
code page was guessed), so nothing done to the text is silent.
"""
from __future__ import annotations

import codecs
import json
import re
import unicodedata
from functools import lru_cache
from importlib.resources import files

from charset_normalizer import from_bytes

# Longest BOM first: the UTF-32 LE BOM starts with the UTF-16 LE one.
_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
]
_SURROGATE = re.compile("[\ud800-\udfff]")
# C0 controls other than tab, line feed, carriage return and form feed, and DEL.
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
_LINE_BREAK = re.compile("\r\n?")
_SAMPLE = 8192


@lru_cache(maxsize=1)
def _rules() -> dict:
    return json.loads((files("sourcetrace.ingest") / "encodings.json").read_text(encoding="utf-8"))


def split_bom(data: bytes) -> tuple[str | None, bytes]:
    """The encoding a byte-order mark names, and the bytes after it."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, data[len(bom):]
    return None, data


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control bytes in the first 8 KiB: not text in an 8-bit or UTF-8 encoding."""
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        return True
    controls = sum(b < 32 and b not in (9, 10, 12, 13) for b in sample)
    return controls > len(sample) * _rules()["binary_control_share"]


def clean_text(text: str, notes: list[str] | None = None) -> str:
    """Text fit for the engine: lone surrogates and control characters become U+FFFD, line
    breaks become \\n. Offsets in an analysis are into this cleaned text."""
    text, surrogates = _SURROGATE.subn("\ufffd", text)
    text, controls = _CONTROL.subn("\ufffd", text)
    if notes is not None and surrogates:
        notes.append(f"{surrogates} lone surrogate code point(s) replaced with U+FFFD")
    if notes is not None and controls:
        notes.append(f"{controls} control character(s) replaced with U+FFFD")
    return _LINE_BREAK.sub("\n", text)


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, list[str]]:
    """Decode `data` (BOM, else UTF-8, else a declared or guessed legacy encoding) and return
    the raw text with notes on what was done. Binary data is the caller's check."""
    bom_encoding, body = split_bom(data)
    if bom_encoding:
        text = body.decode(bom_encoding, errors="surrogateescape" if bom_encoding == "utf-8" else "replace")
        if bom_encoding == "utf-8":
            return _replace_bad_utf8(text)
        bad = text.count("\ufffd") - body.decode(bom_encoding, errors="ignore").count("\ufffd")
        notes = [f"{bom_encoding.upper()} (byte-order mark)"]
        if bad:
            notes.append(f"{bom_encoding.upper()}: {bad} undecodable sequence(s) replaced with U+FFFD")
        return text, notes
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    escaped = data.decode("utf-8", errors="surrogateescape")
    bad = len(_SURROGATE.findall(escaped))
    good = sum(ord(c) > 0x7F for c in escaped) - bad
    # Valid multi-byte sequences hardly ever occur by chance in a legacy encoding: beside them,
    # a few bad bytes (or fewer bad than good) are damage to UTF-8, not another encoding.
    if good and (bad <= _rules()["few_bad_bytes"] or good >= bad):
        return _replace_bad_utf8(escaped)
    legacy = _legacy(data, declared)
    if legacy is None:
        return _replace_bad_utf8(escaped)
    encoding, text = legacy
    return text, [f"not UTF-8: decoded as {encoding}"]


def _replace_bad_utf8(escaped: str) -> tuple[str, list[str]]:
    text, bad = _SURROGATE.subn("\ufffd", escaped)
    return text, ([f"not valid UTF-8: {bad} undecodable byte(s) replaced with U+FFFD"] if bad else [])


def _legacy(data: bytes, declared: str | None) -> tuple[str, str] | None:
    """The single-byte encoding for bytes that are not UTF-8: a usable declared one, else
    cp1252 when it reads as Western text, else charset_normalizer among the listed code pages."""
    rules = _rules()
    name = _codec_name(declared)
    if name and name not in ("utf-8", "utf-16", "utf-32"):
        name = rules["declared_aliases"].get(name, name)
        try:
            return name, data.decode(name)
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and _reads_western(text, rules):
        return "cp1252", text
    best = from_bytes(data, cp_isolation=rules["legacy_candidates"]).best()
    if best is not None:
        return best.encoding, str(best)
    return None


def _codec_name(label: str | None) -> str | None:
    if not label:
        return None
    try:
        return codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None


def _reads_western(text: str, rules: dict) -> bool:
    """Non-ASCII characters are Latin letters or typographic marks, and a minority of letters."""
    extra = set(rules["western_symbols"])
    letters = non_ascii_letters = 0
    for char in text:
        if char.isalpha():
            letters += 1
        if ord(char) < 0x80:
            continue
        if char.isalpha():
            if not unicodedata.name(char, "").startswith("LATIN"):
                return False
            non_ascii_letters += 1
        elif char not in extra:
            return False
    return letters == 0 or non_ascii_letters <= letters * rules["western_max_accented_share"]
