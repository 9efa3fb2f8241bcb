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
