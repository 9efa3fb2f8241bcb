"""The page's subject marked on its name mentions (``Mention.kind == "subject"``), so that
resolution takes the person a page is about for its top even when kin are named more."""

from __future__ import annotations

from tests.extract_run import extract_text


def test_the_record_subject_is_marked_and_her_kin_are_not():
    # an invented record: her husband is named twice, she once
    text = ("URL: https://roots.example.org/person/Q9\n\nRoots - person record Q9\nMaria Castro\nFemale\n\n"
            "Birth: 2 May 1702, Evora\n\nSpouses and children\nJoao Mendes (m. 1720)\n"
            "  Pedro Mendes (1721-1780)\n\nSiblings\nAna Castro (1700-1760)\n\n"
            "Notes: the deed names Joao Mendes as a notary of Evora.\n")
    mentions, _ = extract_text(text)
    assert {m.text for m in mentions if m.kind == "subject"} == {"Maria Castro"}
    assert [m.kind for m in mentions if m.text == "Joao Mendes"] == ["name", "name"]
