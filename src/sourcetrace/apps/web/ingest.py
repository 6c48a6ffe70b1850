"""Turning an ingest request (uploaded files, pasted text, URLs) into a background job.

Uploads are written to a folder of the job's own, under names the server picks (the
client's file name is only shown, never used as a path), and read lazily in the worker by
the ingest layer's `iter_inputs`; URLs are fetched there too, public addresses only.
"""
from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Iterator

from sourcetrace.contract import Article, ArticleError
from sourcetrace.ingest import InputError, iter_inputs, override_meta
from sourcetrace.ingest.errors import safe_ref

from .jobs import Job, create_job

SUFFIXES = (".jsonl.gz", ".warc.gz", ".jsonl", ".ndjson", ".warc", ".html", ".htm", ".txt", ".md")
MAX_URLS = 200


class IngestRequestError(ValueError):
    """Nothing to ingest, or a bad field; one line for the person."""


def _suffix(name: str) -> str:
    lower = name.lower()
    return next((s for s in SUFFIXES if lower.endswith(s)), ".txt")


def start(app, user_name: str, uploads: list[tuple[str, bytes]], text: str, meta: dict, urls: str,
          texts: list[str] = ()) -> int:
    """Queue a job for what was sent (`texts`: more pasted texts, as the API takes them); returns its id."""
    texts = [t for t in (text, *texts) if t.strip()]
    settings = app.state.config.settings
    url_list = [u.strip() for u in urls.splitlines() if u.strip() and not u.strip().startswith("#")]
    if len(url_list) > MAX_URLS:
        raise IngestRequestError(f"{len(url_list)} URLs: at most {MAX_URLS} a request")
    bad = [u for u in url_list if not u.lower().startswith(("http://", "https://"))]
    if bad:
        raise IngestRequestError(f"{safe_ref(bad[0])[:80]}: only http(s) URLs can be fetched")
    uploads = [(name, data) for name, data in uploads if data]
    if not (uploads or texts or url_list):
        raise IngestRequestError("nothing to ingest: choose files, paste a text or give URLs")
    try:
        overrides = override_meta({k: (v.strip() or None) for k, v in meta.items()})
    except InputError as error:
        raise IngestRequestError(error.message if hasattr(error, "message") else str(error)) from None
    folder, names = None, {}
    if uploads:
        folder = Path(tempfile.mkdtemp(prefix="sourcetrace-upload-"))
        for number, (name, data) in enumerate(uploads):
            path = folder / f"{number:04d}{_suffix(name)}"
            path.write_bytes(data)
            names[str(path)] = "upload/" + safe_ref(Path(name).name or f"file{number}")[:200]
    shown = list(names.values())[:3] + ([f"{len(texts)} pasted text(s)"] if texts else []) + url_list[:3]
    label = ", ".join(shown)
    max_bytes = settings.max_input_bytes

    def items() -> Iterator[Article | ArticleError]:
        for number, pasted in enumerate(texts, 1):
            if len(pasted.encode("utf-8")) > max_bytes:
                yield ArticleError(ref=f"pasted text {number}", reason="too_large",
                                   message=f"over the {max_bytes:,}-byte limit for one article")
                continue
            yield Article(text=pasted, meta=overrides) if overrides else Article(text=pasted)
        for path, shown in names.items():
            for item in iter_inputs([path], max_bytes=max_bytes):
                yield _renamed(item, path, shown)
        if url_list:
            yield from iter_inputs(url_list, max_bytes=max_bytes, public_only=True)

    with app.state.pool.store() as store:
        job_id = create_job(store, user_name, label or "ingest", None)
    app.state.worker.submit(Job(job_id, items, cleanup=folder))
    return job_id


def _renamed(item: Article | ArticleError, path: str, shown: str) -> Article | ArticleError:
    """The item with the server's temporary path in its ref replaced by the uploaded file's name."""
    if item.ref and item.ref.startswith(path):
        return item.model_copy(update={"ref": shown + item.ref[len(path):]})
    return item
