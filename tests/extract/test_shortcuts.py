"""The reading shortcuts of extraction (issue 14) give what the slow paths give: a passage's
text sliced instead of spaCy's tokens joined, a sentence's trigger tokens found by bisection,
its clause subjects read from the passage's dependency array."""

from __future__ import annotations

from factoid.extract import frames
from factoid.extract.mentions import find_names
from factoid.extract.prose import ProseReader
from factoid.extract.refs import _SUBJ, References

from factoid.model import Document, Passage


def make_document(text: str) -> tuple[Document, list[Passage]]:
    """A document whose passages are its blank-line separated paragraphs."""
    passages, pos = [], 0
    for i, chunk in enumerate(text.split("\n\n")):
        start = text.index(chunk, pos)
        passages.append(Passage("doc.txt", i, start, start + len(chunk), chunk))
        pos = start + len(chunk)
    return Document("doc.txt", text, "0" * 64, len(text.encode()), "txt"), passages

TEXT = (
    "Walter Brennick was born in Leeds in 1901.  He studied law, and his sister Ada taught music.\n"
    "In 1930 he married Clara Holm; she was appointed director of the city library in 1935. "
    "Brennick was arrested on 4 May 1938 and shot in Moscow.\n\n"
    "Their son Peter, who was born in 1933, emigrated. The family's house burned down."
)


def test_subject_positions_are_the_tokens_labelled_subject(nlp_model) -> None:
    doc = nlp_model(TEXT)
    fast = References.subject_positions(doc)
    assert fast == [t.i for t in doc if t.dep_ in _SUBJ]
    assert fast  # the text has subjects, so the comparison says something
    assert References.subject_positions(nlp_model.make_doc("")) == []


def test_find_names_with_the_passage_text_finds_the_same_names(nlp_model) -> None:
    for chunk in TEXT.split("\n\n"):
        doc = nlp_model(chunk)
        assert find_names(doc, 40, chunk) == find_names(doc, 40)
    assert find_names(nlp_model(TEXT), 0)  # names were found at all


def test_sentence_triggers_are_the_sentence_tokens_that_trigger_a_frame(nlp_model) -> None:
    doc, passages = make_document(TEXT)
    parsed = nlp_model(passages[0].text)
    reader = ProseReader(doc, References(base=0, names={}, people={}, main=None), None)
    reader.triggers = frames.triggers(parsed)
    reader._trigger_order = sorted(reader.triggers)
    assert reader.triggers  # born, married, appointed, arrested, shot
    for sent in parsed.sents:
        assert reader._sentence_triggers(sent) == [t.i for t in sent if t.i in reader.triggers]


def test_sentence_text_is_the_passage_text_sliced(nlp_model) -> None:
    for chunk in TEXT.split("\n\n"):
        for sent in nlp_model(chunk).sents:
            assert chunk[sent.start_char : sent.end_char] == sent.text


def test_extraction_without_the_passage_texts_makes_the_same_claims(nlp_model, monkeypatch) -> None:
    from factoid import extract

    doc, passages = make_document(TEXT)
    parsed = [nlp_model(p.text) for p in passages]
    fast = extract.extract_document(doc, passages, parsed)
    slow_read = ProseReader.read_passage
    monkeypatch.setattr(ProseReader, "read_passage", lambda self, d, base, role, text=None: slow_read(self, d, base, role))
    slow = extract.extract_document(doc, passages, parsed)
    assert len(fast[1]) >= 4  # births, a marriage, an office, an arrest, a death
    assert fast == slow
