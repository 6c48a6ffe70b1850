"""The server-rendered pages. Each route: check the role, call a service, render a template."""
from __future__ import annotations

import csv
import io

from fastapi import APIRouter, Depends, File, Form, HTTPException, Request, UploadFile
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from sourcetrace.corpus import accounts

from . import cache, ingest, report, services
from .auth import COOKIE, login, need
from .cache import cached, source_profile
from .templates import render

router = APIRouter(include_in_schema=False)


@router.get("/")
def overview(request: Request):
    with request.app.state.pool.store() as store:
        data = cached(request, store, services.overview)
    return render(request, "overview.html", {"o": data})


@router.get("/search")
def search(request: Request, q: str = "", outlet: str = "", date_from: str = "", date_to: str = "",
           source: str = "", stance: str = ""):
    form = {"q": q[:500], "outlet": outlet[:200], "date_from": date_from[:10], "date_to": date_to[:10],
            "source": source[:200], "stance": stance[:20]}
    with request.app.state.pool.store() as store:
        # The API's argument order and limit: the page and `/api/v1/search` share one cached answer.
        hits = cache.search(request, store, *form.values(), limit=services.SEARCH_LIMIT)
        outlets = cached(request, store, services.outlets)
    return render(request, "search.html", {"hits": hits, "form": form, "outlets": outlets,
                                           "stances": services.STANCES})


@router.get("/articles/{ref:path}")
def article(request: Request, ref: str):
    with request.app.state.pool.store() as store:
        analysis = cached(request, store, services.article, ref)
        state = None if analysis else services.article_state(store, ref)
    if analysis is None:
        if state is None:
            raise HTTPException(404, "no article with that ref")
        return render(request, "article_state.html", {"s": state})
    return render(request, "article.html", report.context(analysis))


@router.get("/export/attributions.csv")
def attributions_csv(request: Request, ref: str):
    with request.app.state.pool.store() as store:
        analysis = cached(request, store, services.article, ref)
    if analysis is None:
        raise HTTPException(404, "no analysed article with that ref")
    return csv_response(services.attribution_rows(analysis), "attributions.csv")


def csv_response(rows: list[dict], name: str) -> Response:
    from sourcetrace.corpus.flat import ARTICLE_COLUMNS, ATTRIBUTION_COLUMNS
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=[*ARTICLE_COLUMNS, *ATTRIBUTION_COLUMNS])
    writer.writeheader()
    for row in rows:
        # A cell starting with = + - @ would be a formula in a spreadsheet: the text is untrusted.
        writer.writerow({k: ("'" + v if isinstance(v, str) and v[:1] in "=+-@\t\r" else v) for k, v in row.items()})
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.get("/claims/{claim_id}")
def claim(request: Request, claim_id: int):
    with request.app.state.pool.store() as store:
        page = cached(request, store, services.claim, claim_id)
    if page is None:
        raise HTTPException(404, "no such claim")
    return render(request, "claim.html", {"c": page})


@router.get("/claims/{claim_id}/story")
def story_page(request: Request, claim_id: int):
    """The story layer's own page for the claim's cluster (no script; its style allowed by hash)."""
    from sourcetrace.render.html import _asset, _csp_hash
    from sourcetrace.render.story import render_story
    with request.app.state.pool.store() as store:
        page = cached(request, store, services.claim, claim_id)
    if page is None or page["cluster"] is None:
        raise HTTPException(404, "this claim is not in a cluster across articles")
    csp = ("default-src 'none'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; "
           f"style-src {_csp_hash(_asset('story.css'))}; script-src 'none'")
    return Response(render_story(page["cluster"]), media_type="text/html; charset=utf-8",
                    headers={"Content-Security-Policy": csp, "Cache-Control": "no-store"})


@router.get("/sources")
def sources(request: Request):
    with request.app.state.pool.store() as store:
        rows = cached(request, store, services.sources)
    return render(request, "sources.html", {"sources": rows})


@router.get("/source")
def source(request: Request, name: str):
    with request.app.state.pool.store() as store:
        profile = source_profile(request, store, name[:300])
    if profile is None:
        raise HTTPException(404, "no source of that name")
    return render(request, "source.html", {"p": profile})


@router.get("/review")
def review(request: Request):
    with request.app.state.pool.store() as store:
        queue = cached(request, store, services.review_queue)
        done = cached(request, store, services.decisions)
    return render(request, "review.html", {"queue": queue, "done": done})


@router.post("/review/{link_id}")
def decide(request: Request, link_id: int, decision: str = Form(...), user=Depends(need("reviewer"))):
    if decision not in ("confirm", "reject"):
        raise HTTPException(422, "decision: confirm or reject")
    with request.app.state.pool.store() as store:
        if services.decide(store, link_id, decision, user.name) is None:
            raise HTTPException(409, "that link is not waiting for a decision")
    return RedirectResponse("/review", status_code=303)


@router.get("/ingest")
def ingest_page(request: Request):
    with request.app.state.pool.store() as store:
        jobs = services.jobs(store)
    return render(request, "ingest.html", {"jobs": jobs, "message": None,
                                           "limit": request.app.state.config.max_upload_bytes})


@router.post("/ingest")
async def ingest_submit(request: Request, files: list[UploadFile] = File(default=[]), text: str = Form(""),
                        url: str = Form(""), outlet: str = Form(""), published: str = Form(""),
                        title: str = Form(""), author: str = Form(""), urls: str = Form(""),
                        user=Depends(need("reviewer"))):
    uploads = [(f.filename or "upload", await f.read()) for f in files]
    try:
        # Writing the uploads and the job row blocks: in a worker thread, not on the loop every request shares.
        job_id = await run_in_threadpool(ingest.start, request.app, user.name, uploads, text,
                                         {"url": url, "outlet": outlet, "published": published, "title": title,
                                          "author": author}, urls)
    except ingest.IngestRequestError as error:
        jobs = await run_in_threadpool(_jobs, request)
        return render(request, "ingest.html", {"jobs": jobs, "message": str(error),
                                               "limit": request.app.state.config.max_upload_bytes}, status=400)
    return RedirectResponse(f"/ingest/jobs/{job_id}", status_code=303)


def _jobs(request: Request) -> list[dict]:
    with request.app.state.pool.store() as store:
        return services.jobs(store)


@router.get("/ingest/jobs/{job_id}")
def job_page(request: Request, job_id: int):
    with request.app.state.pool.store() as store:
        job = services.job(store, job_id)
    if job is None:
        raise HTTPException(404, "no such job")
    return render(request, "job.html", {"job": job})


@router.get("/account")
def account(request: Request):
    return render(request, "account.html", {"token": None})


@router.post("/account/tokens")
def new_token(request: Request, label: str = Form("script"), user=Depends(login)):
    if request.state.csrf is None:
        raise HTTPException(403, "API tokens are made from a logged-in browser session")
    with request.app.state.pool.store() as store:
        token = accounts.create_token(store, user, label)
    return render(request, "account.html", {"token": token})


@router.post("/logout")
def logout(request: Request):
    with request.app.state.pool.store() as store:
        accounts.end_session(store, request.cookies.get(COOKIE, ""))
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(COOKIE)
    return response
