"""One kind of failure for every reader: an input that becomes an `ArticleError`, never a traceback."""
from __future__ import annotations

import os
import re

from sourcetrace.contract import ArticleError

_BREAKS = re.compile(r"[\r\n\t\x0b\x0c\x1c-\x1e\x85\u2028\u2029]+")
_SURROGATE = re.compile("[\ud800-\udfff]")
MAX_MESSAGE_CHARS = 300


class InputError(Exception):
    """Bad input. `str()` is one line, "REF: MESSAGE"; `reason` is a short key
    (unreadable, bad_input, too_large, empty, binary, bad_json, not_html, fetch_failed, …)."""

    def __init__(self, ref: str, message: str | None = None, reason: str = "bad_input"):
        if message is None:  # the one-argument form: a whole line, "REF: MESSAGE" already joined
            ref, message = "", ref
        self.ref = safe_ref(ref)
        self.message = one_line(message)
        self.reason = reason
        super().__init__(f"{self.ref}: {self.message}" if self.ref else self.message)

    def to_error(self) -> ArticleError:
        return ArticleError(ref=self.ref, reason=self.reason, message=self.message)


def one_line(text: str) -> str:
    """A message safe to print on one line: no line breaks, no lone surrogates, bounded."""
    text = _SURROGATE.sub("\ufffd", _BREAKS.sub(" ", str(text))).strip()
    return text if len(text) <= MAX_MESSAGE_CHARS else text[:MAX_MESSAGE_CHARS - 1] + "…"


def safe_ref(name: str | os.PathLike) -> str:
    """A path or name as printable text: undecodable file-name bytes shown as \\xNN."""
    if isinstance(name, os.PathLike):
        name = os.fspath(name)
    if isinstance(name, bytes):
        return name.decode("utf-8", errors="backslashreplace")
    if _SURROGATE.search(name):
        return os.fsencode(name).decode("utf-8", errors="backslashreplace") if _fs_ok(name) \
            else _SURROGATE.sub("\ufffd", name)
    return name


def _fs_ok(name: str) -> bool:
    try:
        os.fsencode(name)
        return True
    except UnicodeEncodeError:
        return False


def error(ref: str, reason: str, message: str) -> ArticleError:
    return InputError(ref, message, reason).to_error()
