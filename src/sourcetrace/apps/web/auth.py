"""Who is asking: a session cookie (pages, with a CSRF token on every unsafe request) or an
API token (`Authorization: Bearer …`, scripts, no CSRF since no browser sends it by itself).

Every route depends on `login` (see `app.py`) except the health check and the login page;
`need(role)` adds the role check. Failures raise `NotLoggedIn` (401, or a redirect to the
login page for a page) and `Forbidden` (403).
"""
from __future__ import annotations

import hmac

from fastapi import Request
from starlette.concurrency import run_in_threadpool

from sourcetrace.corpus import accounts
from sourcetrace.corpus.accounts import User

COOKIE = "st_session"
UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}
CSRF_FIELD = "csrf"
CSRF_HEADER = "x-csrf-token"


class NotLoggedIn(Exception):
    pass


class Forbidden(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


async def login(request: Request) -> User:
    """The user behind the request; checks the CSRF token of cookie-authenticated unsafe requests."""
    if hasattr(request.state, "user"):
        return request.state.user
    pool = request.app.state.pool
    header = request.headers.get("authorization", "")
    if header[:7].lower() == "bearer ":
        user = await run_in_threadpool(_looked_up, pool, accounts.user_for_token, header[7:].strip())
        if user is None:
            raise NotLoggedIn()
        request.state.user, request.state.csrf = user, None
        return user
    cookie = request.cookies.get(COOKIE)
    if not cookie:
        raise NotLoggedIn()
    session = await run_in_threadpool(_looked_up, pool, accounts.session_for, cookie)
    if session is None:
        raise NotLoggedIn()
    if request.method in UNSAFE:
        sent = request.headers.get(CSRF_HEADER)
        if sent is None and request.headers.get("content-type", "").startswith(
                ("application/x-www-form-urlencoded", "multipart/form-data")):
            sent = (await request.form()).get(CSRF_FIELD)
        if not isinstance(sent, str) or not hmac.compare_digest(sent, session.csrf):
            raise Forbidden("the form's security token is missing or stale; reload the page and try again")
    request.state.user, request.state.csrf = session.user, session.csrf
    return session.user


def _looked_up(pool, look_up, secret: str):
    """In a worker thread: waiting for a connection or the database must not stall the event loop,
    which every other request's login check runs on."""
    with pool.store() as store:
        return look_up(store, secret)


def need(role: str):
    async def check(request: Request) -> User:
        user = await login(request)
        if not user.can(role):
            raise Forbidden(f"this needs the {role} role; you are a {user.role}")
        return user
    return check
