"""Jinja2 templates of the pages, autoescaped; every page gets the user and the CSRF token."""
from __future__ import annotations

from importlib.resources import files
from urllib.parse import quote

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

# auto_reload off: the templates ship with the package, so no page needs a stat of its file per render.
_env = Environment(loader=FileSystemLoader(str(files("sourcetrace.apps.web") / "templates")),
                   autoescape=select_autoescape(default=True, default_for_string=True), auto_reload=False)


def article_url(ref: str) -> str:
    return "/articles/" + quote(ref, safe="")


_env.globals.update(article_url=article_url, quote=lambda s: quote(str(s), safe=""))


def render(request: Request, name: str, context: dict, status: int = 200) -> HTMLResponse:
    page = _env.get_template(name).render(user=getattr(request.state, "user", None),
                                          csrf=getattr(request.state, "csrf", None), path=request.url.path,
                                          **context)
    return HTMLResponse(page, status_code=status, headers={"Cache-Control": "no-store"})
