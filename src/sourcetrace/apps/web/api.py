"""`/api/v1`: what the pages show, as JSON; an article is the engine's `Analysis` contract."""
from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Depends, File, HTTPException, Request, UploadFile
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from sourcetrace.contract import Analysis

from . import cache, ingest, services
from .auth import need
from .cache import cached, source_profile
from .pages import csv_response

router = APIRouter(tags=["api"])


class Decision(BaseModel):
    decision: Literal["confirm", "reject"]


class IngestJson(BaseModel):
    texts: list[str] = Field(default_factory=list, max_length=1000)
    urls: list[str] = Field(default_factory=list, max_length=ingest.MAX_URLS)


class JobRef(BaseModel):
    job: int
    url: str


def _pool(request: Request):
    return request.app.state.pool.store()


@router.get("/openapi.json", include_in_schema=False)
def openapi(request: Request) -> dict:
    """FastAPI's generated description of this API."""
    from fastapi.openapi.utils import get_openapi
    app = request.app
    if not app.openapi_schema:
        app.openapi_schema = get_openapi(title=app.title, version=app.version, routes=app.routes)
    return app.openapi_schema


@router.get("/me")
def me(request: Request) -> dict:
    user = request.state.user
    return {"name": user.name, "role": user.role}


@router.get("/overview")
def overview(request: Request) -> dict:
    with _pool(request) as store:
        return cached(request, store, services.overview)


@router.get("/search")
def search(request: Request, q: str = "", outlet: str = "", date_from: str = "", date_to: str = "",
           source: str = "", stance: str = "", limit: int = services.SEARCH_LIMIT) -> list[dict]:
    with _pool(request) as store:
        return cache.search(request, store, q[:500], outlet[:200], date_from[:10], date_to[:10],
                      source[:200], stance[:20], limit=max(1, min(limit, 200)))


@router.get("/articles")
def articles(request: Request, outlet: str = "", limit: int = 50) -> list[dict]:
    with _pool(request) as store:
        return cache.search(request, store, outlet=outlet[:200], limit=max(1, min(limit, 200)))


def _analysis(request: Request, ref: str) -> Analysis:
    with _pool(request) as store:
        analysis = cached(request, store, services.article, ref)
    if analysis is None:
        raise HTTPException(404, "no analysed article with that ref")
    return analysis


@router.get("/articles/{ref:path}", response_model=Analysis)
def article(request: Request, ref: str) -> Analysis:
    return _analysis(request, ref)


@router.get("/export/attributions.csv")
def attributions_csv(request: Request, ref: str):
    return csv_response(services.attribution_rows(_analysis(request, ref)), "attributions.csv")


@router.get("/claims/{claim_id}")
def claim(request: Request, claim_id: int) -> dict:
    with _pool(request) as store:
        page = cached(request, store, services.claim, claim_id)
    if page is None:
        raise HTTPException(404, "no such claim")
    return page


@router.get("/sources")
def sources(request: Request, limit: int = 100) -> list[dict]:
    with _pool(request) as store:
        return cached(request, store, services.sources, max(1, min(limit, 500)))


@router.get("/source")
def source(request: Request, name: str) -> dict:
    with _pool(request) as store:
        profile = source_profile(request, store, name[:300])
    if profile is None:
        raise HTTPException(404, "no source of that name")
    return profile


@router.get("/review")
def review(request: Request) -> list[dict]:
    with _pool(request) as store:
        return cached(request, store, services.review_queue)


@router.post("/review/{link_id}")
def decide(request: Request, link_id: int, body: Decision, user=Depends(need("reviewer"))) -> dict:
    with _pool(request) as store:
        link = services.decide(store, link_id, body.decision, user.name)
    if link is None:
        raise HTTPException(409, "that link is not waiting for a decision")
    return link


@router.post("/ingest", status_code=202)
def ingest_json(request: Request, body: IngestJson, user=Depends(need("reviewer"))) -> JobRef:
    return _start(request, user, [], body.texts, "\n".join(body.urls))


@router.post("/ingest/files", status_code=202)
async def ingest_files(request: Request, files: list[UploadFile] = File(...), user=Depends(need("reviewer"))) -> JobRef:
    uploads = [(f.filename or "upload", await f.read()) for f in files]
    # Writing the uploads and the job row blocks: in a worker thread, not on the loop every request shares.
    return await run_in_threadpool(_start, request, user, uploads, [], "")


def _start(request: Request, user, uploads, texts: list[str], urls: str) -> JobRef:
    try:
        job_id = ingest.start(request.app, user.name, uploads, "", {}, urls, texts=texts)
    except ingest.IngestRequestError as error:
        raise HTTPException(400, str(error)) from None
    return JobRef(job=job_id, url=f"/api/v1/ingest/jobs/{job_id}")


@router.get("/ingest/jobs")
def jobs(request: Request) -> list[dict]:
    with _pool(request) as store:
        return services.jobs(store)


@router.get("/ingest/jobs/{job_id}")
def job(request: Request, job_id: int) -> dict:
    with _pool(request) as store:
        found = services.job(store, job_id)
    if found is None:
        raise HTTPException(404, "no such job")
    return found
