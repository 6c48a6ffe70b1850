"""The routes open without a login: health, the login form, and the app's own CSS and JS."""
from __future__ import annotations

import hmac
import secrets
from importlib.resources import files

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response

from sourcetrace import __version__
from sourcetrace.corpus import accounts

from .auth import COOKIE
from .templates import render

router = APIRouter()
LOGIN_COOKIE = "st_login"  # double-submit token: a third-party page cannot log a browser in as someone else
# The files under /static: the app's own, and the article report's CSS and JS from render/.
STATIC = {"web.css": ("sourcetrace.apps.web", "static/web.css", "text/css"),
          "web.js": ("sourcetrace.apps.web", "static/web.js", "text/javascript"),
          "article.js": ("sourcetrace.apps.web", "static/article.js", "text/javascript"),
          "report.css": ("sourcetrace", "render/report.css", "text/css"),
          "report.js": ("sourcetrace", "render/report.js", "text/javascript")}


@router.get("/health", include_in_schema=True, tags=["meta"])
def health(request: Request) -> JSONResponse:
    with request.app.state.pool.store() as store:
        version = store.schema_version()
    return JSONResponse({"status": "ok", "version": __version__, "schema_version": version})


@router.get("/static/{name}", include_in_schema=False)
def static(name: str) -> Response:
    if name not in STATIC:
        raise HTTPException(404, "no such file")
    package, path, kind = STATIC[name]
    body = files(package).joinpath(path).read_bytes()
    return Response(body, media_type=kind, headers={"Cache-Control": "max-age=300"})


def _login_page(request: Request, message: str | None = None, status: int = 200, next_: str = "/") -> Response:
    token = secrets.token_urlsafe(24)
    response = render(request, "login.html", {"login_token": token, "message": message, "next": next_},
                      status=status)
    response.set_cookie(LOGIN_COOKIE, token, httponly=True, samesite="strict", secure=_https(request), max_age=3600)
    return response


def _https(request: Request) -> bool:
    """Served over https: said at start (`--https`, behind a proxy) or seen on the request itself."""
    return request.app.state.config.https or request.url.scheme == "https"


def _safe_next(target: str) -> str:
    """Only a path on this site: never `//host` or a scheme, which would send the user elsewhere."""
    return target if target.startswith("/") and not target.startswith("//") and "\\" not in target else "/"


@router.get("/login", include_in_schema=False)
def login_form(request: Request, next: str = "/") -> Response:
    return _login_page(request, next_=_safe_next(next))


@router.post("/login", include_in_schema=False)
def login(request: Request, name: str = Form(""), password: str = Form(""), login_token: str = Form(""),
          next: str = Form("/")) -> Response:
    expected = request.cookies.get(LOGIN_COOKIE, "")
    if not expected or not hmac.compare_digest(expected, login_token):
        return _login_page(request, "The form expired; please log in again.", status=403, next_=_safe_next(next))
    with request.app.state.pool.store() as store:
        user = accounts.check_password(store, name[:64], password[:1024])
        if user is None:
            return _login_page(request, "Wrong name or password.", status=401, next_=_safe_next(next))
        cookie = accounts.start_session(store, user)
    response = RedirectResponse(_safe_next(next), status_code=303)
    response.set_cookie(COOKIE, cookie, httponly=True, samesite="lax", secure=_https(request),
                        max_age=accounts.SESSION_HOURS * 3600, path="/")
    response.delete_cookie(LOGIN_COOKIE)
    return response
