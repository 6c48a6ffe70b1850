"""Fetch one web page under a hard deadline and a byte limit, following redirects by hand.

Rules (the safe ones):
- Only http:// and https:// are fetched, first URL and every redirect alike.
- One deadline covers the whole fetch (DNS, connect, TLS, headers, body, all redirects): a
  watchdog shuts the socket when it passes, so a server trickling bytes cannot hold it open.
- The host is resolved once, its addresses checked, and the connection made to a checked
  address (no second lookup that DNS could answer differently).
- From a public (globally routable) address a redirect may go only to public addresses.
- From a loopback, private, link-local or otherwise internal address a redirect may only stay on
  the same scheme, host and port: another port on the same machine is another service.
- With `public_only` (for URLs typed by others, e.g. in a web app) the first URL must be public too.
- A body shorter than its Content-Length, a body over the byte limit, and a Content-Length
  over the limit are errors; so is any status other than 2xx after redirects.
"""
from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import threading
import time
import zlib
from concurrent.futures import ThreadPoolExecutor, TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from urllib.parse import quote, urljoin, urlsplit

from .errors import InputError

DEADLINE_S = 20.0
MAX_REDIRECTS = 5
USER_AGENT = "sourcetrace (+https://github.com/sourcetrace)"
_REDIRECTS = {301, 302, 303, 307, 308}
_CHUNK = 1 << 16
_SAFE = "/?&=%:@!$'()*+,;~[]-._"


@dataclass
class Fetched:
    url: str
    status: int
    content_type: str | None
    body: bytes
    redirects: list[str] = field(default_factory=list)


@dataclass
class _Hop:
    scheme: str
    host: str
    port: int
    target: str  # path and query, as sent


def fetch(url: str, *, max_bytes: int, deadline_s: float = DEADLINE_S, max_redirects: int = MAX_REDIRECTS,
          public_only: bool = False, tls: ssl.SSLContext | None = None) -> Fetched:
    """The final page's bytes, or `InputError` with reason bad_url, blocked, fetch_failed or too_large.
    `tls` replaces the system's certificate authorities (a private CA, or a test's)."""
    deadline = time.monotonic() + deadline_s
    ref = url
    hop = _parse(url, ref, redirect=False)
    addresses = _resolve(hop, ref, deadline)
    if public_only and not all(_is_public(a) for a in addresses):
        raise InputError(ref, f"{hop.host} is not a public address; refused", "blocked")
    redirects: list[str] = []
    while True:
        status, headers, body = _exchange(hop, addresses, ref, deadline, max_bytes, deadline_s, tls)
        if status not in _REDIRECTS:
            break
        location = headers.get("location")
        if not location:
            raise InputError(ref, f"HTTP {status} redirect without a Location", "fetch_failed")
        if len(redirects) >= max_redirects:
            raise InputError(ref, f"more than {max_redirects} redirects", "fetch_failed")
        url = urljoin(url, location.strip())
        redirects.append(url)
        nxt = _parse(url, ref, redirect=True)
        next_addresses = _resolve(nxt, ref, deadline)
        _check_redirect(hop, addresses, nxt, next_addresses, ref)
        hop, addresses = nxt, next_addresses
    if not 200 <= status < 300:
        raise InputError(ref, f"HTTP {status} from {hop.host}", "fetch_failed")
    return Fetched(url=url, status=status, content_type=headers.get("content-type"), body=body,
                   redirects=redirects)


def _parse(url: str, ref: str, *, redirect: bool) -> _Hop:
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as err:
        raise InputError(ref, f"not a valid URL ({err})", "bad_url") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        words = f"redirect to {scheme or 'a schemeless'}:// refused" if redirect else \
            f"{scheme or 'no'}:// URLs are not fetched; only http and https"
        raise InputError(ref, words, "blocked" if redirect else "bad_url")
    if not parts.hostname:
        raise InputError(ref, "URL has no host", "bad_url")
    try:  # an international domain name travels as its ASCII (punycode) form
        host = parts.hostname.encode("idna").decode("ascii")
    except UnicodeError:
        raise InputError(ref, f"{parts.hostname!r} is not a valid host name", "bad_url") from None
    # Non-ASCII or spaces in the path are percent-encoded; existing %XX escapes are kept.
    target = quote(parts.path or "/", safe=_SAFE) + (f"?{quote(parts.query, safe=_SAFE)}" if parts.query else "")
    return _Hop(scheme, host, port or (443 if scheme == "https" else 80), target)


def _is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def _resolve(hop: _Hop, ref: str, deadline: float) -> list[str]:
    try:
        return [str(ipaddress.ip_address(hop.host))]
    except ValueError:
        pass
    # getaddrinfo has no timeout of its own: wait for it only until the deadline.
    pool = ThreadPoolExecutor(max_workers=1)
    future = pool.submit(socket.getaddrinfo, hop.host, hop.port, type=socket.SOCK_STREAM)
    try:
        infos = future.result(timeout=max(0.0, deadline - time.monotonic()))
    except FutureTimeout:
        raise InputError(ref, f"looking up {hop.host} passed the deadline", "fetch_failed") from None
    except (OSError, UnicodeError) as err:
        raise InputError(ref, f"cannot resolve {hop.host} ({getattr(err, 'strerror', None) or err})",
                         "fetch_failed") from None
    finally:
        pool.shutdown(wait=False)
    addresses = list(dict.fromkeys(info[4][0] for info in infos))
    if not addresses:
        raise InputError(ref, f"{hop.host} has no address", "fetch_failed")
    return addresses


def _check_redirect(hop: _Hop, addresses: list[str], nxt: _Hop, next_addresses: list[str], ref: str) -> None:
    if all(_is_public(a) for a in addresses):
        if not all(_is_public(a) for a in next_addresses):
            raise InputError(ref, f"redirect from a public host to internal address {nxt.host} refused", "blocked")
        return
    if (nxt.scheme, nxt.host.lower(), nxt.port) != (hop.scheme, hop.host.lower(), hop.port):
        raise InputError(ref, f"redirect from internal {hop.host}:{hop.port} to {nxt.host}:{nxt.port} refused "
                              "(only the same host and port)", "blocked")


class _Watchdog:
    """Shuts the socket at the deadline, so that no blocked read outlives it."""

    def __init__(self, seconds: float):
        self.sock: socket.socket | None = None
        self.fired = False
        self._lock = threading.Lock()
        self._timer = threading.Timer(max(0.0, seconds), self._fire)
        self._timer.daemon = True
        self._timer.start()

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            self.sock = sock
            if self.fired:
                self._shut()

    def _fire(self) -> None:
        with self._lock:
            self.fired = True
            self._shut()

    def _shut(self) -> None:
        if self.sock is not None:
            try:
                self.sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def cancel(self) -> None:
        self._timer.cancel()


class _PinnedConnection(http.client.HTTPConnection):
    """HTTP(S) to an address checked beforehand, with the URL's host for Host and TLS."""

    def __init__(self, hop: _Hop, addresses: list[str], watchdog: _Watchdog, timeout: float,
                 tls: ssl.SSLContext | None):
        super().__init__(hop.host, hop.port, timeout=timeout)
        self._addresses = addresses
        self._tls = (tls or ssl.create_default_context()) if hop.scheme == "https" else None
        self._watchdog = watchdog

    def connect(self) -> None:
        last: OSError | None = None
        for address in self._addresses:
            try:
                sock = socket.create_connection((address, self.port), self.timeout)
                break
            except OSError as err:
                last = err
        else:
            raise last or OSError("no address to connect to")
        self._watchdog.watch(sock)
        if self._tls:
            sock = self._tls.wrap_socket(sock, server_hostname=self.host)
            self._watchdog.watch(sock)
        self.sock = sock


def _exchange(hop: _Hop, addresses: list[str], ref: str, deadline: float, max_bytes: int,
              deadline_s: float, tls: ssl.SSLContext | None) -> tuple[int, dict[str, str], bytes]:
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise InputError(ref, f"no complete answer within the {deadline_s:g} s deadline", "fetch_failed")
    watchdog = _Watchdog(remaining)
    conn = _PinnedConnection(hop, addresses, watchdog, timeout=remaining, tls=tls)
    try:
        conn.putrequest("GET", hop.target, skip_accept_encoding=True)
        for name, value in (("User-Agent", USER_AGENT), ("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5"),
                            ("Accept-Encoding", "gzip, deflate"), ("Connection", "close")):
            conn.putheader(name, value)
        conn.endheaders()
        response = conn.getresponse()
        headers = {k.lower(): v for k, v in response.getheaders()}
        if response.status in _REDIRECTS:
            return response.status, headers, b""
        body = _read_body(response, headers, ref, deadline, max_bytes)
        if watchdog.fired:
            raise TimeoutError
        return response.status, headers, _decode_body(body, headers, ref, max_bytes)
    except InputError:
        raise
    except (OSError, http.client.HTTPException, ValueError) as err:
        if watchdog.fired or isinstance(err, TimeoutError) or time.monotonic() >= deadline:
            raise InputError(ref, f"no complete answer within the {deadline_s:g} s deadline", "fetch_failed") from None
        words = getattr(err, "strerror", None) or str(err) or type(err).__name__
        raise InputError(ref, f"cannot fetch from {hop.host} ({words})", "fetch_failed") from None
    finally:
        watchdog.cancel()
        conn.close()


def _read_body(response: http.client.HTTPResponse, headers: dict[str, str], ref: str, deadline: float,
               max_bytes: int) -> bytes:
    declared = headers.get("content-length")
    expected = int(declared) if declared and declared.strip().isdigit() else None
    if expected is not None and expected > max_bytes:
        raise InputError(ref, f"Content-Length {expected:,} is over the {max_bytes:,}-byte limit (--max-bytes)",
                         "too_large")
    parts: list[bytes] = []
    total = 0
    while True:
        if time.monotonic() >= deadline:
            raise TimeoutError
        chunk = response.read1(_CHUNK)
        if not chunk:
            break
        parts.append(chunk)
        total += len(chunk)
        if total > max_bytes:
            raise InputError(ref, f"body is over the {max_bytes:,}-byte limit (--max-bytes)", "too_large")
    if time.monotonic() >= deadline:  # the watchdog shut the socket: not a short body but a late one
        raise TimeoutError
    if expected is not None and total < expected:
        raise InputError(ref, f"body ended after {total:,} of {expected:,} bytes", "fetch_failed")
    return b"".join(parts)


def _decode_body(body: bytes, headers: dict[str, str], ref: str, max_bytes: int) -> bytes:
    encoding = headers.get("content-encoding", "identity").strip().lower()
    if encoding in ("", "identity"):
        return body
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise InputError(ref, f"unsupported Content-Encoding {encoding!r}", "fetch_failed")
    # Bounded: a small compressed body must not expand past the byte limit.
    inflater = zlib.decompressobj(47 if "gzip" in encoding else zlib.MAX_WBITS | 32)
    try:
        data = inflater.decompress(body, max_bytes + 1)
    except zlib.error as err:
        raise InputError(ref, f"body does not decompress ({err})", "fetch_failed") from None
    if len(data) > max_bytes or inflater.unconsumed_tail:
        raise InputError(ref, f"decompressed body is over the {max_bytes:,}-byte limit (--max-bytes)", "too_large")
    return data
