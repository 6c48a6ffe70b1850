"""Users, sessions and API tokens in a real store (DuckDB; PostgreSQL too when SOURCETRACE_TEST_PG is set)."""
from __future__ import annotations

import pytest

from sourcetrace.corpus import accounts
from sourcetrace.corpus.accounts import AccountError


def test_users_passwords_and_roles(store):
    ada = accounts.add_user(store, "ada", "admin", "a long password")
    accounts.add_user(store, "vic", "viewer", "another password")
    assert accounts.check_password(store, "ada", "a long password") == ada
    assert accounts.check_password(store, "ada", "a long passworD") is None
    assert accounts.check_password(store, "nobody", "a long password") is None
    assert [u.name for u in accounts.users(store)] == ["ada", "vic"]
    assert ada.can("reviewer") and not accounts.users(store)[1].can("reviewer")
    stored = store.scalar("SELECT password_hash FROM users WHERE name = 'ada'")
    assert stored.startswith("$argon2id$") and "a long password" not in stored


@pytest.mark.parametrize("name, role, password", [
    ("ada", "admin", "short"), ("a d a", "admin", "long enough pw"), ("ada", "root", "long enough pw"),
    ("", "viewer", "long enough pw"), ("x" * 65, "viewer", "long enough pw")])
def test_bad_users_are_one_line_errors(store, name, role, password):
    with pytest.raises(AccountError) as error:
        accounts.add_user(store, name, role, password)
    assert "\n" not in str(error.value)


def test_a_name_is_taken_once(store):
    accounts.add_user(store, "ada", "admin", "a long password")
    with pytest.raises(AccountError):
        accounts.add_user(store, "ada", "viewer", "a long password")


def test_sessions_are_stored_hashed_and_expire(store):
    ada = accounts.add_user(store, "ada", "admin", "a long password")
    cookie = accounts.start_session(store, ada)
    session = accounts.session_for(store, cookie)
    assert session.user == ada and len(session.csrf) > 30
    assert store.scalar("SELECT count(*) FROM sessions WHERE id = ?", (cookie,)) == 0  # only the hash
    assert accounts.session_for(store, cookie + "x") is None
    accounts.end_session(store, cookie)
    assert accounts.session_for(store, cookie) is None
    old = accounts.start_session(store, ada, hours=-1)
    assert accounts.session_for(store, old) is None


def test_api_tokens(store):
    rev = accounts.add_user(store, "rev", "reviewer", "a long password")
    token = accounts.create_token(store, rev, "nightly import")
    assert token.startswith(accounts.TOKEN_PREFIX)
    assert accounts.user_for_token(store, token) == rev
    assert accounts.user_for_token(store, token[:-1]) is None
    assert store.scalar("SELECT count(*) FROM api_tokens WHERE token_hash = ?", (token,)) == 0
