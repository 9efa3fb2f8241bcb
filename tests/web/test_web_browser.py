"""The workspace in a real browser: Playwright driving Debian's headless Chromium against
uvicorn on 127.0.0.1. Screenshots land in ``test-artifacts/`` (gitignored) for a human to look at."""

from __future__ import annotations

import os
from urllib.parse import quote

import pytest

from tests.web.conftest import ARTIFACTS, CHROMIUM, XSS_NAME, LiveServer

pytestmark = [pytest.mark.browser, pytest.mark.slow]

if not os.path.exists(CHROMIUM):  # `make test` installs it; elsewhere these tests say why they skip
    pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)", allow_module_level=True)

pytest.importorskip("playwright.sync_api")  # the browser fixture (conftest) needs it


@pytest.fixture
def page(browser):  # type: ignore[no-untyped-def]
    """A fresh page that records console errors, page errors and dialogs (none may happen)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.problems = []  # type: ignore[attr-defined]
    pg.on("console", lambda m: pg.problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    pg.on("pageerror", lambda e: pg.problems.append(f"pageerror: {e}"))

    def on_dialog(d):  # type: ignore[no-untyped-def]
        pg.problems.append(f"dialog {d.type}: {d.message}")
        d.dismiss()

    pg.on("dialog", on_dialog)
    ARTIFACTS.mkdir(exist_ok=True)
    yield pg
    context.close()


def _in_viewport(pg, selector: str) -> bool:  # type: ignore[no-untyped-def]
    box = pg.locator(selector).first.bounding_box()
    vp = pg.viewport_size
    return box is not None and box["y"] >= 0 and box["y"] + min(box["height"], 40) <= vp["height"]


def test_people_to_dispute_quote(page, live_server: LiveServer) -> None:  # type: ignore[no-untyped-def]
    """The three-click path: people list -> dossier -> a disputed quote, scrolled into view."""
    page.goto(live_server.url + "/")
    assert page.locator("table.people tbody tr").count() >= 2
    page.screenshot(path=ARTIFACTS / "web-people.png", full_page=True)

    page.get_by_role("link", name="Ignace Reiss", exact=True).first.click()  # click 1
    page.wait_for_url("**/people/ignace-reiss")
    assert page.locator("h1").inner_text() == "Ignace Reiss"
    timeline = page.locator("svg.timeline.wide")
    assert timeline.count() == 1 and timeline.locator("path").count() >= 2  # disputed birth dates
    assert timeline.locator("rect, circle, path").count() >= 3
    network = page.locator("svg.network.wide")
    assert network.count() == 1 and network.locator("a.node").count() >= 1
    page.screenshot(path=ARTIFACTS / "web-dossier.png", full_page=True)

    quote_link = page.locator("#disputes .side").nth(1).locator("a.qtext").first  # click 2 shows it
    href = quote_link.get_attribute("href")
    assert href and "?claim=" in href and "#claim-" in href
    claim = href.rsplit("#claim-", 1)[1]
    quote_link.click()  # click 3
    page.wait_for_url("**/documents/**")
    target = f"#claim-{claim}"
    page.wait_for_selector(target)
    assert page.locator(target).evaluate("el => el.tagName") == "MARK"
    assert _in_viewport(page, target), "the quote the link points at is scrolled into view"
    page.screenshot(path=ARTIFACTS / "web-document.png")
    assert page.problems == []


def test_every_page_without_console_errors(page, live_server: LiveServer) -> None:  # type: ignore[no-untyped-def]
    for name, url in [("disputes", "/disputes"), ("documents", "/documents"), ("search", "/search?q=Lausanne"),
                      ("ask", "/ask?q=When+was+Ignace+Reiss+born%3F"), ("forum", "/documents/reiss-forum.txt"),
                      ("missing", "/people/nobody")]:
        response = page.goto(live_server.url + url)
        assert response is not None and response.status in (200, 404)
        page.screenshot(path=ARTIFACTS / f"web-{name}.png", full_page=True)
    page.goto(live_server.url + "/disputes")
    details = page.locator("details.dispute").first
    details.locator("summary").click()
    assert details.locator("a.qtext").first.is_visible()
    assert [p for p in page.problems if "404" not in p] == []


XSS_PAGES = [
    "/people", "/people/ignace-reiss", "/disputes", "/documents",
    "/people/ignace-reiss/claims", "/people/ignace-reiss/claims?value=" + quote("<script>alert(1)</script>"),
    "/people/ignace-reiss/sources",
    "/documents/" + quote(XSS_NAME), "/documents/xss-page.html",
    "/search?q=alert", "/search?q=script+img", "/search?q=" + quote("<script>alert(1)</script>"),
    "/ask?q=" + quote("When was Reiss born? <script>alert(1)</script>"),
    "/ask?q=" + quote("<img src=x onerror=alert(1)>"),
    "/people?q=" + quote('"><script>alert(1)</script>'),
]


def test_script_payloads_never_execute(page, live_server: LiveServer) -> None:  # type: ignore[no-untyped-def]
    """Documents full of script, event-handler and javascript: payloads (in text, title and
    file name): every page that shows them shows them as text, and nothing runs."""
    seen_text = ""
    for n, url in enumerate(XSS_PAGES):
        response = page.goto(live_server.url + url)
        assert response is not None and response.status == 200, url
        assert page.locator("script").count() == 0, url
        assert page.locator("img").count() == 0, url
        assert page.locator("[onerror], [onclick], [onload]").count() == 0, url
        hrefs = page.locator("a[href]").evaluate_all("els => els.map(e => e.getAttribute('href'))")
        assert not [h for h in hrefs if h.strip().lower().startswith("javascript:")], url
        # clicking every mark and link target does nothing harmful either
        seen_text += page.locator("body").inner_text()
        page.screenshot(path=ARTIFACTS / f"web-xss-{n}.png")
    assert "<script>alert(1)</script>" in seen_text  # shown, escaped, as text
    assert "<img src=x onerror=alert(1)>" in seen_text
    assert "javascript:alert(1)" in seen_text
    assert page.problems == [], page.problems


# ---- every page at desktop and phone size ------------------------------------------------------

SIZES = {"desktop": (1440, 900), "phone": (390, 844)}
PAGES = {
    "people": "/people", "dossier": "/people/ignace-reiss", "disputes": "/disputes", "documents": "/documents",
    "document": "/documents/reiss-forum.txt", "search": "/search?q=Reiss", "ask": "/ask?q=When+was+Ignace+Reiss+born%3F",
    "timeline": "/timeline", "network": "/network", "map": "/map", "search-cyrillic": "/search?q=%D0%A0%D0%B5%D0%B9%D1%81%D1%81",
    "claims": "/people/ignace-reiss/claims", "claims-filtered": "/people/ignace-reiss/claims?property=date_of_birth",
    "sources": "/people/ignace-reiss/sources",
    "edge": "/network/edge?a=person%2Fignace-reiss&b=person%2Felsa-poretsky&kind=family",
}


@pytest.fixture(params=list(SIZES))
def sized(request, browser):  # type: ignore[no-untyped-def]
    """A page at one of the two sizes the workspace is built for."""
    w, h = SIZES[request.param]
    context = browser.new_context(viewport={"width": w, "height": h}, bypass_csp=True)  # lets axe be injected
    pg = context.new_page()
    pg.size_name = request.param  # type: ignore[attr-defined]
    ARTIFACTS.mkdir(exist_ok=True)
    yield pg
    context.close()


def _axe_violations(pg) -> list[str]:  # type: ignore[no-untyped-def]
    """Serious and critical axe-core violations on the page, one line each."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(pg)
    return [f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes'][:3]]}"
            for v in results.response["violations"] if v["impact"] in ("serious", "critical")]


def _overflow(pg) -> int:  # type: ignore[no-untyped-def]
    """How many pixels the page scrolls sideways (0 when everything fits the screen)."""
    return pg.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")


@pytest.mark.parametrize("name", list(PAGES))
def test_page_fits_the_screen(sized, live_server: LiveServer, name: str) -> None:  # type: ignore[no-untyped-def]
    """No sideways scrolling of the page at 1440x900 or 390x844; screenshots for a reviewer."""
    response = sized.goto(live_server.url + PAGES[name])
    assert response is not None and response.status == 200
    sized.screenshot(path=ARTIFACTS / f"size-{sized.size_name}-{name}.png", full_page=True)
    assert _overflow(sized) <= 0, f"{name} scrolls sideways at {sized.size_name} size"
    sized.locator("details").evaluate_all("els => els.forEach(e => e.open = true)")  # check the hidden parts too
    bad = _axe_violations(sized)
    assert bad == [], f"{name} at {sized.size_name}: {bad}"
    for chart in sized.locator("svg.timeline, svg.network, svg.worldmap").all():
        if chart.is_visible():  # a chart is drawn at its own size, never scaled down below it
            box = chart.bounding_box()
            assert box and box["width"] >= float(chart.get_attribute("width")) - 1, name


def test_phone_header_and_charts(sized, live_server: LiveServer) -> None:  # type: ignore[no-untyped-def]
    """On a phone the search and ask boxes start on screen and the charts use their narrow layout."""
    sized.goto(live_server.url + "/people/ignace-reiss")
    vw = sized.viewport_size["width"]
    for sel in ("header.top input[name=q] >> nth=0", "header.top input[name=q] >> nth=1"):
        box = sized.locator(sel).bounding_box()
        assert box and 0 <= box["x"] and box["x"] + box["width"] <= vw, sel
    layout = "narrow" if sized.size_name == "phone" else "wide"
    assert sized.locator(f"svg.timeline.{layout}").is_visible()
    assert sized.locator(f"svg.network.{layout}").is_visible()
    font = sized.locator(f"svg.network.{layout} a.node text").first.evaluate(
        "el => el.getBoundingClientRect().height")
    assert font >= 11, "network labels keep a readable size"


def test_every_value_reaches_a_quote(sized, live_server: LiveServer) -> None:  # type: ignore[no-untyped-def]
    """Each preferred value, career or relation row opens its quotes with one tap, on the page."""
    sized.goto(live_server.url + "/people/ignace-reiss")
    rows = sized.locator(".infobox tr")
    assert rows.count() >= 3
    for i in range(rows.count()):
        details = rows.nth(i).locator("details.quotes")
        assert not details.locator("a.qtext").first.is_visible()
        details.locator("summary").click()
        assert details.locator("a.qtext").first.is_visible(), f"row {i}"
        href = details.locator("a.qtext").first.get_attribute("href")
        assert href and "?claim=" in href
    for details in sized.locator("#relations details.quotes").all():
        details.locator("summary").click()
        assert details.locator("a.qtext").first.is_visible()


def test_api_docs_render_offline(page, live_server: LiveServer) -> None:  # type: ignore[no-untyped-def]
    """Swagger UI and ReDoc draw the API from the packaged bundles; nothing is fetched from
    another origin (ReDoc's bundle names a logo on a CDN: the page's CSP blocks it)."""
    foreign: list[str] = []
    ours = (live_server.url, "blob:" + live_server.url, "data:")
    page.on("requestfinished", lambda r: foreign.append(r.url) if not r.url.startswith(ours) else None)
    page.goto(live_server.url + "/docs")
    page.wait_for_selector(".opblock-summary-path", timeout=15000)
    assert page.locator(".opblock").count() >= 8
    page.screenshot(path=ARTIFACTS / "web-docs-swagger.png")
    page.goto(live_server.url + "/redoc")
    page.get_by_text("/api/people", exact=True).first.wait_for(timeout=15000)
    page.screenshot(path=ARTIFACTS / "web-docs-redoc.png")
    assert foreign == []
    assert [p for p in page.problems if "Content Security Policy" in p and "logo-mini.svg" not in p] == []


def test_keyboard_skip_link_and_chart_list(sized, live_server: LiveServer) -> None:  # type: ignore[no-untyped-def]
    sized.goto(live_server.url + "/people/ignace-reiss")
    sized.keyboard.press("Tab")
    skip = sized.locator("a.skip")
    assert skip.evaluate("el => el === document.activeElement") and skip.is_visible()
    # the timeline's details can be read by tap, not only by hovering a mark
    lst = sized.locator("#timeline details.chart-list")
    lst.locator("summary").click()
    assert lst.locator("li").first.is_visible() and lst.locator("a[aria-label^='quote 1 from']").count() >= 1
