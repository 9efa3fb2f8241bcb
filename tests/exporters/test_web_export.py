"""The workspace's exports: ``/export/{fmt}`` for everyone or one person, and the Export menu on
the people list and on each dossier, clicked in a real browser (Playwright + Chromium)."""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from factoid import api, exporters
from factoid.web.app import create_app
from tests.exporters.conftest import export
from tests.web.conftest import CHROMIUM, LiveServer, launch_chromium

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def client(kb: api.KnowledgeBase) -> TestClient:
    return TestClient(create_app(kb))


@pytest.mark.parametrize("fmt", exporters.names())
def test_route_serves_what_the_cli_writes(client: TestClient, kb: api.KnowledgeBase, fmt: str) -> None:
    for params, person in (({}, None), ({"person": "nikolai-yezhov"}, "person/nikolai-yezhov")):
        r = client.get(f"/export/{fmt}", params=params)
        assert r.status_code == 200
        assert r.headers["content-disposition"].startswith("attachment; filename=\"factoid")
        files, _ = export(kb, fmt, person=person)
        if exporters.get(fmt).multi:
            with zipfile.ZipFile(io.BytesIO(r.content)) as zf:
                assert {n: zf.read(n).decode("utf-8") for n in zf.namelist()} == files
        else:
            assert r.content.decode("utf-8") == next(iter(files.values()))


def test_left_out_is_counted(client: TestClient, kb: api.KnowledgeBase) -> None:
    r = client.get("/export/quickstatements")
    assert int(r.headers["x-factoid-left-out"]) == len(export(kb, "quickstatements")[1].skipped) > 0


def test_route_errors(client: TestClient) -> None:
    assert client.get("/export/pdf").status_code == 422
    assert client.get("/export/tei", params={"person": "nobody-at-all"}).status_code == 404


def test_menus_list_every_format(client: TestClient) -> None:
    people = client.get("/people").text
    dossier = client.get("/people/nikolai-yezhov").text
    for fmt in exporters.names():
        assert f'href="/export/{fmt}"' in people
        assert f'href="/export/{fmt}?person=person/nikolai-yezhov"' in dossier


@pytest.fixture(scope="module")
def page(kb: api.KnowledgeBase) -> Iterator[object]:
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with LiveServer(create_app(kb)) as server, sync_api.sync_playwright() as p:
        browser = launch_chromium(p)
        context = browser.new_context(accept_downloads=True, base_url=server.url)
        yield context.new_page()
        browser.close()


@pytest.mark.browser
@pytest.mark.parametrize("path", ["/people", "/people/nikolai-yezhov"])
def test_browser_downloads_each_export_from_the_menu(page, kb: api.KnowledgeBase, path: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(path)
    menu = page.locator("details.export-menu")
    menu.locator("summary").click()
    links = menu.locator("a")
    assert links.count() == len(exporters.names())
    person = "person/nikolai-yezhov" if path != "/people" else None
    for i, fmt in enumerate(exporters.names()):
        with page.expect_download() as info:
            links.nth(i).click()
        download = info.value
        spec = exporters.get(fmt)
        assert download.suggested_filename.endswith(".zip" if spec.multi else spec.suffix)
        data = open(download.path(), "rb").read()
        files, _ = export(kb, fmt, person=person)
        if spec.multi:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                assert sorted(zf.namelist()) == sorted(files)
        else:
            assert data.decode("utf-8") == next(iter(files.values()))
