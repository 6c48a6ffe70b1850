"""Files and directories: regular files read without blocking, directories walked in name order
with every entry that cannot be read reported, never skipped in silence."""
from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path

from sourcetrace.contract import Article, ArticleError, Meta
from .article import article_from_bytes
from .errors import InputError, error, safe_ref

TEXT_SUFFIXES = {".txt", ".text", ".md", ".html", ".htm", ".xhtml", ""}
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
WARC_SUFFIXES = (".warc", ".warc.gz")
_SPECIAL = [(stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISSOCK, "a socket"),
            (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device")]


def input_kind(name: str) -> str | None:
    """"jsonl", "warc" or "text" by file name; None for files that are not inputs (images, …)."""
    lower = name.lower()
    if lower.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if lower.endswith(WARC_SUFFIXES):
        return "warc"
    return "text" if Path(lower).suffix in TEXT_SUFFIXES else None


def special_kind(mode: int) -> str | None:
    """What a non-regular, non-directory file is, in words; None for regular files and directories."""
    return next((words for test, words in _SPECIAL if test(mode)), None)


def stat_error(ref: str, err: OSError) -> InputError:
    if err.errno == errno.ELOOP:
        return InputError(ref, "symbolic link loop", "unreadable")
    if isinstance(err, FileNotFoundError):
        broken = os.path.islink(ref)
        return InputError(ref, "broken symbolic link" if broken else "no such file", "unreadable")
    if isinstance(err, PermissionError):
        return InputError(ref, "permission denied", "unreadable")
    return InputError(ref, f"cannot read ({err.strerror or err})", "unreadable")


def open_regular(path: str, ref: str) -> int:
    """A descriptor on a regular file; a FIFO or device is refused before it can block a read."""
    try:
        mode = os.stat(path).st_mode
    except OSError as err:
        raise stat_error(ref, err) from None
    if stat.S_ISDIR(mode):
        readable = os.access(path, os.R_OK | os.X_OK)
        raise InputError(ref, "is a directory" if readable else "is a directory that cannot be opened "
                                                                 "(permission denied)", "bad_input")
    if special := special_kind(mode):
        raise InputError(ref, f"is {special}, not a regular file", "special_file")
    try:
        # O_NONBLOCK: should the path turn into a FIFO after the stat, opening it cannot hang.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as err:
        raise stat_error(ref, err) from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise InputError(ref, "is not a regular file", "special_file")
    return fd


def read_file(path: str, *, max_bytes: int, meta: Meta | None = None) -> Article:
    """A text or HTML file as an Article (ref = the path), or `InputError`."""
    ref = safe_ref(path)
    fd = open_regular(path, ref)
    with os.fdopen(fd, "rb") as fh:
        size = os.fstat(fh.fileno()).st_size
        if size > max_bytes:
            raise InputError(ref, f"{size:,} bytes is over the {max_bytes:,}-byte limit (--max-bytes)",
                             "too_large")
        try:
            data = fh.read(max_bytes + 1)
        except OSError as err:
            raise InputError(ref, f"cannot read ({err.strerror or err})", "unreadable") from None
    return article_from_bytes(data, ref, max_bytes=max_bytes, meta=meta)


def walk_directory(root: str) -> Iterator[tuple[str, str] | ArticleError]:
    """(path, kind) for every input file under `root`, depth first in name order, and an
    ArticleError for every entry that is not a readable file or folder. Hidden entries (".x")
    and files of other types (images, …) are not inputs. Each folder is entered once, so
    symbolic-link loops end."""
    seen: set[tuple[int, int]] = set()
    opened = _open_folder(root, seen)
    if isinstance(opened, ArticleError):
        yield opened
        return
    stack: list[Iterator[str]] = [iter(opened)]
    while stack:
        path = next(stack[-1], None)
        if path is None:
            stack.pop()
            continue
        try:
            mode = os.stat(path).st_mode
        except OSError as err:
            yield stat_error(safe_ref(path), err).to_error()
            continue
        if stat.S_ISDIR(mode):
            opened = _open_folder(path, seen)
            if isinstance(opened, ArticleError):
                yield opened
            else:
                stack.append(iter(opened))
        elif special := special_kind(mode):
            yield error(safe_ref(path), "special_file", f"is {special}, not a regular file")
        elif kind := input_kind(os.path.basename(path)):
            yield path, kind


def _open_folder(folder: str, seen: set[tuple[int, int]]) -> list[str] | ArticleError:
    """The folder's visible entries as paths in name order, or why it cannot be walked."""
    try:
        info = os.stat(folder)
        if (info.st_dev, info.st_ino) in seen:
            return error(safe_ref(folder), "link_loop", "folder already walked (reached again through a symbolic link)")
        seen.add((info.st_dev, info.st_ino))
        with os.scandir(folder) as entries:
            names = sorted(entry.name for entry in entries if not entry.name.startswith("."))
    except OSError as err:
        reason = "permission denied" if isinstance(err, PermissionError) else (err.strerror or str(err))
        return error(safe_ref(folder), "unreadable", f"cannot open folder ({reason})")
    return [os.path.join(folder, name) for name in names]
