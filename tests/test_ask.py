"""Question answering with citations over a small built knowledge base."""

from __future__ import annotations

import pytest

from factoid import api
from factoid.errors import NotFoundError, UsageError
from kb_fixture import DOCS, build_kb
from store.pg import BACKENDS, new_kb_url

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module", params=BACKENDS)
def kb(request, tmp_path_factory):
    root = tmp_path_factory.mktemp("ask")
    return build_kb(root, new_kb_url(request, request.param, root))


def grounded(source: dict) -> bool:
    return DOCS[source["document"]][source["start"] : source["end"]] == source["quote"]


def test_when_did_he_die_with_dispute(kb):
    answer = api.ask(kb, "When did Genrikh Lyushkov die?")
    assert answer.person["id"] == "person/genrikh-lyushkov"
    assert "date_of_death" in answer.properties
    assert "Sources disagree" in answer.text
    assert "1945-08-19" in answer.text and "1946-02-02" in answer.text
    quotes = {c["quote"] for c in answer.citations}
    assert "He died on 19 August 1945 in Dalian." in quotes
    assert all(grounded(c) for c in answer.citations)


def test_surname_only_question(kb):
    answer = api.ask(kb, "When did Lyushkov die?")
    assert answer.person["name"] == "Genrikh Lyushkov"


def test_undisputed_answer_does_not_say_disagree(kb):
    answer = api.ask(kb, "When did Walter Krivitsky die?")
    assert "Sources disagree" not in answer.text
    assert "1941-02-10" in answer.text
    assert answer.citations and all(grounded(c) for c in answer.citations)
    assert all(c["document"] == "krivitsky.txt" for c in answer.citations)


def test_birth_question(kb):
    answer = api.ask(kb, "Where was Genrikh Lyushkov born?")
    assert "Odessa" in answer.text and "1900-03-12" in answer.text
    assert "Sources disagree" not in answer.text


def test_defection_question(kb):
    answer = api.ask(kb, "When did Krivitsky defect?")
    assert answer.properties == ("defected",)
    assert "1937-10-06" in answer.text


def test_nothing_known_says_so(kb):
    answer = api.ask(kb, "Who was the father of Walter Krivitsky?")
    assert answer.citations == []
    assert "nothing" in answer.text.lower()


def test_unknown_person_raises_not_found(kb):
    with pytest.raises(NotFoundError):
        api.ask(kb, "When did Xqzvbn Wrtplk die?")


@pytest.mark.parametrize("question", ["", "   ", "\n"])
def test_empty_question_raises_usage_error(kb, question):
    with pytest.raises(UsageError):
        api.ask(kb, question)


def test_question_without_known_property_raises_usage_error(kb):
    with pytest.raises(UsageError):
        api.ask(kb, "Tell me a joke about Walter Krivitsky")


def test_question_words_come_from_the_registry() -> None:
    from factoid.ask import _properties

    assert _properties("Where was Ada Quill buried?") == ("place_of_burial",)
    assert _properties("When did Ada Quill die?") == ("date_of_death", "place_of_death", "manner_of_death")
    assert _properties("Who killed Ada Quill?")[0] == "killed_by"
    assert _properties("What colour were her eyes?") == ()


# Two documents that are copies of one text are one witness: ``ask`` counts sources as
# reconcile does (the read model's witness count), not by documents cited.
COPIED = (
    "Anselm Varga\n\n"
    "Anselm Varga was a Hungarian printer and later a trade union organiser in Budapest. "
    "Anselm Varga was born on 4 April 1881 in Szeged, the son of a bookbinder.\n\n"
    "Anselm Varga died on 9 November 1944 in Budapest during the siege of the city.\n"
)


@pytest.fixture(scope="module", params=BACKENDS)
def copied_kb(request, tmp_path_factory):
    root = tmp_path_factory.mktemp("ask-copies")
    src = root / "sources"
    src.mkdir()
    (src / "varga_site.txt").write_text(COPIED, encoding="utf-8")
    (src / "varga_mirror.txt").write_text(COPIED, encoding="utf-8")
    kb = api.open_kb(new_kb_url(request, request.param, root))
    assert api.ingest(kb, [src]).ok
    api.build(kb)
    return kb


def test_copies_of_one_text_count_as_one_source(copied_kb):
    answer = api.ask(copied_kb, "When did Anselm Varga die?")
    assert "1944-11-09" in answer.text
    assert {c["document"] for c in answer.citations} == {"varga_site.txt", "varga_mirror.txt"}
    assert "(1 independent source)" in answer.text
    assert "2 independent sources" not in answer.text
