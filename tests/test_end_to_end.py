"""End to end on the bundled examples (examples/corpus): ingest, build, export, and check what
examples/README.md says a careful reader should get."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factoid.cli import app

pytestmark = pytest.mark.slow

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "corpus"
runner = CliRunner()


def cli(db: Path, *args: str) -> str:
    result = runner.invoke(app, ["--db", str(db), *args])
    assert result.exit_code == 0, f"{result.output}\n{result.exception!r}"
    return result.stdout


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("examples")
    corpus = shutil.copytree(EXAMPLES, base / "corpus")
    db = base / "kb.db"
    assert json.loads(cli(db, "ingest", str(corpus), "--json"))["new"] == 6
    assert json.loads(cli(db, "build", "--json"))["extracted"] == 6
    return db


@pytest.fixture(scope="module")
def lines(kb: Path) -> list[dict]:
    out = kb.parent / "claims.jsonl"
    cli(kb, "export", "--format", "claims-jsonl", "--include-comments", "-o", str(out))
    return [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]


def passages(kb: Path, doc: str) -> list[dict]:
    return json.loads(cli(kb, "passages", doc, "--json"))


def texts(kb: Path) -> dict[str, str]:
    with sqlite3.connect(kb) as conn:
        return dict(conn.execute("SELECT id, text FROM documents"))


def test_grounding_is_total(kb: Path, lines: list[dict]) -> None:
    docs = texts(kb)
    sources = [s for line in lines for s in line["sources"]]
    assert len(lines) > 20 and sources
    # a web page's quote cites the saved page (offsets "page"), every other the stored text
    files = {d: (kb.parent / "corpus" / d).read_text(encoding="utf-8") for d in docs}
    page = [s for s in sources if s.get("offsets") == "page"]
    bad = [s for s in sources if (files if s in page else docs)[s["document"]][s["start"] : s["end"]] != s["quote"]]
    assert bad == [] and page


def test_every_stored_claim_is_grounded(kb: Path) -> None:
    docs = texts(kb)
    with sqlite3.connect(kb) as conn:
        claims = conn.execute('SELECT document_id, start, "end", quote FROM claims').fetchall()
    assert claims and all(docs[d][a:b] == q for d, a, b, q in claims)


def test_comment_thread_is_comment(kb: Path) -> None:
    ps = passages(kb, "reiss-blog.txt")
    comments = [p for p in ps if p["role"] == "comment"]
    assert comments
    for name in ("Marta K. said", "Anonymous said"):
        hits = [p for p in ps if name in p["text"]]
        assert hits and all(p["role"] == "comment" for p in hits), name
    first_comment = min(p["index"] for p in comments)
    assert all(p["role"] in {"comment", "boilerplate"} for p in ps if p["index"] > first_comment)
    assert any(p["role"] == "main" and "Reiss" in p["text"] for p in ps if p["index"] < first_comment)


def test_comment_claims_are_marked_as_comments(lines: list[dict]) -> None:
    reiss_1938 = [l for l in lines if l["subject"]["name"] == "Ignace Reiss"
                  and l["property"] == "date_of_death" and l["value"].startswith("1938")]
    for line in reiss_1938:
        assert {s["role"] for s in line["sources"]} == {"comment"}


def test_novel_excerpt_is_offtopic(kb: Path, lines: list[dict]) -> None:
    ps = passages(kb, "orlov-profile.txt")
    novel = [p for p in ps if "Countess" in p["text"] or "Mitya" in p["text"] or "Dmitri" in p["text"]]
    assert len(novel) >= 3 and all(p["role"] == "offtopic" for p in novel)
    heading = [p for p in ps if p["text"].startswith("Excerpt from a related novel")]
    assert heading and heading[0]["role"] == "offtopic"
    spans = [(p["start"], p["end"]) for p in novel]
    for line in lines:
        for s in line["sources"]:
            if s["document"] == "orlov-profile.txt":
                assert not any(a <= s["start"] < b for a, b in spans), line


def test_copy_is_tied_to_its_original(kb: Path) -> None:
    """examples/README.md: copy detection ties orlov-profile.txt and its republished copy."""
    links = [(d, p["duplicate_of"]) for d in ("orlov-profile.txt", "orlov-profile-copy.txt")
             for p in passages(kb, d) if p["duplicate_of"]]
    across = [(d, target) for d, target in links if target.split("#")[0] != d]
    assert len(across) >= 5, links
    assert {d for d, _ in across} | {t.split("#")[0] for _, t in across} == {"orlov-profile.txt", "orlov-profile-copy.txt"}


def test_copy_points_at_the_first_occurrence_in_corpus_order(kb: Path) -> None:
    """Which of two copies was published first cannot be read off the text, so a repeated
    passage links to the first occurrence in corpus order (document id, passage index)."""
    marked = [p for p in passages(kb, "orlov-profile.txt") if p["duplicate_of"]]
    assert marked and all(p["duplicate_of"].startswith("orlov-profile-copy.txt#") for p in marked)
    assert not [p for p in passages(kb, "orlov-profile-copy.txt") if (p["duplicate_of"] or "").startswith("orlov-profile.txt")]


def test_krivitsky_date_of_death_is_disputed(kb: Path, lines: list[dict]) -> None:
    disputes = json.loads(cli(kb, "disputes", "Krivitsky", "--json"))
    death = [d for d in disputes if d["property"] == "date_of_death"]
    assert death, disputes
    values = {side["value"] for d in death for side in d["sides"]}
    assert "1941-02-10" in values and len(values) >= 2
    assert any(l["disputed"] for l in lines if l["subject"]["name"] == "Walter Krivitsky" and l["property"] == "date_of_death")


@pytest.mark.parametrize(
    ("name", "cyrillic", "other"),
    [
        ("Walter Krivitsky", "Вальтер", {"Krivitzky", "W. G. Krivitsky"}),
        ("Ignace Reiss", "Игнатий Рейсс", {"Ignatz Reiss"}),
        ("Alexander Orlov", "Александр", set()),
    ],
)
def test_people_are_one_person_each(kb: Path, name: str, cyrillic: str, other: set[str]) -> None:
    people = json.loads(cli(kb, "people", "--json"))
    surname = name.split()[-1]
    hits = [p for p in people if p["name"] == name]
    assert len(hits) == 1, [p["name"] for p in people if surname in p["name"]]
    person = hits[0]
    assert any(cyrillic in a for a in person["aliases"]), person["aliases"]
    assert other <= set(person["aliases"])
    # no second person carries the same full name or the Cyrillic form
    for p in people:
        if p is not person:
            assert p["name"] != name and not any(cyrillic in a for a in p["aliases"]), p
    assert person["documents"] >= 3


def test_ask_krivitsky_death(kb: Path) -> None:
    data = json.loads(cli(kb, "ask", "When did Krivitsky die?", "--json"))
    assert data["person"]["name"] == "Walter Krivitsky"
    assert "1941-02-10" in data["answer"] and data["citations"]


def test_source_role_is_the_role_of_its_passage(kb: Path, lines: list[dict]) -> None:
    roles = {d: passages(kb, d) for d in texts(kb)}
    wrong = []
    for line in lines:
        for s in line["sources"]:
            here = [p["role"] for p in roles[s["document"]] if p["start"] <= s["start"] < p["end"]]
            if here and s["role"] != here[0]:
                wrong.append((s["document"], s["start"], s["role"], here[0]))
    assert wrong == []


def test_rebuild_is_a_noop(kb: Path, lines: list[dict]) -> None:
    report = json.loads(cli(kb, "build", "--json"))
    assert report["extracted"] == 0 and report["unchanged"] == 6
    again = kb.parent / "again.jsonl"
    cli(kb, "export", "--include-comments", "-o", str(again))
    assert [json.loads(x) for x in again.read_text(encoding="utf-8").splitlines()] == lines
