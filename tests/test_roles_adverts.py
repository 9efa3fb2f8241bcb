"""An advertisement pasted into a page (a price and a call to buy or book) is boilerplate:
the people it names (a tour guide, a shop's owner) are no part of the page's subject."""

from __future__ import annotations

from factoid.model import Document, PassageRole
from factoid.passages import split_passages
from factoid.roles import assign_roles

TEXT = """Edda Storm was a Norwegian sailor born in 1790 in Bergen. She sailed to Java in 1821.

Planning a trip to Bergen? Our partners offer 3-night harbour tours from $199. Guide Ola Dahl (born 1981) leads every group. Book now and save 10%.

In 1830 she was paid $300 for the voyage and ordered a new compass before leaving. Call the harbour master, she wrote.

She died in Bergen in 1844."""


def _roles() -> list[tuple[str, PassageRole]]:
    doc = Document(id="t.txt", text=TEXT, content_hash="x", size=len(TEXT), format="txt")
    return [(p.text[:20], p.role) for p in assign_roles(doc, split_passages(doc))]


def test_a_price_with_a_call_to_book_is_an_advert():
    roles = dict(_roles())
    assert roles["Planning a trip to B"] == PassageRole.BOILERPLATE


def test_a_price_or_an_order_in_prose_is_no_advert():
    roles = dict(_roles())
    assert roles["In 1830 she was paid"] == PassageRole.MAIN
    assert roles["Edda Storm was a Nor"] == PassageRole.MAIN
