"""What every command group shares: standard error, the one-line failure, the profile choice."""
from __future__ import annotations

from enum import Enum

import typer
from rich.console import Console
from rich.text import Text

err = Console(stderr=True, highlight=False)


class Profile(str, Enum):
    fast = "fast"
    accurate = "accurate"
    rules = "rules"


def fail(message: str, code: int = 2) -> None:
    """A one-line error on standard error (printed as it is: paths may hold markup) and the exit code."""
    err.print(Text.assemble(("error:", "red"), " ", message), soft_wrap=True)
    raise typer.Exit(code)
