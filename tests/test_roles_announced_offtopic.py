"""A passage that announces another topic ("Off topic: ...", "This site also hosts a page on
...") and names none of the page's subject names is off-topic: the people it names are no part
of the page's subject. One that names the subject stays main."""

from __future__ import annotations

from factoid.model import Document, PassageRole
from factoid.passages import split_passages
from factoid.roles import assign_roles

TEXT = """Edda Storm was a Norwegian sailor born in 1790 in Bergen. She sailed to Java in 1821.

She died in Bergen in 1844, and Storm was buried beside her father.

Note: This site also hosts a page on the herring market of Voss. The market was opened by the fishmonger Ola Dahl (born 1961) and runs every June.

Off topic: my cousin Per Lund (born 1950) rows the fjord race again this year.

Off topic, but Storm also kept a diary, which her niece published in 1901."""


def _roles() -> dict[str, PassageRole]:
    doc = Document(id="t.txt", text=TEXT, content_hash="x", size=len(TEXT), format="txt")
    return {p.text[:20]: p.role for p in assign_roles(doc, split_passages(doc))}


def test_a_note_on_another_page_of_the_site_is_offtopic():
    assert _roles()["Note: This site also"] == PassageRole.OFFTOPIC


def test_a_paragraph_marked_off_topic_is_offtopic():
    assert _roles()["Off topic: my cousin"] == PassageRole.OFFTOPIC


def test_a_marked_paragraph_about_the_subject_stays_main():
    roles = _roles()
    assert roles["Off topic, but Storm"] == PassageRole.MAIN
    assert roles["Edda Storm was a Nor"] == PassageRole.MAIN
