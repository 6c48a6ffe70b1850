"""URL fetching against real HTTP servers on 127.0.0.1: deadline, limits, redirects, short bodies."""
import gzip
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from sourcetrace.contract import Article
from sourcetrace.ingest import InputError, iter_inputs, read_url
from sourcetrace.ingest.fetch import _check_redirect, _Hop, fetch

SAID = "The harbour master said the port would reopen on Friday after repairs to the quay were finished."
PAGE = (f"<html><head><title>Port to reopen</title></head><body><article><h1>Port to reopen</h1>"
        f"<p>{SAID}</p><p>Union leaders said they wanted guarantees.</p></article></body></html>").encode()


class Handler(BaseHTTPRequestHandler):
    other_port = 0

    def log_message(self, *args):
        pass

    def _send(self, status=200, body=PAGE, ctype="text/html; charset=utf-8", headers=(), length=None):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location):
        self._send(302, b"", headers=[("Location", location)])

    def do_GET(self):
        routes = {
            "/good": lambda: self._send(),
            "/text": lambda: self._send(body=SAID.encode(), ctype="text/plain"),
            "/pdf": lambda: self._send(body=b"%PDF-1.4 ...", ctype="application/pdf"),
            "/missing": lambda: self._send(404, b"<html><body>no</body></html>"),
            "/short": lambda: self._send(body=PAGE[:100], length=len(PAGE) + 500),
            "/big": lambda: self._send(body=PAGE * 50),
            "/to-same": lambda: self._redirect("/good"),
            "/to-ftp": lambda: self._redirect("ftp://127.0.0.1/good"),
            "/to-other-port": lambda: self._redirect(f"http://127.0.0.1:{self.other_port}/good"),
            "/loop": lambda: self._redirect("/loop"),
            "/gzip": lambda: self._send(body=gzip.compress(PAGE), headers=[("Content-Encoding", "gzip")]),
            "/bomb": lambda: self._send(body=gzip.compress(b" " * 5_000_000), headers=[("Content-Encoding", "gzip")]),
            "/trickle": self._trickle_body,
            "/trickle-headers": self._trickle_headers,
        }
        routes.get(self.path, lambda: self._send(404, b"no route"))()

    def _trickle_body(self):
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        self._drip(PAGE * 20)

    def _trickle_headers(self):
        self._drip(b"HTTP/1.1 200 OK\r\n" + b"X-Slow: yes\r\n" * 200 + b"\r\n" + PAGE)

    def _drip(self, data):
        try:
            for byte in data:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(0.05)
        except OSError:
            pass


@pytest.fixture(scope="module")
def servers():
    first = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    second = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    first.daemon_threads = second.daemon_threads = True
    Handler.other_port = second.server_port
    for server in (first, second):
        threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{first.server_port}"
    for server in (first, second):
        server.shutdown()
        server.server_close()


def _error(url, **kw):
    with pytest.raises(InputError) as err:
        read_url(url, max_bytes=kw.pop("max_bytes", 100_000), **kw)
    assert "\n" not in str(err.value)
    return err.value


def test_good_page(servers):
    article = read_url(f"{servers}/good", max_bytes=100_000)
    assert SAID in article.text and article.ref == f"{servers}/good" and article.meta.url == f"{servers}/good"
    assert article.meta.language == "en" and article.meta.title == "Port to reopen"


def test_plain_text_and_gzip_pages(servers):
    assert read_url(f"{servers}/text", max_bytes=100_000).text == SAID
    assert SAID in read_url(f"{servers}/gzip", max_bytes=100_000).text


def test_trickling_body_hits_the_overall_deadline(servers):
    start = time.monotonic()
    error = _error(f"{servers}/trickle", deadline_s=1.0)
    assert time.monotonic() - start < 2.5
    assert error.reason == "fetch_failed" and "deadline" in error.message


def test_trickling_headers_hit_the_deadline_too(servers):
    start = time.monotonic()
    error = _error(f"{servers}/trickle-headers", deadline_s=1.0)
    assert time.monotonic() - start < 2.5 and "deadline" in error.message


def test_redirect_within_the_same_loopback_origin_is_followed(servers):
    article = read_url(f"{servers}/to-same", max_bytes=100_000)
    assert SAID in article.text and article.meta.url == f"{servers}/good"
    assert article.meta.notes == [f"redirected to {servers}/good"]


def test_redirect_to_ftp_is_refused(servers):
    error = _error(f"{servers}/to-ftp")
    assert error.reason == "blocked" and "ftp://" in error.message


def test_redirect_from_loopback_to_another_port_is_refused(servers):
    error = _error(f"{servers}/to-other-port")
    assert error.reason == "blocked" and "same host and port" in error.message


def test_redirect_loop_ends(servers):
    assert "redirects" in _error(f"{servers}/loop").message


def test_body_shorter_than_its_content_length_is_an_error(servers):
    error = _error(f"{servers}/short")
    assert error.reason == "fetch_failed" and "body ended after 100 of" in error.message


def test_oversize_bodies_are_refused(servers):
    assert _error(f"{servers}/big", max_bytes=1000).reason == "too_large"
    assert _error(f"{servers}/bomb", max_bytes=100_000).reason == "too_large"


def test_status_and_type_errors(servers):
    assert "HTTP 404" in _error(f"{servers}/missing").message
    assert _error(f"{servers}/pdf").reason == "not_html"


def test_public_only_refuses_loopback(servers):
    assert _error(f"{servers}/good", public_only=True).reason == "blocked"


def test_unreachable_port_is_one_line():
    assert _error("http://127.0.0.1:9/nothing").reason == "fetch_failed"


def test_other_schemes_are_not_fetched():
    [item] = iter_inputs(["ftp://127.0.0.1/x"], max_bytes=1000)
    assert item.reason == "bad_url"
    with pytest.raises(InputError, match="only http and https"):
        fetch("file:///etc/passwd", max_bytes=1000)


def test_redirect_from_public_to_internal_address_is_refused():
    public = _Hop("https", "news.example", 443, "/")
    with pytest.raises(InputError, match="public host to internal"):
        _check_redirect(public, ["93.184.215.14"], _Hop("http", "evil.example", 80, "/"), ["10.0.0.7"], "u")
    with pytest.raises(InputError, match="public host to internal"):
        _check_redirect(public, ["93.184.215.14"], _Hop("http", "x", 80, "/"), ["::ffff:127.0.0.1"], "u")
    _check_redirect(public, ["93.184.215.14"], _Hop("https", "other.example", 443, "/"), ["151.101.1.69"], "u")


def test_url_list_file(servers, tmp_path):
    listing = tmp_path / "urls.txt"
    listing.write_text(f"# morning run\n{servers}/good\n\nnot a url\n{servers}/missing\n")
    items = list(iter_inputs([f"@{listing}"], max_bytes=100_000))
    assert [(i.ref, getattr(i, "reason", "ok")) for i in items] == [
        (f"{servers}/good", "ok"), (f"{listing}:4", "bad_url"), (f"{servers}/missing", "fetch_failed")]
    assert isinstance(items[0], Article)


@pytest.fixture(scope="module")
def tls_server():
    import ssl
    from pathlib import Path
    fixtures = Path(__file__).parent / "fixtures"
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(fixtures / "localhost.crt", fixtures / "localhost.key")
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.server_port, ssl.create_default_context(cafile=str(fixtures / "localhost.crt"))
    server.shutdown()
    server.server_close()


def test_https_checks_the_certificate_against_the_url_host(tls_server):
    """The connection goes to the checked address, yet TLS still verifies the URL's host name."""
    port, trusted = tls_server
    article = read_url(f"https://localhost:{port}/good", max_bytes=100_000, tls=trusted)
    assert SAID in article.text
    wrong_name = _error(f"https://127.0.0.1:{port}/good", tls=trusted)  # the certificate names localhost only
    untrusted = _error(f"https://localhost:{port}/good")  # not signed by a system authority
    assert wrong_name.reason == untrusted.reason == "fetch_failed"
    assert "certificate" in wrong_name.message.lower() and "certificate" in untrusted.message.lower()


def test_non_ascii_path_is_sent_percent_encoded(servers):
    # The server knows only ASCII routes: an unencoded path would be refused before sending.
    error = _error(f"{servers}/café story")
    assert error.reason == "fetch_failed" and "HTTP 404" in error.message
    assert _error("http://exa mple..com/").reason in ("bad_url", "fetch_failed")
