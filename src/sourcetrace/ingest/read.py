"""Read untrusted input into an `Article`, or fail with a one-line `InputError`."""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from charset_normalizer import from_bytes

from sourcetrace.contract import Meta
from sourcetrace.settings import MAX_INPUT_BYTES
from .html import extract_html, looks_like_html

TEXT_SUFFIXES = {".txt", ".text", ".md", ".html", ".htm", ".xhtml", ""}


class InputError(Exception):
    """Bad input: the message is one line naming the input."""


@dataclass
class Article:
    name: str
    text: str
    meta: Meta = field(default_factory=Meta)


def _is_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(b < 32 and b not in (9, 10, 12, 13) for b in sample)
    return controls > len(sample) * 0.05


def _decode(data: bytes, name: str, notes: list[str]) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        best = from_bytes(data).best()
        if best is not None and best.encoding not in ("utf_8", "utf-8"):
            notes.append(f"not UTF-8: decoded as {best.encoding}")
            return str(best)
        notes.append(f"not UTF-8 (bad byte at offset {err.start}): undecodable bytes replaced with U+FFFD")
        return data.decode("utf-8", errors="replace")


def read_bytes(data: bytes, name: str, max_bytes: int = MAX_INPUT_BYTES) -> Article:
    if len(data) > max_bytes:
        raise InputError(f"{name}: {len(data):,} bytes is over the {max_bytes:,}-byte limit (--max-bytes)")
    if _is_binary(data):
        raise InputError(f"{name}: looks like binary data, not text")
    notes: list[str] = []
    text = _decode(data, name, notes)
    meta = Meta(notes=notes)
    if looks_like_html(text):
        text, meta = extract_html(text, notes)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{name}: empty input, nothing to analyse")
    return Article(name, text, meta)


def read_input(name: str, max_bytes: int = MAX_INPUT_BYTES) -> Article:
    """Read a path, or standard input for `-`."""
    if name == "-":
        return read_bytes(sys.stdin.buffer.read(max_bytes + 1), "<stdin>", max_bytes)
    if name.startswith(("http://", "https://")):
        return _read_url(name, max_bytes)
    path = Path(name)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(f"{name}: {size:,} bytes is over the {max_bytes:,}-byte limit (--max-bytes)")
        if path.is_dir():
            raise InputError(f"{name}: is a directory")
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except OSError as err:
        raise InputError(f"{name}: cannot read ({err.strerror or err})") from None
    return read_bytes(data, name, max_bytes)


def _read_url(url: str, max_bytes: int) -> Article:
    """Fetch a page when a network is there; the URL is kept for the report."""
    from urllib.error import URLError
    from urllib.request import Request, urlopen
    try:
        with urlopen(Request(url, headers={"User-Agent": "sourcetrace"}), timeout=20) as response:
            data = response.read(max_bytes + 1)
    except (URLError, OSError, ValueError) as err:
        reason = getattr(err, "reason", None) or err
        raise InputError(f"{url}: cannot fetch ({reason})") from None
    article = read_bytes(data, url, max_bytes)
    if article.meta.url is None:
        article.meta.url = url
    return article


def expand_inputs(names: list[str]) -> list[str]:
    """Files as given; directories walked for text and HTML files, in name order."""
    out: list[str] = []
    for name in names:
        path = Path(name)
        if name != "-" and path.is_dir():
            out.extend(str(p) for p in sorted(path.rglob("*"))
                       if (p.is_file() or p.is_symlink()) and p.suffix.lower() in TEXT_SUFFIXES
                       and not p.name.startswith("."))
        else:
            out.append(name)
    return out
