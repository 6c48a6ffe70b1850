"""Folders and files: every entry ends as an article or an error; nothing blocks, loops or vanishes."""
import json
import os
import select
import signal
import socket
import tempfile
import threading
import time
from pathlib import Path

import pytest

from sourcetrace.contract import Article, ArticleError
from sourcetrace.ingest import InputError, expand_inputs, iter_inputs, read_input
from sourcetrace.ingest.language import detect_language
from sourcetrace.ingest.metadata import rules

SAID = "The harbour master said the port would reopen on Friday after the repairs."


def _items(*specs, max_bytes=100_000):
    return list(iter_inputs([str(s) for s in specs], max_bytes=max_bytes))


def _summary(items):
    return [(Path(i.ref).name, "ok" if isinstance(i, Article) else i.reason) for i in items]


def test_folder_walked_in_name_order_with_every_kind(tmp_path):
    (tmp_path / "b.txt").write_text(SAID)
    (tmp_path / "a.html").write_text(f"<html><body><article><p>{SAID}</p></article></body></html>")
    (tmp_path / "c.png").write_bytes(b"\x89PNG\r\n")
    (tmp_path / ".hidden.txt").write_text(SAID)
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "d.jsonl").write_text(json.dumps({"id": "d1", "text": SAID}) + "\n")
    (tmp_path / "z.txt").write_text(SAID)
    assert _summary(_items(tmp_path)) == [("a.html", "ok"), ("b.txt", "ok"), ("d1", "ok"), ("z.txt", "ok")]


def test_fifo_socket_and_device_in_a_folder_are_errors_not_hangs(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(tmp_path / "sock.txt"))
    (tmp_path / "null.txt").symlink_to("/dev/null")
    (tmp_path / "real.txt").write_text(SAID)
    try:
        items = _items(tmp_path)
    finally:
        server.close()
    assert _summary(items) == [("null.txt", "special_file"), ("pipe.txt", "special_file"), ("real.txt", "ok"),
                               ("sock.txt", "special_file")]
    assert "FIFO" in items[1].message and "character device" in items[0].message


def test_fifo_given_as_an_argument_does_not_block(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    result: list = []
    worker = threading.Thread(target=lambda: result.extend(_items(fifo)), daemon=True)
    worker.start()
    worker.join(timeout=5)
    assert not worker.is_alive(), "reading a FIFO argument blocked"
    assert result[0].reason == "special_file"
    with pytest.raises(InputError, match="FIFO"):
        read_input(str(fifo))


def test_symlink_loops_end(tmp_path):
    (tmp_path / "a.txt").write_text(SAID)
    (tmp_path / "loop").symlink_to(tmp_path)
    (tmp_path / "self.txt").symlink_to(tmp_path / "self.txt")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
    items = _items(tmp_path)
    assert _summary(items) == [("a.txt", "ok"), ("gone.txt", "unreadable"), ("loop", "link_loop"),
                               ("self.txt", "unreadable")]
    assert "broken symbolic link" in items[1].message and "loop" in items[3].message


def _as_nobody(run):
    """Run `run()` where permissions bite: as is for a normal user, in a forked child as
    nobody when the tests run as root (root reads anything)."""
    if os.geteuid() != 0:
        return run()
    detect_language(SAID), rules()  # load data the child may not be allowed to read
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: drop to nobody, report, exit without running pytest's teardown
        try:
            os.setgid(65534)
            os.setuid(65534)
            payload = json.dumps(run())
        except BaseException as error:  # noqa: BLE001 — reported to the parent as a failure
            payload = json.dumps({"child_error": repr(error)})
        os.write(write_end, payload.encode())
        os._exit(0)
    os.close(write_end)
    chunks, deadline = [], time.monotonic() + 60
    try:
        while True:  # a forked child of a threaded process could hang: never wait on it forever
            ready, _, _ = select.select([read_end], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                os.kill(pid, signal.SIGKILL)
                pytest.fail("the unprivileged child did not answer within 60 s")
            chunk = os.read(read_end, 65536)
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(read_end)
        os.waitpid(pid, 0)
    out = json.loads(b"".join(chunks))
    assert not (isinstance(out, dict) and "child_error" in out), out
    return out


def test_unreadable_file_and_folder_are_reported():
    root = Path(tempfile.mkdtemp())
    try:
        root.chmod(0o755)
        (root / "a.txt").write_text(SAID)
        (root / "b.txt").write_text(SAID)
        (root / "b.txt").chmod(0)
        locked = root / "c-locked"
        locked.mkdir()
        (locked / "inside.txt").write_text(SAID)
        locked.chmod(0)
        out = _as_nobody(lambda: [(Path(i.ref).name, getattr(i, "reason", "ok"), getattr(i, "message", ""))
                                  for i in iter_inputs([str(root)], max_bytes=100_000)])
    finally:
        for path in (root / "b.txt", root / "c-locked"):
            path.chmod(0o755)
        import shutil
        shutil.rmtree(root)
    assert [tuple(x[:2]) for x in out] == [("a.txt", "ok"), ("b.txt", "unreadable"), ("c-locked", "unreadable")]
    assert "permission denied" in out[1][2] and "cannot open folder" in out[2][2]


def test_explicit_file_of_any_name_is_read_as_text(tmp_path):
    path = tmp_path / "notes.data"
    path.write_text(SAID)
    [item] = _items(path)
    assert isinstance(item, Article) and item.ref == str(path) and item.text == SAID


@pytest.mark.parametrize("content,reason", [(b"", "empty"), (b" \n\t", "empty"), (b"\x00\x01bin" * 20, "binary"),
                                            (SAID.encode() * 10, "too_large")])
def test_bad_files_each_become_one_error(tmp_path, content, reason):
    path = tmp_path / "x.txt"
    path.write_bytes(content)
    [item] = _items(path, max_bytes=200)
    assert isinstance(item, ArticleError) and item.reason == reason and "\n" not in item.message


def test_missing_path_is_an_error(tmp_path):
    [item] = _items(tmp_path / "nope.txt")
    assert item.reason == "unreadable" and item.message == "no such file"


def test_expand_inputs_keeps_unreadable_entries_for_the_cli(tmp_path):
    (tmp_path / "a.txt").write_text(SAID)
    os.mkfifo(tmp_path / "b.txt")
    (tmp_path / "c.jsonl").write_text("{}\n")
    names = expand_inputs([str(tmp_path)])
    assert [Path(n).name for n in names] == ["a.txt", "b.txt", "c.jsonl"]
    with pytest.raises(InputError, match="FIFO"):
        read_input(names[1])
