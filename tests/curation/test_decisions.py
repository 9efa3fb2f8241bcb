"""Decisions survive rebuilds, re-ingests, added documents and edited texts; undo restores
the computed state exactly; export/import round-trips (factoid.curation, factoid.api)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from factoid import api
from factoid.errors import NotFoundError, UsageError

from .conftest import claims_jsonl, on_every_backend, person_of

PARAGRAPH = "A catalogue note: this file was copied by hand from a typescript kept in a box of papers.\n\n"


def _lines(kb: api.KnowledgeBase, person: str, prop: str, **kw: bool) -> list[dict]:
    return [ln for ln in api.export_lines(kb, **kw) if ln["subject"]["id"] == person and ln["property"] == prop]


def decide(kb: api.KnowledgeBase) -> None:
    """A merge, a split, a wrong claim and a preference."""
    api.judge(kb, "same", "Lev Feldbin", "Alexander Orlov", reason="Orlov was Feldbin's alias", user="ann")
    api.judge(kb, "different", "Anna Petrova@petrova-letters.txt", "Anna Petrova@petrova-museum.txt",
              reason="a chemist and a violinist", user="ann")
    orlov = person_of(kb, "orlov.txt").pop()
    (death,) = _lines(kb, orlov, "place_of_death")
    api.judge(kb, "claim", death["key"], verdict="wrong", reason="he died elsewhere", user="ann")
    api.judge(kb, "prefer", orlov, "date_of_birth", "1895-08-21", reason="the passport says so", user="ann")


def check(kb: api.KnowledgeBase) -> None:
    """Every one of the four decisions is in effect."""
    (orlov,) = person_of(kb, "orlov.txt")
    assert person_of(kb, "feldbin.txt") == {orlov}, "merge lost"
    assert person_of(kb, "petrova-letters.txt").isdisjoint(person_of(kb, "petrova-museum.txt")), "split lost"
    assert _lines(kb, orlov, "place_of_death") == [], "a wrong claim is exported"
    (wrong,) = _lines(kb, orlov, "place_of_death", include_deprecated=True)
    assert wrong["rank"] == "deprecated" and "he died elsewhere" in wrong["rank_reason"]
    births = {ln["value"]: ln for ln in _lines(kb, orlov, "date_of_birth")}
    assert births["1895-08-21"]["rank"] == "preferred" and "passport" in births["1895-08-21"]["rank_reason"]
    (dispute,) = [d for d in api.disputes(kb, orlov) if d["property"] == "date_of_birth"]
    assert dispute["preferred_by_user"] == "1895-08-21"
    assert not any(d["orphaned"] for d in api.decisions(kb))


@on_every_backend
def test_decisions_take_effect(kb: api.KnowledgeBase) -> None:
    before = {p["id"] for p in api.people(kb)}
    decide(kb)
    check(kb)
    after = {p["id"] for p in api.people(kb)}
    assert len(after) == len(before)  # one merge, one split
    assert not ("Cleveland" in api.ask(kb, "Where did Alexander Orlov die?").text)


def _insert_paragraph(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    title, rest = text.split("\n\n", 1)
    path.write_text(f"{title}\n\n{PARAGRAPH}{rest}", encoding="utf-8")


@on_every_backend
@pytest.mark.parametrize("event", ["rebuild", "reingest", "added", "edited"])
def test_decisions_survive(event: str, kb: api.KnowledgeBase, corpus: Path) -> None:
    decide(kb)
    ids = sorted(p["id"] for p in api.people(kb))
    if event == "added":
        (corpus / "tsvetaeva.txt").write_text(
            "Marina Tsvetaeva\n\nMarina Tsvetaeva was a poet.\n\nTsvetaeva was born on 8 October 1892 in Moscow.\n",
            encoding="utf-8")
    if event == "edited":  # every judged document gains a paragraph before the quotes
        for name in ("orlov.txt", "feldbin.txt", "petrova-letters.txt", "petrova-museum.txt", "orlov-obituary.txt"):
            _insert_paragraph(corpus / name)
    if event != "rebuild":
        api.ingest(kb, [corpus])
    api.build(kb)
    check(kb)
    now = sorted(p["id"] for p in api.people(kb))
    assert set(ids) <= set(now), "person ids changed"


@on_every_backend
def test_undo_restores_the_computed_state_exactly(kb: api.KnowledgeBase) -> None:
    computed = claims_jsonl(kb, include_comments=True, include_deprecated=True)
    people = api.people(kb)
    decide(kb)
    assert claims_jsonl(kb, include_comments=True, include_deprecated=True) != computed
    for d in reversed(api.decisions(kb)):
        api.undo(kb, d["id"], user="bob", reason="second thoughts")
    assert claims_jsonl(kb, include_comments=True, include_deprecated=True) == computed
    assert api.people(kb) == people
    log = api.decisions(kb)
    assert len(log) == 8 and all(d["undone_by"] for d in log if d["kind"] != "undo")
    api.build(kb)
    assert claims_jsonl(kb, include_comments=True, include_deprecated=True) == computed


@on_every_backend
def test_undo_of_an_undo_restores_the_decision(kb: api.KnowledgeBase) -> None:
    row = api.judge(kb, "same", "Lev Feldbin", "Alexander Orlov", user="ann")
    undo = api.undo(kb, row["id"], user="ann")
    assert person_of(kb, "feldbin.txt") != person_of(kb, "orlov.txt")
    api.undo(kb, undo["id"], user="ann")
    assert person_of(kb, "feldbin.txt") == person_of(kb, "orlov.txt")
    with pytest.raises(UsageError):
        api.undo(kb, undo["id"], user="ann")


@on_every_backend
def test_export_import_round_trips(tmp_path: Path, kb: api.KnowledgeBase, corpus: Path, new_url: str) -> None:
    decide(kb)
    api.undo(kb, 1, user="ann", reason="not sure after all")
    api.judge(kb, "note", "orlov.txt", "a memoir, not a record", user="ann")
    out = io.StringIO()
    assert api.export_decisions(kb, out) == 6
    path = tmp_path / "decisions.jsonl"
    path.write_text(out.getvalue(), encoding="utf-8")
    fresh = api.open_kb(new_url)
    api.ingest(fresh, [corpus])
    api.build(fresh)
    report = api.import_decisions(fresh, path)
    assert (report.added, report.known, report.errors) == (6, 0, [])
    for kw in ({}, {"include_comments": True, "include_deprecated": True}):
        assert claims_jsonl(fresh, **kw) == claims_jsonl(kb, **kw)
    assert api.people(fresh) == api.people(kb)
    again = api.import_decisions(fresh, path)
    assert (again.added, again.known) == (0, 6)
    mine = io.StringIO()
    api.export_decisions(fresh, mine)
    assert mine.getvalue() == out.getvalue()


@on_every_backend
def test_bad_import_lines_are_reported_and_skipped(tmp_path: Path, kb: api.KnowledgeBase) -> None:
    row = api.judge(kb, "same", "Lev Feldbin", "Alexander Orlov", user="ann")
    out = io.StringIO()
    api.export_decisions(kb, out)
    path = tmp_path / "mixed.jsonl"
    good = out.getvalue().strip()
    path.write_text("\n".join(["{not json", good, json.dumps({"kind": "claim", "targets": []}),
                               json.dumps({**json.loads(good), "undoes": "nope", "kind": "undo", "targets": []})]) + "\n")
    report = api.import_decisions(kb, path)
    assert report.known == 1 and report.added == 0
    assert [e.split(":")[1] for e in report.errors] == ["1", "3", "4"]
    assert all(e.startswith(f"{path}:") for e in report.errors)
    assert [d["uid"] for d in api.decisions(kb)] == [row["uid"]]


@on_every_backend
def test_an_unmovable_decision_is_orphaned_not_lost(kb: api.KnowledgeBase, corpus: Path) -> None:
    orlov = person_of(kb, "orlov.txt").pop()
    (death,) = _lines(kb, orlov, "place_of_death")
    api.judge(kb, "claim", death["key"], verdict="wrong", user="ann")
    text = (corpus / "orlov.txt").read_text(encoding="utf-8")
    (corpus / "orlov.txt").write_text(text.replace("Orlov died on 7 April 1973 in Cleveland, Ohio.",
                                                   "He spent his last years in Michigan."), encoding="utf-8")
    api.ingest(kb, [corpus])
    assert api.build(kb).orphaned == 1
    (lost,) = api.decisions(kb, orphaned=True)
    assert lost["kind"] == "claim" and lost["orphaned"]
    assert len(api.decisions(kb)) == 1


@on_every_backend
def test_bad_judgements_are_refused(kb: api.KnowledgeBase) -> None:
    with pytest.raises(NotFoundError):
        api.judge(kb, "claim", "0123456789abcdef", verdict="wrong")
    with pytest.raises(UsageError):
        api.judge(kb, "prefer", "Alexander Orlov", "date_of_birth", "1999")
    with pytest.raises(UsageError):
        api.judge(kb, "same", "Alexander Orlov", "Alexander Orlov")
    with pytest.raises(UsageError):
        api.judge(kb, "merge", "Alexander Orlov", "Lev Feldbin")
    assert api.decisions(kb) == []


@on_every_backend
def test_answers_leave_out_wrong_claims_and_name_the_preference(kb: api.KnowledgeBase) -> None:
    orlov = person_of(kb, "orlov.txt").pop()
    assert "1896" in api.ask(kb, "When was Alexander Orlov born?").text
    (late,) = [ln for ln in _lines(kb, orlov, "date_of_birth") if ln["value"].startswith("1896")]
    api.judge(kb, "claim", late["key"], verdict="wrong", user="ann")
    assert "1896" not in api.ask(kb, "When was Alexander Orlov born?").text
    api.undo(kb, 1, user="ann")
    api.judge(kb, "prefer", orlov, "date_of_birth", "1895", user="ann")
    assert "1895 (1 independent source) [preferred by the researcher]" in api.ask(kb, "When was Alexander Orlov born?").text
    (log,) = [d for d in api.decisions(kb) if d["kind"] == "prefer"]
    assert log["targets"][0]["person_id"] == orlov


@on_every_backend
def test_the_dossier_shows_the_preference_beside_the_computed_value(kb: api.KnowledgeBase) -> None:
    orlov = person_of(kb, "orlov.txt").pop()
    (box,) = [r for r in api.dossier(kb, orlov)["infobox"] if r["property"] == "date_of_birth"]
    other = next(ln["value"] for ln in _lines(kb, orlov, "date_of_birth") if ln["value"] != box["value"])
    api.judge(kb, "prefer", orlov, "date_of_birth", other, reason="the passport", user="ann")
    (row,) = [r for r in api.dossier(kb, orlov)["infobox"] if r["property"] == "date_of_birth"]
    assert (row["value"], row["rank"], row["computed_value"]) == (other, "preferred", box["value"])
    (dispute,) = [d for d in api.disputes(kb, orlov) if d["property"] == "date_of_birth"]
    assert (dispute["preferred_by_user"], dispute["preferred_computed"]) == (other, box["value"])


@on_every_backend
def test_notes_are_listed_with_their_person_until_undone(kb: api.KnowledgeBase) -> None:
    orlov = person_of(kb, "orlov.txt").pop()
    key = _lines(kb, orlov, "place_of_death")[0]["key"]
    api.judge(kb, "note", orlov, "ask the family", user="ann")
    api.judge(kb, "note", key, "Cleveland per the obituary", user="ann")
    api.judge(kb, "note", "orlov.txt", "a memoir", user="ann")

    def notes() -> list[tuple[str, str]]:
        return [(d["targets"][0]["type"], d["value"]) for d in api.decisions(kb) if d["kind"] == "note" and d["in_effect"]]

    assert notes() == [("mention", "ask the family"), ("claim", "Cleveland per the obituary"), ("document", "a memoir")]
    first = api.decisions(kb)[0]
    assert first["targets"][0]["person_id"] == orlov
    undo = api.undo(kb, first["id"], user="ann")
    assert len(notes()) == 2
    api.undo(kb, undo["id"], user="ann")  # undoing the undo brings the note back
    assert len(notes()) == 3
    log = {d["id"]: d for d in api.decisions(kb)}
    assert log[undo["id"]]["undone_by"] is not None and log[first["id"]]["undone_by"] is None
