"""Near-duplicate passages across the corpus: MinHash candidates, exact confirmation."""

from __future__ import annotations

import random
from pathlib import Path

from factoid.copies import mark_duplicates, normalise, similarity
from factoid.model import Document, Passage
from factoid.passages import split_passages

ORIGINAL = (
    "In July 1938, fearing that a summons to a Soviet ship in Antwerp meant his arrest, "
    "Orlov fled with his wife and daughter to Canada and then to the United States."
)
REWORDED = (
    "In July 1938, fearing that the summons to a Soviet ship at Antwerp meant his arrest, "
    "Orlov escaped with his wife and his daughter to Canada and then to the United States."
)
UNRELATED = (
    "Krivitsky ran Soviet military intelligence in the Netherlands from 1933, posing as a "
    "dealer in rare books in The Hague."
)


def _p(doc: str, index: int, text: str) -> Passage:
    return Passage(document_id=doc, index=index, start=0, end=len(text), text=text)


def test_normalise_drops_case_and_punctuation() -> None:
    assert normalise("“Orlov,” he said — FLED!") == ["orlov", "he", "said", "fled"]


def test_similarity_is_high_for_rewording_and_low_for_other_text() -> None:
    assert similarity(normalise(ORIGINAL), normalise(REWORDED)) >= 0.7
    assert similarity(normalise(ORIGINAL), normalise(UNRELATED)) < 0.5


def test_exact_copy_in_another_document_points_at_first() -> None:
    out = mark_duplicates([_p("a.txt", 0, ORIGINAL), _p("b.txt", 3, ORIGINAL)])
    assert out[0].duplicate_of is None
    assert out[1].duplicate_of == "a.txt#0"


def test_reworded_copy_is_marked_and_unrelated_is_not() -> None:
    out = mark_duplicates([_p("a.txt", 0, ORIGINAL), _p("a.txt", 1, UNRELATED), _p("a.txt", 2, REWORDED)])
    assert [p.duplicate_of for p in out] == [None, None, "a.txt#0"]


def test_copies_point_at_the_first_occurrence() -> None:
    out = mark_duplicates([_p("a.txt", 0, ORIGINAL), _p("b.txt", 0, ORIGINAL), _p("c.txt", 0, REWORDED)])
    assert [p.duplicate_of for p in out] == [None, "a.txt#0", "a.txt#0"]


def test_short_repeated_heading_is_not_a_duplicate() -> None:
    out = mark_duplicates([_p("a.txt", 0, "Early life and career"), _p("b.txt", 0, "Early life and career")])
    assert all(p.duplicate_of is None for p in out)


def test_strict_threshold_keeps_rewording_apart() -> None:
    out = mark_duplicates([_p("a.txt", 0, ORIGINAL), _p("a.txt", 1, REWORDED)], threshold=0.99)
    assert out[1].duplicate_of is None


def test_stale_duplicate_marks_are_cleared() -> None:
    stale = Passage("a.txt", 0, 0, len(UNRELATED), UNRELATED, duplicate_of="z.txt#9")
    assert mark_duplicates([stale])[0].duplicate_of is None


def test_five_thousand_passages_with_copies_are_all_marked() -> None:
    """Recall of the copy detector at scale; its speed is measured by benchmarks/, not here."""
    rng = random.Random(7)
    vocabulary = [f"word{i}" for i in range(3000)]
    passages = []
    for i in range(5000):
        if i % 10 == 9:  # every tenth passage copies an earlier one with one word changed
            words = passages[i - 5].text.split()
            words[0] = "changed"
            text = " ".join(words)
        else:
            text = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(5, 120)))
        passages.append(_p(f"d{i // 50:03}.txt", i % 50, text))
    out = mark_duplicates(passages)
    marked = {i for i, p in enumerate(out) if p.duplicate_of}
    copies = {i for i in range(9, 5000, 10) if len(passages[i].text.split()) >= 20}
    assert copies <= marked


def test_sample_corpus_repeated_biography_block(seeds_dir: Path) -> None:
    """002 embeds the "Career in the Cheka/OGPU/NKVD" block twice with small wording changes."""
    passages: list[Passage] = []
    for path in sorted(seeds_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        passages += split_passages(Document(path.name, text, "x", len(text), "txt"))
    out = mark_duplicates(passages)
    doc = "002_766606334cd45d71.txt"
    kirov = [p for p in out if p.document_id == doc and p.text.startswith("In December 1934, he participated")]
    assert len(kirov) == 2
    assert kirov[0].duplicate_of is None and kirov[1].duplicate_of == kirov[0].key
    flight = [p for p in out if p.document_id == doc and "informed Deputy G. M. Osinin-Vinnitsky" in p.text]
    assert len(flight) == 2 and flight[1].duplicate_of == flight[0].key
    assert not any(p.duplicate_of for p in out if p.document_id.startswith(("000", "004")))


def _corpus() -> list[Passage]:
    """Documents with exact copies, reworded copies, copies of copies and unrelated text."""
    texts = [ORIGINAL, UNRELATED, REWORDED, ORIGINAL, "Too short to count.", UNRELATED.upper(), REWORDED,
             ORIGINAL + " He never went back.", UNRELATED]
    return [_p(f"doc{n // 2:02d}.txt", n % 2, t) for n, t in enumerate(texts)]


def test_stored_keys_and_settled_marks_give_the_same_marks() -> None:
    """What an ingest keeps (``copy_key`` per passage) and the marks of the passages before
    the first new document change nothing: the same marks as a check from the texts alone."""
    from factoid.copies import copy_key

    passages = _corpus()
    want = mark_duplicates(passages)
    assert sum(p.duplicate_of is not None for p in want) >= 4  # else this proves nothing
    keys = [copy_key(p.text) for p in passages]
    for settled in range(len(passages) + 1):
        # the passages before ``settled`` carry the marks a check gave them before
        before = [*want[:settled], *passages[settled:]]
        assert mark_duplicates(before, keys=keys, settled=settled) == want
    partial = [k if i % 2 else None for i, k in enumerate(keys)]
    assert mark_duplicates(passages, keys=partial) == want


def test_copy_keys_are_stored_and_a_new_document_is_checked_against_them(tmp_path: Path) -> None:
    """An ingest stores each passage's key once; a later ingest of one more document hashes
    only that document's passages and finds its copy of a stored passage."""
    from factoid import api, copies
    from factoid.store import reads

    (tmp_path / "a.txt").write_text(ORIGINAL + "\n\n" + UNRELATED + "\n", encoding="utf-8")
    kb = api.open_kb(f"sqlite:///{tmp_path / 'kb.db'}")
    api.ingest(kb, [tmp_path / "a.txt"])
    with kb.engine.connect() as conn:
        assert len(reads.copy_keys(conn)) == len(reads.get_passages(conn))
    hashed: list[str] = []
    real = copies.copy_key

    def counting(text: str) -> copies.CopyKey:
        hashed.append(text)
        return real(text)

    import pytest

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(copies, "copy_key", counting)
        (tmp_path / "b.txt").write_text(REWORDED + "\n", encoding="utf-8")
        api.ingest(kb, [tmp_path / "b.txt"])
    assert hashed == [REWORDED]
    _, ps = api.passages(kb, "b.txt")
    assert ps[0].duplicate_of == "a.txt#0"


def test_a_new_document_reads_only_its_texts_and_those_it_is_compared_with(tmp_path: Path) -> None:
    """With the copy keys stored, an ingest reads the texts of the new document and of the
    passages the exact check compares, not the corpus; a new document that sorts first makes
    the stored original its copy, exactly as an ingest of every document at once does."""
    import pytest

    from factoid import api
    from factoid.store import reads

    files = {"a.txt": ORIGINAL + "\n\n" + UNRELATED + "\n", "c.txt": "A third page, on another man: the printer kept his press in a cellar of the old town "
                      "and printed leaflets for the strikers every night of that winter.\n",
             "0.txt": REWORDED + "\n"}
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    kb = api.open_kb(f"sqlite:///{tmp_path / 'kb.db'}")
    api.ingest(kb, [tmp_path / "a.txt", tmp_path / "c.txt"])
    asked: list[str] = []
    real = reads.passage_texts

    def recording(conn, documents):  # type: ignore[no-untyped-def]
        asked.extend(sorted(set(documents)))
        return real(conn, documents)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(reads, "passage_texts", recording)
        api.ingest(kb, [tmp_path / "0.txt"])
    assert set(asked) == {"0.txt", "a.txt"}  # c.txt is neither new nor a candidate
    fresh = api.open_kb(f"sqlite:///{tmp_path / 'fresh.db'}")
    api.ingest(fresh, [tmp_path / n for n in files])

    def marks(k: api.KnowledgeBase) -> list[tuple[str, int, str | None]]:
        with k.engine.connect() as conn:
            return [(p.document_id, p.index, p.duplicate_of) for p in reads.get_passages(conn)]

    assert marks(kb) == marks(fresh)
    assert ("a.txt", 0, "0.txt#0") in marks(kb)


def test_refresh_with_stored_keys_and_settled_marks_finds_what_a_fresh_check_finds() -> None:
    """``copies.refresh`` after one more document: with the keys stored for the earlier
    passages and their marks settled, the links that change and the keys made are those a
    check of every text from scratch gives (the new document sorts in the middle, so a stored
    passage after it may become its copy)."""
    from factoid.copies import copy_key, refresh

    passages = _corpus()
    new_doc = "doc02.txt"
    before = [p for p in passages if p.document_id != new_doc]
    old = mark_duplicates(before)
    # the knowledge base before the ingest: the earlier passages with their marks and keys
    stored = {p.key: (p, copy_key(p.text)) for p in old}
    current = [stored[p.key][0] if p.key in stored else p for p in passages]
    keys = [stored[p.key][1] if p.key in stored else None for p in passages]
    marks, fresh = refresh(current, keys, lambda i: passages[i].text, written={new_doc})
    assert set(fresh) == {(p.document_id, p.index) for p in passages if p.document_id == new_doc}
    want = mark_duplicates(passages)
    expected = {(w.document_id, w.index): w.duplicate_of for w, c in zip(want, current, strict=True)
                if w.duplicate_of != c.duplicate_of}
    assert expected  # the new document changes some link, else this proves nothing
    assert marks == expected
    assert refresh(current, [None] * len(current), lambda i: passages[i].text) == (expected, {
        (p.document_id, p.index): copy_key(p.text) for p in passages})
