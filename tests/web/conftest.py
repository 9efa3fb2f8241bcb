"""Fixtures of the web tests: knowledge bases built once per session from small documents.

Building loads the spaCy model (a few seconds), so each knowledge base is session-scoped.
``kb`` holds three short biographies of Ignace Reiss that disagree on his year of birth (one
of them with a comment thread); ``xss_kb`` adds documents whose text, title and file name are
full of script payloads.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from fastapi.testclient import TestClient

from factoid import api
from factoid.web.app import create_app

FIXTURES = Path(__file__).parent / "fixtures"

XSS_TEXT = """<script>alert(1)</script> Notes on Ignace Reiss

Ignace Reiss was born in 1897 in <img src=x onerror=alert(1)>Lwów.

Reiss was killed on 4 September 1937 near Lausanne. See <a href="javascript:alert(1)">the file</a> and javascript:alert(1) for details.

His wife was Elsa "<script>alert('x')</script>" Poretsky.
"""
XSS_NAME = "xss-<img src=x onerror=alert(1)>.txt"
XSS_HTML = """<html><head><title>&lt;script&gt;alert(1)&lt;/script&gt; Reiss &lt;img src=x onerror=alert(1)&gt;</title></head>
<body><article><h1>&lt;script&gt;alert(1)&lt;/script&gt; Reiss</h1>
<p>Ignace Reiss was born in 1899 in Podwołoczyska. &lt;img src=x onerror=alert(1)&gt; <a href="javascript:alert(1)">click</a></p>
<p>Reiss was killed on 4 September 1937 near Lausanne &lt;script&gt;alert(2)&lt;/script&gt;.</p>
</article></body></html>
"""


def _build(db: Path, *folders: Path) -> api.KnowledgeBase:
    kb = api.open_kb(f"sqlite:///{db}")
    report = api.ingest(kb, list(folders))
    assert report.ok, report.failed
    api.build(kb)
    return kb


@pytest.fixture(scope="session")
def kb(tmp_path_factory: pytest.TempPathFactory) -> api.KnowledgeBase:
    return _build(tmp_path_factory.mktemp("kb") / "web.db", FIXTURES)


@pytest.fixture(scope="session")
def client(kb: api.KnowledgeBase) -> TestClient:
    return TestClient(create_app(kb))


@pytest.fixture(scope="session")
def xss_kb(tmp_path_factory: pytest.TempPathFactory) -> api.KnowledgeBase:
    folder = tmp_path_factory.mktemp("xss-docs")
    (folder / XSS_NAME).write_text(XSS_TEXT, encoding="utf-8")
    (folder / "xss-page.html").write_text(XSS_HTML, encoding="utf-8")
    return _build(tmp_path_factory.mktemp("xss") / "xss.db", folder, FIXTURES)


#: Debian's Chromium, which `make test` installs; browser tests skip, saying why, without it.
CHROMIUM = "/usr/bin/chromium"
#: Headless, and none of the background connections this machine's closed network refuses.
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--no-first-run"]


#: Screenshots the browser tests write for a human to look at (gitignored).
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def launch_chromium(playwright):  # type: ignore[no-untyped-def]
    """Chromium launched the one way every browser test here launches it."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """One Chromium per browser test module (the modules skip themselves without Chromium or Playwright)."""
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = launch_chromium(p)
        yield b
        b.close()


class LiveServer:
    """uvicorn serving one app in a background thread on 127.0.0.1 and a free port."""

    def __init__(self, app: object) -> None:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="session")
def live_server(xss_kb: api.KnowledgeBase) -> Iterator[LiveServer]:
    with LiveServer(create_app(xss_kb)) as server:
        yield server
