"""`sourcetrace serve` (the web app) and `sourcetrace users` (its accounts); `register(app)` adds them."""
from __future__ import annotations

import sys
from typing import Optional

import typer
from rich.text import Text

from sourcetrace.apps.common import err, fail
from sourcetrace.corpus.dialects import DEFAULT_DB
from sourcetrace.corpus.errors import CorpusError
from sourcetrace.settings import Settings

users_app = typer.Typer(add_completion=False, no_args_is_help=True, help="The web app's users.")
DB_HELP = f"A DuckDB file or a postgresql:// URL (default: $SOURCETRACE_DB, else {DEFAULT_DB})."


def _target(db: Optional[str]) -> str:
    return db or Settings.load().db or DEFAULT_DB


def serve_command(
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port to listen on."),
    max_upload_mb: float = typer.Option(20.0, "--max-upload-mb", min=0.001, help="Largest request body, MB."),
    https: bool = typer.Option(False, "--https", help="Served over https (behind a proxy): Secure cookies, HSTS."),
    workers: Optional[int] = typer.Option(None, "--workers", min=1, help="Analysis processes for web ingest."),
    pool: int = typer.Option(8, "--pool", min=1, max=64, help="Database connections the pages share."),
) -> None:
    """Run the web app over the store: pages, /api/v1, and ingest in the server's own background worker."""
    import uvicorn

    from sourcetrace.apps.web import WebConfig, create_app
    config = WebConfig(db=_target(db), max_upload_bytes=int(max_upload_mb * 1024 * 1024), https=https,
                       pool_size=pool, ingest_workers=workers)
    try:
        app = create_app(config)
    except CorpusError as error:
        fail(str(error))
    err.print(Text(f"sourcetrace serving {config.db} on http://{host}:{port}"))
    uvicorn.run(app, host=host, port=port, log_level="warning", proxy_headers=https, server_header=False)


@users_app.command("add")
def add_command(
    name: str = typer.Argument(..., help="The user's login name."),
    role: str = typer.Option("viewer", "--role", help="viewer, reviewer or admin."),
    password_stdin: bool = typer.Option(False, "--password-stdin", help="Read the password from standard input."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Add a user (the first admin: `sourcetrace users add NAME --role admin`)."""
    from sourcetrace.corpus import accounts
    from sourcetrace.corpus.store import open_store
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    try:
        with open_store(_target(db)) as store:
            user = accounts.add_user(store, name, role, password)
    except CorpusError as error:
        fail(str(error))
    err.print(Text(f"added {user.name} ({user.role})"))


@users_app.command("list")
def list_command(db: Optional[str] = typer.Option(None, "--db", help=DB_HELP)) -> None:
    """The users and their roles."""
    from sourcetrace.corpus import accounts
    from sourcetrace.corpus.store import open_store
    try:
        with open_store(_target(db)) as store:
            for user in accounts.users(store):
                print(f"{user.name}\t{user.role}")
    except CorpusError as error:
        fail(str(error))


def register(app: typer.Typer) -> None:
    app.command("serve")(serve_command)
    app.add_typer(users_app, name="users")
