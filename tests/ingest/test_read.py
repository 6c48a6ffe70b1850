"""Bad input: one clear line naming the input, never a traceback."""
import pytest

from sourcetrace.ingest import InputError, expand_inputs, read_bytes, read_input


def test_plain_utf8():
    art = read_bytes("The mayor said the bridge would reopen.\r\n".encode(), "a.txt")
    assert art.text == "The mayor said the bridge would reopen.\n" and art.meta.notes == []


@pytest.mark.parametrize("data,words", [
    (b"", "empty"), (b"   \n\t\n", "empty"),
    (b"\x00\x01\x02binary\x00stuff" * 10, "binary"),
])
def test_refused(data, words):
    with pytest.raises(InputError) as err:
        read_bytes(data, "x.txt")
    assert words in str(err.value) and str(err.value).startswith("x.txt:") and "\n" not in str(err.value)


def test_not_utf8_is_decoded_and_said():
    data = "Le ministre a déclaré que le pont était fermé.".encode("latin-1")
    art = read_bytes(data, "fr.txt")
    assert "déclaré" in art.text
    assert art.meta.notes and "not UTF-8" in art.meta.notes[0]


def test_size_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("word " * 300)
    with pytest.raises(InputError, match="over the 100-byte limit"):
        read_input(str(path), max_bytes=100)


def test_missing_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_input(str(tmp_path / "nope.txt"))
    with pytest.raises(InputError, match="is a directory"):
        read_input(str(tmp_path))


def test_unreadable_file(tmp_path):
    import os
    path = tmp_path / "secret.txt"
    path.write_text("The mayor said so.")
    path.chmod(0)
    if os.access(path, os.R_OK):  # root reads anything: use a dangling link instead
        path.chmod(0o644)
        path.unlink()
        path.symlink_to(tmp_path / "gone.txt")
    with pytest.raises(InputError):
        read_input(str(path))


def test_expand_directory(tmp_path):
    (tmp_path / "b.txt").write_text("B said so.")
    (tmp_path / "a.html").write_text("<html></html>")
    (tmp_path / "c.png").write_bytes(b"\x89PNG")
    (tmp_path / ".hidden.txt").write_text("x")
    assert [p.rsplit("/", 1)[1] for p in expand_inputs([str(tmp_path)])] == ["a.html", "b.txt"]


def test_url_is_fetched_and_extracted():
    """A page served on loopback, fetched like any news site."""
    import threading
    from http.server import BaseHTTPRequestHandler, HTTPServer

    page = ("<html><head><title>Port to reopen</title></head><body><article><h1>Port to reopen</h1>"
            "<p>The harbour master said the port would reopen on Friday after repairs to the quay "
            "were finished ahead of schedule, according to the council.</p></article></body></html>")

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(page.encode())

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.handle_request, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}/story"
    art = read_input(url)
    server.server_close()
    assert "harbour master said" in art.text and art.meta.url == url


def test_unreachable_url_is_one_line():
    with pytest.raises(InputError, match="cannot fetch"):
        read_input("http://127.0.0.1:9/nothing-listens-here")


def test_one_argument_input_error_stays_a_plain_line():
    """The lab raises InputError("PATH: message") with one argument."""
    error = InputError("gold/: no such directory")
    assert str(error) == "gold/: no such directory" and error.to_error().message == "gold/: no such directory"
    two = InputError("a.txt", "empty input", "empty")
    assert str(two) == "a.txt: empty input" and (two.ref, two.reason) == ("a.txt", "empty")
