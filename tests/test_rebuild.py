"""A rebuild after one added document gives exactly what a fresh build of every document gives
(issue 14: a rebuild costs what changed, with identical results), on SQLite and PostgreSQL,
with a researcher's decisions in effect; and it does reuse the last build's work."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from factoid import api, resolve_memo
from factoid.reconcile import groups as groups_mod
from factoid.reconcile import reuse
from factoid.store import schema as s
from factoid.store import writes

pytestmark = pytest.mark.slow

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "corpus"
#: Held back, then added: it contradicts the other sources on Reiss and Krivitsky, so it
#: changes people, groups, disputes and source trust that the first build made.
ADDED = "reiss-krivitsky-contradictions.md"


def _export(kb: api.KnowledgeBase, **kw: bool) -> str:
    out = io.StringIO()
    api.export(kb, "claims-jsonl", out, **kw)
    return out.getvalue()


def _derived(kb: api.KnowledgeBase) -> dict[str, list[str]]:
    """Every row a derivation stores, as sorted JSON lines (row order in a table means nothing)."""
    out = {}
    with kb.engine.connect() as conn:
        for t in (s.persons, s.aliases, s.identities, s.assessments, s.sources, s.person_mentions):
            out[t.name] = sorted(json.dumps(dict(r), sort_keys=True) for r in conn.execute(select(t)).mappings())
        # in order; their numbers are the store's (PostgreSQL's sequence goes on counting)
        out["disputes"] = [json.dumps(dict(r) | {"id": None}, sort_keys=True)
                           for r in conn.execute(select(s.disputes).order_by(s.disputes.c.id)).mappings()]
    return out


def _answers(kb: api.KnowledgeBase) -> dict:
    people = api.people(kb)
    return {
        "export": _export(kb),
        "export_all": _export(kb, include_comments=True, include_deprecated=True),
        "people": people,
        "disputes": api.disputes(kb),
        "dossiers": [api.dossier(kb, p["id"]) for p in people],
        "decisions": [{k: d[k] for k in ("uid", "kind", "in_effect", "orphaned")} for d in api.decisions(kb)],
        "derived": _derived(kb),
    }


def _decide(kb: api.KnowledgeBase) -> None:
    """A claim marked wrong and one confirmed: decisions a rebuild must keep applying."""
    lines = api.export_lines(kb)
    api.judge(kb, "claim", lines[0]["key"], verdict="wrong", reason="misread", user="ann")
    api.judge(kb, "claim", lines[-1]["key"], verdict="confirmed", reason="checked", user="ann")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = Path(shutil.copytree(EXAMPLES, tmp_path / "corpus"))
    (folder / ADDED).rename(tmp_path / ADDED)
    return folder


class Spy:
    """Counts the groups reconciliation reused and the ones it made afresh."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.reused = self.made = 0
        reused, made = groups_mod._reused, groups_mod._group_person_property

        def spy_reused(*args):  # type: ignore[no-untyped-def]
            out = reused(*args)
            self.reused += out is not None
            return out

        def spy_made(*args):  # type: ignore[no-untyped-def]
            self.made += 1
            return made(*args)

        monkeypatch.setattr(groups_mod, "_reused", spy_reused)
        monkeypatch.setattr(groups_mod, "_group_person_property", spy_made)
        # components of local persons clustered afresh, and all of them (``resolve_memo``)
        self.clustered, self.components = 0, 0
        cluster_part, components = resolve_memo.cluster_part, resolve_memo.components

        def spy_cluster(part):  # type: ignore[no-untyped-def]
            self.clustered += 1
            return cluster_part(part)

        def spy_components(*args):  # type: ignore[no-untyped-def]
            out = components(*args)
            self.components += len(out)
            return out

        monkeypatch.setattr(resolve_memo, "cluster_part", spy_cluster)
        monkeypatch.setattr(resolve_memo, "components", spy_components)


def test_a_rebuild_after_one_added_document_is_a_fresh_build(
    kb_url: str, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kb = api.open_kb(kb_url)
    api.ingest(kb, [corpus])
    api.build(kb, workers=1)
    _decide(kb)
    before = _export(kb)
    shutil.move(tmp_path / ADDED, corpus / ADDED)
    assert api.ingest(kb, [corpus]).new == [ADDED]
    spy = Spy(monkeypatch)
    report = api.build(kb, workers=1)
    assert report.extracted == [ADDED]
    # the work of the last build was reused (else this test would prove nothing), and not all
    assert spy.reused > 0 and spy.made > 0
    # resolution clustered only the components the added document touched
    assert 0 < spy.clustered < spy.components
    monkeypatch.undo()
    assert _export(kb) != before  # the added document changed the knowledge base

    _assert_as_fresh_build(kb, corpus, tmp_path)


def _assert_as_fresh_build(kb: api.KnowledgeBase, folder: Path, tmp_path: Path) -> None:
    """A fresh build of every document of ``folder``, given ``kb``'s two decisions, answers
    every question exactly as ``kb`` (rebuilt incrementally) does."""
    fresh = api.open_kb(f"sqlite:///{tmp_path / 'fresh.db'}")
    api.ingest(fresh, [folder])
    api.build(fresh, workers=1)
    decisions = tmp_path / "decisions.jsonl"
    with decisions.open("w", encoding="utf-8") as out:
        api.export_decisions(kb, out)
    assert api.import_decisions(fresh, decisions).added == 2
    got, want = _answers(kb), _answers(fresh)
    for key in want:
        assert got[key] == want[key], key


#: Written for this test: Orlov under a spelling no other source uses ("Aleksandr"), born a
#: year later than the other sources say (a new dispute), and Reiss under his other name.
NEW_FORM = """Aleksandr Orlov: a note from an emigre paper

Aleksandr Mikhailovich Orlov was born on 21 August 1896 in Bobruisk, the paper says.
Aleksandr Orlov served in the NKVD and fled to the United States in 1938.
Orlov later wrote a book about the crimes of Stalin.
"""


def test_a_new_name_form_and_a_new_dispute_rebuild_as_a_fresh_build(kb_url: str, tmp_path: Path) -> None:
    """The added document names a known person in a spelling no source used before and gives
    him another birth year: it joins him, a dispute appears, and the rebuild (resolution of
    the new mentions against the stored persons, regrouping of the changed person) gives what
    a fresh build of every document gives."""
    folder = Path(shutil.copytree(EXAMPLES, tmp_path / "corpus"))
    kb = api.open_kb(kb_url)
    api.ingest(kb, [folder])
    api.build(kb, workers=1)
    _decide(kb)
    disputes_before = {(d["person_id"], d["property"]) for d in api.disputes(kb)}
    (folder / "orlov-emigre-note.txt").write_text(NEW_FORM, encoding="utf-8")
    assert api.ingest(kb, [folder]).new == ["orlov-emigre-note.txt"]
    assert api.build(kb, workers=1).extracted == ["orlov-emigre-note.txt"]
    people = {p["id"]: p for p in api.people(kb)}
    joined = [pid for pid, p in people.items() if "Aleksandr Mikhailovich Orlov" in p["aliases"]]
    # one person, not two: the new spelling joined the Orlov of the other sources
    assert len(joined) == 1 and any(a.startswith("Alexander Orlov") for a in people[joined[0]]["aliases"])
    new = {(d["person_id"], d["property"]) for d in api.disputes(kb)} - disputes_before
    assert (joined[0], "date_of_birth") in new, new

    _assert_as_fresh_build(kb, folder, tmp_path)


#: Written for this test: Krivitsky by his surname alone, and a man no other source names.
SURNAME_AND_NEWCOMER = """A letter from the Hague station

Krivitsky met the courier at the station in 1936 and handed him the codes.
The courier was Teodor Vasilievich Malinowski, a printer from Lodz.
Teodor Malinowski was born in 1899 in Lodz and died in 1941.
"""


def test_a_surname_alone_and_a_new_person_rebuild_as_a_fresh_build(kb_url: str, tmp_path: Path) -> None:
    """The added document names a known person by his surname only (he joins that person)
    and a person no source named before (a person of his own); the rebuild gives what a
    fresh build of every document gives."""
    folder = Path(shutil.copytree(EXAMPLES, tmp_path / "corpus"))
    kb = api.open_kb(kb_url)
    api.ingest(kb, [folder])
    api.build(kb, workers=1)
    _decide(kb)
    before = {p["id"] for p in api.people(kb)}
    (folder / "hague-letter.txt").write_text(SURNAME_AND_NEWCOMER, encoding="utf-8")
    assert api.ingest(kb, [folder]).new == ["hague-letter.txt"]
    assert api.build(kb, workers=1).extracted == ["hague-letter.txt"]
    people = {p["id"]: p for p in api.people(kb)}
    newcomer = [pid for pid, p in people.items() if "Teodor Vasilievich Malinowski" in p["aliases"]]
    assert len(newcomer) == 1 and newcomer[0] not in before
    krivitsky = [pid for pid, p in people.items() if "Krivitsky" in p["aliases"]]
    assert len(krivitsky) == 1 and krivitsky[0] in before

    _assert_as_fresh_build(kb, folder, tmp_path)


class Written:
    """The assessment rows a build writes (``writes.sync_parts`` rewrites changed groups only)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.claims: list[str] = []
        insert_many = writes._insert_many

        def spy(conn, table, rows):  # type: ignore[no-untyped-def]
            if table is s.assessments:
                self.claims += [r["claim_id"] for r in rows]
            return insert_many(conn, table, rows)

        monkeypatch.setattr(writes, "_insert_many", spy)


def _assessed(kb: api.KnowledgeBase) -> dict[str, dict]:
    with kb.engine.connect() as conn:
        return {r["claim_id"]: dict(r) for r in conn.execute(select(s.assessments)).mappings()}


#: Written for this test: a source about Krivitsky alone, restating what the others say of him.
ONE_PERSON = """A reading-room card on Walter Krivitsky

Walter Krivitsky was born in 1899 in Podwołoczyska.
Krivitsky served in Soviet military intelligence for many years.
"""


def test_a_document_about_one_person_rewrites_that_persons_groups(
    kb_url: str, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The added document speaks of one known person only: his claims change, and the rebuild
    writes the assessments of the agreement groups that changed, not the corpus's, with the
    same result as a fresh build."""
    kb = api.open_kb(kb_url)
    api.ingest(kb, [corpus])
    api.build(kb, workers=1)
    _decide(kb)
    before = _assessed(kb)
    (corpus / "krivitsky-card.txt").write_text(ONE_PERSON, encoding="utf-8")
    api.ingest(kb, [corpus])
    written = Written(monkeypatch)
    assert api.build(kb, workers=1).extracted == ["krivitsky-card.txt"]
    monkeypatch.undo()
    after = _assessed(kb)
    new = [cid for cid in after if cid not in before]
    people = {after[cid]["person_id"] for cid in new}
    assert new and len(people) == 1, people  # the card's claims are about one person
    changed = {cid for cid in after if before.get(cid) != after[cid]}
    # every row that changed was written, and the rows written are far fewer than the stored
    assert changed <= set(written.claims) and len(written.claims) < len(after) / 2
    assert {after[cid]["person_id"] for cid in written.claims} == people

    _assert_as_fresh_build(kb, corpus, tmp_path)


#: Written for this test: a second source for Orlov's birth in 1896 (``NEW_FORM``'s year, which
#: the profile contradicts) followed by a paragraph pasted from the Reiss blog (a copy).
AGREEING = """Orlov in a service file

Alexander Orlov was born on 21 August 1896 in Bobruisk, according to his service file.

"""


def test_a_document_that_sides_in_a_dispute_and_copies_rebuilds_as_a_fresh_build(
    kb_url: str, corpus: Path, tmp_path: Path
) -> None:
    """The added document backs one side of a dispute (the sources on the other side lose
    trust, every claim they cite is weighed again) and copies a paragraph of another source
    (a witness counted once): the rebuild gives what a fresh build gives."""
    kb = api.open_kb(kb_url)
    (corpus / "orlov-emigre-note.txt").write_text(NEW_FORM, encoding="utf-8")
    api.ingest(kb, [corpus])
    api.build(kb, workers=1)
    _decide(kb)
    trust = {d["id"]: _reliability(kb, d["id"]) for d in api.documents(kb)}
    blog = (EXAMPLES / "reiss-blog.txt").read_text(encoding="utf-8")
    pasted = max(blog.split("\n\n"), key=len)  # its longest paragraph, word for word
    (corpus / "orlov-service-file.txt").write_text(AGREEING + pasted + "\n", encoding="utf-8")
    api.ingest(kb, [corpus])
    assert api.build(kb, workers=1).extracted == ["orlov-service-file.txt"]
    moved = [doc for doc, t in trust.items() if _reliability(kb, doc) != t]
    assert "orlov-profile.txt" in moved, moved  # the profile's 1895 lost ground
    with kb.engine.connect() as conn:
        copies = conn.execute(select(s.sources.c.copies).where(s.sources.c.document_id == "orlov-service-file.txt"))
        assert copies.scalar(), "the pasted paragraph was not seen as a copy"

    _assert_as_fresh_build(kb, corpus, tmp_path)


def _reliability(kb: api.KnowledgeBase, doc: str) -> float | None:
    with kb.engine.connect() as conn:
        return conn.execute(select(s.sources.c.reliability).where(s.sources.c.document_id == doc)).scalar()


def test_a_build_under_other_code_reuses_nothing(tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The last build's groups are reused only when it derived with the same code and data."""
    kb = api.open_kb(f"sqlite:///{tmp_path / 'kb.db'}")
    api.ingest(kb, [corpus])
    api.build(kb, workers=1)
    shutil.move(tmp_path / ADDED, corpus / ADDED)
    api.ingest(kb, [corpus])
    monkeypatch.setattr(reuse, "fingerprint", lambda: "another factoid")
    spy = Spy(monkeypatch)
    api.build(kb, workers=1)
    assert spy.reused == 0 and spy.made > 0
    assert spy.clustered == spy.components > 0  # no component's clustering reused either
    with kb.engine.connect() as conn:
        from factoid.store import reads

        assert reads.derived_state(conn, reuse.FINGERPRINT) == "another factoid"


def test_the_fingerprint_follows_code_and_data_not_presentation(tmp_path: Path) -> None:
    (tmp_path / "web").mkdir()
    (tmp_path / "web" / "page.html").write_text("<p>one</p>")
    (tmp_path / "web" / "app.py").write_text("x = 1\n")
    (tmp_path / "offices.toml").write_text("[a]\n")
    (tmp_path / "rules.py").write_text("y = 1\n")
    first = reuse.digest(tmp_path)
    (tmp_path / "web" / "app.py").write_text("x = 2\n")
    assert reuse.digest(tmp_path) == first
    (tmp_path / "offices.toml").write_text("[b]\n")
    second = reuse.digest(tmp_path)
    assert second != first
    (tmp_path / "rules.py").write_text("y = 2\n")
    assert reuse.digest(tmp_path) != second


def test_the_whole_derivation_runs_without_cyclic_collection(
    tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What ``api._derive`` reads before ``curation.derive`` (the last build's groups, the
    resolution memo) is read with the collector paused too: at a million words a collection
    walking the loaded model and the rows read cost a tenth of a second each."""
    import gc

    from factoid.store import reads

    kb = api.open_kb(f"sqlite:///{tmp_path / 'kb.db'}")
    api.ingest(kb, [corpus])
    api.build(kb, workers=1)
    seen = []
    real = reads.previous_groups

    def spy(conn):  # type: ignore[no-untyped-def]
        seen.append((gc.isenabled(), gc.get_threshold()[0]))
        return real(conn)

    monkeypatch.setattr(reads, "previous_groups", spy)
    shutil.move(tmp_path / ADDED, corpus / ADDED)
    api.ingest(kb, [corpus])
    api.build(kb, workers=1)
    assert seen == [(False, 0)]
    assert gc.isenabled()
