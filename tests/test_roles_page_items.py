"""A newspaper clipping (a masthead line with a weekday and a date) may carry other items
under their own headlines in capitals: an item after the subject's story that introduces a
person the page has not named, and never names the subject, is off-topic, so its "he was
born in ..." is not the subject's. The subject's own story and its sub-headings stay main,
and a page without a dated masthead is left alone."""

from __future__ import annotations

from factoid.model import Document, PassageRole
from factoid.passages import split_passages
from factoid.roles import assign_roles

MASTHEAD = "THE HARBOUR GAZETTE, Tuesday, 3 May 1932, page 2\n\n"

STORY = """MEDAL FOR LIFEBOAT COXSWAIN
Brave Night Off The Point

The Institution has awarded its silver medal to Coxswain Edwin Tolley of the Marsh lifeboat.
Tolley, who was born at Rye in 1889, brought eleven men off the grounded schooner.

"""

OBITUARY = """DEATH OF A FORMER ALDERMAN
Mr. Jasper Quill, who sat on the council from 1901 to 1912, died on Sunday aged 84. He was born at Hythe in 1848.
"""

SHORT_ITEM = """ALSO ON THIS PAGE
Baker Retires. — Mrs. Nora Flinders, 70, who kept the bakery in Mill Lane from 1890 to 1931, has retired. She was born in 1862 in Deal.
"""

SUBHEAD = """LATER YEARS
Tolley kept the boat until 1930, when his nephew Harold Ames took it over.
"""


def _roles(text: str) -> dict[str, PassageRole]:
    doc = Document(id="t.txt", text=text, content_hash="x", size=len(text), format="txt")
    return {p.text[:20]: p.role for p in assign_roles(doc, split_passages(doc))}


def test_an_obituary_after_the_story_is_another_item():
    roles = _roles(MASTHEAD + STORY + OBITUARY)
    assert roles["Mr. Jasper Quill, wh"] == PassageRole.OFFTOPIC
    assert roles["The Institution has "] == PassageRole.MAIN


def test_a_short_item_under_also_on_this_page_is_another_item():
    roles = _roles(MASTHEAD + STORY + SHORT_ITEM)
    assert roles["Baker Retires. — Mrs"] == PassageRole.OFFTOPIC


def test_a_subheading_of_the_story_that_names_the_subject_stays_main():
    roles = _roles(MASTHEAD + STORY + SUBHEAD)
    assert roles["Tolley kept the boat"] == PassageRole.MAIN


def test_without_a_dated_masthead_nothing_is_another_item():
    roles = _roles(STORY + OBITUARY)
    assert roles["Mr. Jasper Quill, wh"] == PassageRole.MAIN


def test_the_first_story_is_never_another_item():
    roles = _roles(MASTHEAD + OBITUARY)
    assert roles["Mr. Jasper Quill, wh"] == PassageRole.MAIN
