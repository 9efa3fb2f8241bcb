"""Curation in a real browser: each form driven end to end (Playwright, Debian's headless
Chromium, uvicorn on 127.0.0.1), its effect checked on the page after a reload, and a forged
POST without the token refused. Every test starts from a fresh copy of the built knowledge base."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from factoid import api
from factoid.web.app import create_app
from tests.web.conftest import ARTIFACTS, CHROMIUM, LiveServer
from tests.web.curation_fixtures import built_db, fresh_kb  # noqa: F401 - fixtures

pytestmark = [pytest.mark.browser, pytest.mark.slow]

if not os.path.exists(CHROMIUM):
    pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)", allow_module_level=True)

pytest.importorskip("playwright.sync_api")  # the browser fixture (conftest) needs it

REISS = "/people/ignace-reiss"
CLAIMS = REISS + "/claims"  # the paged claims page, where each quote has its curation forms
@pytest.fixture
def server(fresh_kb: api.KnowledgeBase) -> Iterator[LiveServer]:
    with LiveServer(create_app(fresh_kb, user="tester", edits=True)) as live:
        yield live


@pytest.fixture
def page(browser, server: LiveServer):  # type: ignore[no-untyped-def]
    """A page with JavaScript off: the forms must work without it. Page errors are recorded."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=False,
                                  base_url=server.url)
    pg = context.new_page()
    pg.problems = []  # type: ignore[attr-defined]
    pg.on("pageerror", lambda e: pg.problems.append(f"pageerror: {e}"))
    yield pg
    assert pg.problems == []
    context.close()


def _row(page, text: str):  # type: ignore[no-untyped-def]
    """The claim row whose quote contains ``text``."""
    row = page.locator("tr.claim-row").filter(has_text=text)
    assert row.count() >= 1, f"no claim row quoting {text!r}"
    return row.first


def _flash(page) -> str:  # type: ignore[no-untyped-def]
    return page.locator("p.flash").inner_text()


def test_mark_wrong_strikes_the_claim_through(page, fresh_kb: api.KnowledgeBase) -> None:  # type: ignore[no-untyped-def]
    page.goto(REISS)
    page.locator("#claims").get_by_role("link", name="Open the claims page").click()  # the dossier links to the forms
    page.wait_for_url(f"**{CLAIMS}")
    assert page.locator("header .who").inner_text().startswith("tester")
    row = _row(page, "born in 1902")
    key = row.get_attribute("data-key")
    row.locator("input[name=reason]").fill("a forum guess, no source given")
    row.get_by_role("button", name="Mark wrong", exact=False).click()
    page.wait_for_url(f"**{CLAIMS}")
    assert "Marked wrong" in _flash(page)
    page.reload()
    assert page.locator("p.flash").count() == 0  # a flash is shown once
    assert page.locator(f"tr.claim-row[data-key='{key}']").count() == 0
    struck = page.locator(f"li.deprecated[data-key='{key}']")
    assert "1902" in struck.locator("del").inner_text()
    assert "a forum guess, no source given" in struck.inner_text() and "tester" in struck.inner_text()
    [decision] = api.decisions(fresh_kb)
    assert (decision["verdict"], decision["user"]) == ("wrong", "tester")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / "curation-claims.png", full_page=True)
    page.goto(REISS)  # the dossier counts it
    assert "1 marked wrong" in page.locator("#claims").inner_text()
    page.screenshot(path=ARTIFACTS / "curation-person.png", full_page=True)


def test_confirm_a_claim(page) -> None:  # type: ignore[no-untyped-def]
    page.goto(CLAIMS)
    row = _row(page, "Lausanne")
    key = row.get_attribute("data-key")
    row.locator("input[name=reason]").fill("matches the police report")
    row.get_by_role("button", name="Confirm", exact=False).click()
    page.wait_for_url(f"**{CLAIMS}")
    page.reload()
    reason = page.locator(f"tr.claim-row[data-key='{key}'] .rank-reason").inner_text()
    assert "confirmed" in reason and "matches the police report" in reason


def test_prefer_a_dispute_side(page) -> None:  # type: ignore[no-untyped-def]
    page.goto(REISS)
    dispute = page.locator("#disputes article.dispute").filter(has_text="date of birth")
    form = dispute.locator("form.prefer-form").filter(has=page.get_by_role("button", name="Prefer 1898"))
    form.locator("input[name=reason]").fill("the party file is primary")
    form.get_by_role("button", name="Prefer 1898").click()
    page.wait_for_url(f"**{REISS}")
    page.reload()
    pref = page.locator("#disputes .user-pref").inner_text()
    assert "1898" in pref and "computed preference: 1899" in pref
    infobox = page.locator(".infobox tr").filter(has_text="date of birth")
    assert "1898" in infobox.locator(".value").inner_text() and "computed: 1899" in infobox.inner_text()
    page.goto("/disputes")  # the disputes page says the same
    assert "computed preference: 1899" in (page.locator(".user-pref").first.text_content() or "")


def test_merge_two_people(page, fresh_kb: api.KnowledgeBase) -> None:  # type: ignore[no-untyped-def]
    before = len(api.people(fresh_kb))
    page.goto("/people/elsa-poretsky")
    page.get_by_label("Merge with").fill("person/walter-krivitsky")
    page.locator("form.pair-form").filter(has=page.get_by_label("Merge with")).locator("input[name=reason]").fill("test merge")
    page.get_by_role("button", name="Merge", exact=True).click()
    page.wait_for_load_state()
    assert "Merged" in _flash(page)
    page.reload()
    heading = page.locator("h1").inner_text() + " " + page.locator(".aliases-line").inner_text()
    assert "Poretsky" in heading and "Krivitsky" in heading
    assert len(api.people(fresh_kb)) == before - 1


def test_split_off_a_source(page, fresh_kb: api.KnowledgeBase) -> None:  # type: ignore[no-untyped-def]
    page.goto(REISS)
    box = page.locator("details.split-box")
    main = box.locator("p.split-main").get_attribute("data-main")
    assert main
    other = "reiss-forum.txt" if main != "reiss-forum.txt" else "reiss-notes.txt"
    box.locator("summary").click()
    form = box.locator("form").filter(has=page.get_by_role("button", name=f"Split off {other}"))
    form.locator("input[name=reason]").fill("the forum means another Reiss")
    form.get_by_role("button", name=f"Split off {other}").click()
    page.wait_for_load_state()
    assert "Split" in _flash(page)
    page.reload()  # the page of the person the split-off source now names
    sources = page.locator("#sources").inner_text()
    assert other in sources and main not in sources
    reisses = [p for p in api.people(fresh_kb) if p["name"] == "Ignace Reiss"]
    assert len(reisses) == 2


def test_note_on_a_person(page) -> None:  # type: ignore[no-untyped-def]
    page.goto(REISS)
    page.locator("#curate details.note-box summary").click()
    page.locator("#curate textarea[name=text]").fill("Ask the archive for the party file.")
    page.locator("#curate").get_by_role("button", name="Save note").click()
    page.wait_for_url(f"**{REISS}")
    page.reload()
    assert "Ask the archive for the party file." in page.locator("#curate .notes").inner_text()


def test_undo_from_the_audit_page(page, fresh_kb: api.KnowledgeBase) -> None:  # type: ignore[no-untyped-def]
    _, claims = api.person_claims(fresh_kb, "person/ignace-reiss")
    key = next(c["key"] for c in claims if "1902" in str(c["value"]))
    decision = api.judge(fresh_kb, "claim", key, verdict="wrong", reason="hasty", user="tester")
    page.goto(CLAIMS)
    assert page.locator(f"li.deprecated[data-key='{key}']").count() == 1
    page.goto("/decisions")
    row = page.locator(f"tr#decision-{decision['id']}")
    assert "hasty" in row.inner_text() and "tester" in row.inner_text() and "born in 1902" in row.inner_text()
    row.get_by_role("button", name=f"Undo decision {decision['id']}").click()
    page.wait_for_url("**/decisions")
    page.reload()
    rows = page.locator("tr.decision")
    assert rows.count() == 2 and rows.first.get_attribute("data-kind") == "undo"  # newest first
    assert "undone by" in page.locator(f"tr#decision-{decision['id']}").inner_text()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / "curation-decisions.png", full_page=True)
    page.goto(CLAIMS)
    assert page.locator("li.deprecated").count() == 0
    assert page.locator(f"tr.claim-row[data-key='{key}']").count() == 1


def test_review_page_judges_an_item(page, fresh_kb: api.KnowledgeBase) -> None:  # type: ignore[no-untyped-def]
    page.goto("/review")
    claim = page.locator("article.review-item[data-kind=claim]").first
    title = claim.locator("h2").inner_text()
    assert claim.locator(".why-list li").count() >= 1 and "confidence" in claim.locator(".why-list").inner_text()
    claim.get_by_role("button", name="Mark wrong", exact=False).click()
    page.wait_for_url("**/review")
    page.reload()
    assert title not in [t.inner_text() for t in page.locator("article.review-item h2").all()]
    assert len(api.decisions(fresh_kb)) == 1


def test_forged_post_is_refused(page, fresh_kb: api.KnowledgeBase) -> None:  # type: ignore[no-untyped-def]
    page.goto(CLAIMS)  # the browser holds a session cookie, as a victim's would
    key = _row(page, "born in 1902").get_attribute("data-key")
    for fields in ({}, {"csrf": "forged"}):
        r = page.request.post("/curate/claim", form={"key": key, "verdict": "wrong", "next": CLAIMS, **fields},
                              max_redirects=0)
        assert r.status == 403 and "token" in r.text()
    assert api.decisions(fresh_kb) == []
    page.reload()
    assert page.locator("li.deprecated").count() == 0


def test_curation_pages_are_accessible(browser, server: LiveServer, fresh_kb: api.KnowledgeBase) -> None:  # type: ignore[no-untyped-def]
    """axe-core finds no serious or critical problem in the forms (run with JavaScript on:
    axe is a script; the pages themselves have none)."""
    axe_mod = pytest.importorskip("axe_playwright_python.sync_playwright")
    _, claims = api.person_claims(fresh_kb, "person/ignace-reiss")
    key = next(c["key"] for c in claims if "1902" in str(c["value"]))
    api.judge(fresh_kb, "claim", key, verdict="wrong", reason="r", user="tester")
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=server.url, bypass_csp=True)
    pg = context.new_page()
    axe = axe_mod.Axe()
    try:
        for path in (REISS, CLAIMS, REISS + "/sources", "/decisions", "/review", "/disputes"):
            pg.goto(path)
            parts = [[sel] for sel in ("form.curate", "table.decisions", "#curate", "#claims", "article.review-item",
                                       ".user-pref") if pg.locator(sel).count()]
            assert parts, path
            result = axe.run(pg, context={"include": parts})
            bad = [(v["id"], v["help"], [(n["target"], n["any"][0]["message"][:90] if n["any"] else "") for n in v["nodes"][:6]]) for v in result.response["violations"]
                   if v["impact"] in ("serious", "critical")]
            assert bad == [], (path, bad)
    finally:
        context.close()


def test_note_on_a_source(page) -> None:  # type: ignore[no-untyped-def]
    page.goto("/documents/reiss-forum.txt")
    page.locator("#curate details.note-box summary").click()
    page.locator("#curate textarea[name=text]").fill("A forum thread: hearsay, use with care.")
    page.locator("#curate").get_by_role("button", name="Save note").click()
    page.wait_for_url("**/documents/reiss-forum.txt")
    assert "Note added" in _flash(page)
    page.reload()
    assert "A forum thread: hearsay, use with care." in page.locator("#curate .notes").inner_text()
    page.goto(REISS)  # a note on a source is not a note on the person
    assert page.locator("#curate .notes").count() == 0
