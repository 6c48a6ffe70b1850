"""The web app in a real chromium: a server of our own on 127.0.0.1 (tests/apps/web/webserver.py) and
pages that record dialogs, script errors, console errors and every request that leaves the server."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "apps" / "web"))

from webserver import serve  # noqa: E402


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    with serve(tmp_path_factory.mktemp("webui") / "corpus.duckdb") as running:
        yield running


@pytest.fixture(scope="module")
def web_context(browser, site):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    context.off_site = []

    def only_local(route):
        if route.request.url.startswith(site.url + "/"):
            route.continue_()
        else:  # nothing may be fetched from anywhere but the server itself
            context.off_site.append(route.request.url)
            route.abort()
    context.route("**/*", only_local)
    yield context
    context.close()


@pytest.fixture(scope="module")
def ui(web_context):
    page = web_context.new_page()
    page.dialogs, page.errors, page.console_errors = [], [], []
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.on("console", lambda m: page.console_errors.append(m.text) if m.type == "error" else None)
    yield page
    page.close()
