"""`sourcetrace users` and `serve`'s errors, through the real CLI."""
from __future__ import annotations

from typer.testing import CliRunner

from sourcetrace.apps.cli import app
from sourcetrace.corpus import accounts
from sourcetrace.corpus.store import open_store


def test_users_add_reads_the_password_from_stdin_and_lists(tmp_path):
    db = str(tmp_path / "c.duckdb")
    runner = CliRunner()
    added = runner.invoke(app, ["users", "add", "ada", "--role", "admin", "--password-stdin", "--db", db],
                          input="a long password\n")
    assert added.exit_code == 0, added.output
    listed = runner.invoke(app, ["users", "list", "--db", db])
    assert listed.output.split() == ["ada", "admin"]
    with open_store(db) as store:
        assert accounts.check_password(store, "ada", "a long password").role == "admin"


def test_users_add_refuses_bad_input_in_one_line(tmp_path):
    db = str(tmp_path / "c.duckdb")
    runner = CliRunner()
    for args, stdin in ((["ada", "--role", "root"], "a long password\n"), (["ada"], "short\n")):
        result = runner.invoke(app, ["users", "add", *args, "--password-stdin", "--db", db], input=stdin)
        assert result.exit_code == 2
        assert "error:" in result.output and "Traceback" not in result.output


def test_serve_refuses_a_bad_database_in_one_line(tmp_path):
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "missing" / "c.duckdb")])
    assert result.exit_code == 2 and "does not exist" in result.output
