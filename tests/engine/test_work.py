"""``factoid.engine.work``: what a worker parses, and which pipelines a build preloads."""

from __future__ import annotations

from factoid.engine import work
from factoid.model import Document, Passage

ENGLISH = "Anna Petrovna Volkova was born in Tver in 1874 and moved to Kazan in 1896."
RUSSIAN = "Анна Петровна Волкова родилась в Твери в 1874 году и переехала в Казань в 1896 году."


def _task(*texts: str) -> work.Task:
    text = "\n\n".join(texts)
    doc = Document(id="notes.txt", text=text, content_hash="0" * 64, size=len(text), format="txt")
    passages, start = [], 0
    for i, t in enumerate(texts):
        passages.append(Passage(document_id=doc.id, index=i, start=start, end=start + len(t), text=t))
        start += len(t) + 2
    return work.Task(doc, tuple(passages))


def test_a_russian_passage_is_tokenised_not_parsed() -> None:
    """natasha reads Russian passages; their English parse was computed only to be thrown away."""
    task = _task(ENGLISH, RUSSIAN)
    english, russian = work._parse(list(task.passages))
    assert english.has_annotation("DEP") and english.has_annotation("ENT_IOB")
    assert not russian.has_annotation("DEP") and russian.text == RUSSIAN


def test_natasha_is_preloaded_only_for_a_build_with_enough_russian() -> None:
    assert work.languages([_task(ENGLISH)]) == ["en"]
    # a stray Russian line: the worker that meets it loads natasha itself
    assert work.languages([_task(ENGLISH), _task(ENGLISH, RUSSIAN)]) == ["en"]
    pages = work.RU_PRELOAD_MIN_CHARS // len(RUSSIAN) + 1
    assert work.languages([_task(ENGLISH, *[RUSSIAN] * pages)]) == ["en", "ru"]
    assert work.languages([_task(ENGLISH, RUSSIAN) for _ in range(pages)]) == ["en", "ru"]


def test_size_counts_processable_text() -> None:
    assert work.size(_task(ENGLISH, RUSSIAN)) == len(ENGLISH) + len(RUSSIAN)


def test_warm_caches_runs_extraction_over_a_document_that_exercises_it() -> None:
    """The fork server's warm-up reads the gazetteer, the name lists and the infobox labels:
    its text must still give claims, or it would warm nothing."""
    from factoid import gazetteer
    from factoid.extract.infobox import labels
    from factoid.ingest.prepare import prepare
    from factoid.names import given

    text = work.WARM_UP_TEXT
    doc = Document(id="warm-up.txt", text=text, content_hash="", size=len(text), format="text")
    out = work.extract_document(work.Task(doc, tuple(prepare(doc))))
    assert out.error is None
    assert {"date_of_birth", "date_of_death", "place_of_death"} <= {c.property for c in out.claims}
    work.warm_caches()
    for loader in (gazetteer._data, given._index, labels.prefix_pattern):
        assert loader.cache_info().currsize == 1, loader


def test_warm_caches_never_raises(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def broken(task: work.Task) -> work.Outcome:
        raise RuntimeError("a model that cannot load")

    monkeypatch.setattr(work, "extract_document", broken)
    work.warm_caches()
