"""A paragraph labelled as paid for ("Sponsored:", "Advertisement -") is an advert whatever
it says, and an editor's note that the paragraph was pasted in by an error announces another
topic; a paragraph that merely opens with such a word ("Promoted to captain in 1821",
"Ad-hoc ...") stays main."""

from __future__ import annotations

from factoid.model import Document, PassageRole
from factoid.passages import split_passages
from factoid.roles import assign_roles

TEXT = """Edda Storm was a Norwegian sailor born in 1790 in Bergen. She sailed to Java in 1821.

Sponsored: Keep your deck dry with our marine wax! Skipper Ola Dahl (born 1975) swears by it.

Advertisement - Lena Voll (born 1980) teaches knot courses every weekend.

Promoted to captain in 1825, Storm commanded the brig Havet.

Ad-hoc crews were common, and Storm hired hers in Bergen.

Site note: the following paragraph was pasted here by a formatting error. The Voss fiddle week returns in July under the violinist Per Lund (born 1969).

She died in Bergen in 1844."""


def _roles() -> dict[str, PassageRole]:
    doc = Document(id="t.txt", text=TEXT, content_hash="x", size=len(TEXT), format="txt")
    return {p.text[:20]: p.role for p in assign_roles(doc, split_passages(doc))}


def test_a_labelled_advert_is_boilerplate():
    roles = _roles()
    assert roles["Sponsored: Keep your"] == PassageRole.BOILERPLATE
    assert roles["Advertisement - Lena"] == PassageRole.BOILERPLATE


def test_a_paragraph_opening_with_such_a_word_stays_main():
    roles = _roles()
    assert roles["Promoted to captain "] == PassageRole.MAIN
    assert roles["Ad-hoc crews were co"] == PassageRole.MAIN


def test_a_paragraph_pasted_by_an_error_is_offtopic():
    assert _roles()["Site note: the follo"] == PassageRole.OFFTOPIC
