"""The FastAPI application: pages and `/api/v1` over one store, owned by this process.

`create_app(config)` opens the store (migrating it), starts the background ingest worker and
wires the routes. Every route requires a login except `PUBLIC` (health, the login page, and
the static CSS/JS the login page needs); a test walks `app.routes` to hold that.
"""
from __future__ import annotations

import logging
from contextlib import asynccontextmanager

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from sourcetrace import __version__
from sourcetrace.corpus.errors import CorpusError

from . import auth, pages, api, public
from .config import WebConfig
from .cache import ReadCache
from .db import StorePool
from .jobs import IngestWorker
from .security import Guard
from .templates import render

log = logging.getLogger("sourcetrace.web")
PUBLIC = {"/health", "/login", "/static/{name}"}


def create_app(config: WebConfig) -> Guard:
    """The ASGI application (FastAPI behind the body-size and header guard)."""
    pool = StorePool(config.db, config.pool_size)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        app.state.worker.stop()
        pool.close()

    # The OpenAPI description is served by api.py behind the login, like everything else.
    app = FastAPI(title="sourcetrace", version=__version__, lifespan=lifespan, docs_url=None,
                  redoc_url=None, openapi_url=None)
    app.state.config, app.state.pool, app.state.reads = config, pool, ReadCache()
    app.state.worker = IngestWorker(pool, config.settings, config.ingest_workers)
    app.include_router(public.router)
    private = APIRouter(dependencies=[Depends(auth.login)])
    private.include_router(pages.router)
    private.include_router(api.router, prefix="/api/v1")
    app.include_router(private)
    _errors(app)
    guarded = Guard(app, config.max_upload_bytes, config.https)
    guarded.fastapi = app
    return guarded


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _errors(app: FastAPI) -> None:
    @app.exception_handler(auth.NotLoggedIn)
    async def not_logged_in(request: Request, _exc) -> Response:
        if _wants_json(request) or request.method != "GET":
            return JSONResponse({"detail": "log in first (a session cookie or an Authorization: Bearer token)"},
                                status_code=401, headers={"WWW-Authenticate": "Bearer"})
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        from urllib.parse import quote
        return RedirectResponse(f"/login?next={quote(target, safe='')}", status_code=303)

    @app.exception_handler(auth.Forbidden)
    async def forbidden(request: Request, exc: auth.Forbidden) -> Response:
        return _error(request, 403, exc.message)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return _error(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p not in ("body", "query", "path"))
        return _error(request, 422, f"{where or 'request'}: {first.get('msg', 'invalid')}")

    @app.exception_handler(CorpusError)
    async def store_error(request: Request, exc: CorpusError) -> Response:
        log.warning("store error on %s: %s", request.url.path, exc)
        return _error(request, 503, "the store cannot answer just now; try again")

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception) -> Response:
        log.exception("error on %s", request.url.path)
        return _error(request, 500, "something went wrong on the server; it is logged")


def _error(request: Request, status: int, message: str) -> Response:
    if _wants_json(request):
        return JSONResponse({"detail": message}, status_code=status)
    return render(request, "error.html", {"status": status, "message": message}, status=status)
