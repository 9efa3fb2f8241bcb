"""The one read model: what a dossier shows where comes from the property registry."""

from __future__ import annotations

from factoid import readmodel
from factoid.model import Person


def line(prop: str, value, *, confidence=0.8, qualifiers=None, disputed=False, doc="a.txt") -> dict:
    return {"subject": {"id": "person/ada-quill", "name": "Ada Quill", "aliases": []}, "property": prop,
            "value": value, "qualifiers": qualifiers or {}, "disputed": disputed, "confidence": confidence,
            "sources": [{"document": doc, "start": 0, "end": 4, "quote": "Ada ", "role": "main", "hedge": None}]}


def snapshot(lines: list[dict]) -> readmodel.Snapshot:
    person = Person("person/ada-quill", "Ada Quill", {"Ada Quill": 2})
    return readmodel.Snapshot(persons={person.id: person}, lines=lines, lines_by_person={person.id: lines},
                              disputes=[], people=[], sources={}, cooccurrence={}, span_claims={}, titles={})


def test_infobox_takes_registry_properties_best_value_first_and_every_award():
    lines = [line("place_of_burial", "Montparnasse"), line("date_of_birth", "1851", confidence=0.4),
             line("date_of_birth", "1851-03-02", confidence=0.9), line("award_received", "Gold Medal"),
             line("award_received", "Silver Cross", confidence=0.5), line("child", "Tom Quill")]
    d = readmodel.dossier(snapshot(lines), "ada-quill")
    rows = [(r["property"], r["value"]) for r in d["infobox"]]
    assert rows == [("date_of_birth", "1851-03-02"), ("place_of_burial", "Montparnasse"),
                    ("award_received", "Gold Medal"), ("award_received", "Silver Cross")]
    assert [r["value"] for r in d["relations"]] == ["Tom Quill"]


def test_career_sorted_by_term_start():
    lines = [line("position_held", "curator", qualifiers={"start": "1890"}),
             line("position_held", "assistant", qualifiers={"start": "1880"}), line("position_held", "adviser")]
    d = readmodel.dossier(snapshot(lines), "person/ada-quill")
    assert [r["value"] for r in d["career"]] == ["assistant", "curator", "adviser"]


def test_timeline_has_events_and_terms_but_not_places():
    lines = [line("date_of_death", "1920"), line("arrested", "1871-05"), line("place_of_burial", "Montparnasse"),
             line("position_held", "curator", qualifiers={"start": "1890", "end": "1901"})]
    events = readmodel.timeline_events(lines)
    assert [(e["event"], e["kind"]) for e in events] == [("arrested", "event"), ("position held", "term"),
                                                       ("date of death", "event")]
    assert events[1]["end"] == "1901"


def test_people_row_summary_lifespan_and_main_office():
    lines = [line("date_of_birth", "1851-03-02"), line("date_of_death", "1920", confidence=0.9),
             line("date_of_death", "1921", confidence=0.3), line("position_held", "assistant", qualifiers={"start": "1880"}),
             line("position_held", "curator of maps", qualifiers={"start": "1890"}), line("military_rank", "major")]
    lines[4]["sources"] = lines[4]["sources"] * 2  # the office cited most often is the description
    summary = readmodel._summary(lines)
    assert summary["lifespan"] == "1851–1920" and summary["description"] == "curator of maps"
    assert readmodel._summary([line("date_of_death", "1920"), line("military_rank", "major")]) == {
        "born": None, "died": "1920", "lifespan": "d. 1920", "description": "major"}
    assert readmodel._summary([])["lifespan"] == ""


def test_why_of_a_value_without_stored_assessment_counts_documents():
    ex = readmodel.explain_line(snapshot([]), line("date_of_birth", "1851"))
    assert ex["witnesses"] == 1 and ex["why"] == ""


def test_an_answer_reads_only_the_witness_part_and_says_the_same(tmp_path):
    """``factoid ask`` reads only what its witness counts need, and answers as with the full read model."""
    from pathlib import Path

    from factoid import api, ask

    kb = api.open_kb(f"sqlite:///{tmp_path / 'kb.db'}")
    api.ingest(kb, [Path(__file__).parent / "web" / "fixtures"])
    api.build(kb)
    with kb.engine.connect() as conn:
        full = readmodel.build_snapshot(conn)
        light = readmodel.witness_snapshot(conn)
        assert light.assessments == full.assessments and light.span_property == full.span_property
        assert not light.lines and not light.cooccurrence  # the corpus-wide parts are not read
        for q in ("When was Ignace Reiss born?", "When did Reiss die?", "Who was the wife of Ignace Reiss?"):
            assert ask.ask(conn, q) == ask.ask(conn, q, full), q
