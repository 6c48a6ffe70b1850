"""Users, login sessions and API tokens in the store (migration 0200).

Passwords are hashed with argon2id; session cookies and API tokens are random and only their
sha256 is stored, so a copy of the database lets nobody log in. Each session carries its own
CSRF token, which every unsafe request made with the session cookie must echo.
"""
from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from .errors import CorpusError
from .store import Store

ROLES = ("viewer", "reviewer", "admin")
# What each role may do beyond reading: a higher role has every right of a lower one.
RANK = {role: rank for rank, role in enumerate(ROLES)}
SESSION_HOURS = 12
TOKEN_PREFIX = "st_"
_NAME = re.compile(r"^[A-Za-z0-9._@-]{1,64}$")
_hasher = PasswordHasher()


class AccountError(CorpusError):
    """A bad user name, role or password; the message is one line."""


@dataclass(frozen=True)
class User:
    id: int
    name: str
    role: str

    def can(self, role: str) -> bool:
        return RANK[self.role] >= RANK[role]


@dataclass(frozen=True)
class Session:
    user: User
    csrf: str


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def add_user(store: Store, name: str, role: str, password: str) -> User:
    if not _NAME.match(name):
        raise AccountError(f"{name[:64]!r}: a user name is 1-64 letters, digits or . _ @ -")
    if role not in ROLES:
        raise AccountError(f"{role!r}: the role is one of {', '.join(ROLES)}")
    if len(password) < 8:
        raise AccountError("the password must have at least 8 characters")
    if store.scalar("SELECT count(*) FROM users WHERE name = ?", (name,)):
        raise AccountError(f"{name}: a user of that name exists")
    with store.transaction(corpus=False):  # accounts only: cached corpus reads stay current
        user_id = store.scalar("INSERT INTO users (name, role, password_hash) VALUES (?, ?, ?) RETURNING id",
                               (name, role, _hasher.hash(password)))
    return User(user_id, name, role)


def users(store: Store) -> list[User]:
    return [User(*row) for row in store.rows("SELECT id, name, role FROM users ORDER BY name")]


def check_password(store: Store, name: str, password: str) -> User | None:
    row = store.execute("SELECT id, name, role, password_hash FROM users WHERE name = ?", (name,)).fetchone()
    if row is None:
        _hasher.hash(password)  # the same work as a real check: timing tells nothing about which names exist
        return None
    try:
        _hasher.verify(row[3], password)
    except (VerificationError, InvalidHashError):
        return None
    return User(row[0], row[1], row[2])


def start_session(store: Store, user: User, hours: int = SESSION_HOURS) -> str:
    """A new session for `user`; returns the cookie value (only its hash is stored)."""
    cookie = secrets.token_urlsafe(32)
    with store.transaction(corpus=False):  # accounts only: cached corpus reads stay current
        store.execute("DELETE FROM sessions WHERE expires_at < ?", (_now(),))
        store.execute("INSERT INTO sessions (id, user_id, csrf, expires_at) VALUES (?, ?, ?, ?)",
                      (_digest(cookie), user.id, secrets.token_urlsafe(32), _now() + timedelta(hours=hours)))
    return cookie


def session_for(store: Store, cookie: str) -> Session | None:
    # Two look-ups by key: every request makes this check, and DuckDB answers a join of the two
    # tables in about twice the time of both look-ups.
    found = store.execute("SELECT user_id, csrf FROM sessions WHERE id = ? AND expires_at > ?",
                          (_digest(cookie), _now())).fetchone()
    if found is None:
        return None
    user = store.execute("SELECT id, name, role FROM users WHERE id = ?", (found[0],)).fetchone()
    return Session(User(*user), found[1]) if user else None


def end_session(store: Store, cookie: str) -> None:
    store.execute("DELETE FROM sessions WHERE id = ?", (_digest(cookie),))


def create_token(store: Store, user: User, label: str) -> str:
    """A new API token for `user`, shown once; only its hash is stored."""
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    store.execute("INSERT INTO api_tokens (user_id, label, token_hash) VALUES (?, ?, ?)",
                  (user.id, label[:100] or "token", _digest(token)))
    return token


def user_for_token(store: Store, token: str) -> User | None:
    row = store.execute("SELECT u.id, u.name, u.role FROM api_tokens t JOIN users u ON u.id = t.user_id "
                        "WHERE t.token_hash = ?", (_digest(token),)).fetchone()
    return User(*row) if row else None
