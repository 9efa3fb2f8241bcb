"""A facts box under a heading that is no name ("Quick Facts") speaks of the page's subject:
the names in its "Also known as" field join the subject (``infobox.alias_pairs`` with cues)."""

from __future__ import annotations

from factoid.extract.infobox import alias_pairs
from factoid.extract.mentions import NameSpan
from tests.extract_run import document

TEXT = ("URL: https://bio.example.com/odile-marchand\n\nOdile Marchand Biography\n\nQuick Facts\n"
        "Also known as: Odile de Varenne, dame de Marchand\nBorn: May 3, 1702\nBirthplace: Arnau, France\n\n"
        "Odile Marchand was a botanist.\n")


def _span(text: str, name: str) -> NameSpan:
    at = TEXT.index(name)
    return NameSpan(at, at + len(name), name)


def test_the_boxs_aliases_join_the_cued_subject():
    doc, _ = document(TEXT)
    subject, alias = _span(TEXT, "Odile Marchand"), _span(TEXT, "Odile de Varenne")
    assert (subject.start, alias.start) in alias_pairs(doc, [subject, alias], ("Odile Marchand",))


def test_without_a_cue_an_untitled_box_joins_nobody():
    doc, _ = document(TEXT)
    subject, alias = _span(TEXT, "Odile Marchand"), _span(TEXT, "Odile de Varenne")
    assert alias_pairs(doc, [subject, alias]) == []
