"""Passage roles of pages in other languages than English: their "See also" and references
headings come from ``lang/<code>/roles.toml``. Pages written for these tests."""

from __future__ import annotations

from factoid.model import Document, PassageRole
from factoid.passages import split_passages
from factoid.roles import assign_roles


def _roles(text: str) -> dict[str, PassageRole]:
    doc = Document(id="t.txt", text=text, content_hash="x", size=len(text), format="txt")
    return {p.text: p.role for p in assign_roles(doc, split_passages(doc))}


def test_a_dutch_see_also_line_of_links_is_boilerplate() -> None:
    roles = _roles("Jan de Wit\n\nJan de Wit werd in 1801 in Leiden geboren en stierf in 1860 in Delft.\n\n"
                   "Zie ook: Pieter de Wit · Leiden · Delft")
    assert roles["Zie ook: Pieter de Wit · Leiden · Delft"] == PassageRole.BOILERPLATE
    assert roles["Jan de Wit werd in 1801 in Leiden geboren en stierf in 1860 in Delft."] == PassageRole.MAIN


def test_a_portuguese_read_also_heading_is_boilerplate() -> None:
    roles = _roles("Ana Souza\n\nAna Souza nasceu em 1801 em Lisboa e morreu em 1860 no Porto.\n\nLeia também:")
    assert roles["Leia também:"] == PassageRole.BOILERPLATE


def test_a_czech_related_articles_line_is_boilerplate() -> None:
    roles = _roles("Jana Novotná\n\nJana Novotná se narodila roku 1801 v Brně a zemřela roku 1860 v Praze.\n\n"
                   "Související články: Josef Novotný · Brno")
    assert roles["Související články: Josef Novotný · Brno"] == PassageRole.BOILERPLATE


def test_english_see_also_is_read_as_before() -> None:
    roles = _roles("John Smith\n\nJohn Smith was born in 1801 in Leeds and died in 1860 in York.\n\n"
                   "See also: Jane Smith · Leeds")
    assert roles["See also: Jane Smith · Leeds"] == PassageRole.BOILERPLATE
