"""``{{marriage|A|1913|1925|end=div}}`` in a raw wikitext infobox is a spouse, each of several
joined by ``<br />``, the last one without an end year too."""

from __future__ import annotations

import hashlib

from factoid.extract.common import Subject
from factoid.extract.infobox import read_infoboxes
from factoid.extract.infobox.wikitext import mask
from factoid.model import Document, PassageRole

SUBJECT = Subject("wiki.txt@0", "Ole Brandt")

BOX = """Ole Brandt

{{Infobox sportsperson
| name = Ole Brandt
| birth_date = {{birth date|1890|3|2}}
| spouse = {{marriage|Ida Holm|1912|1920|end=div}}<br />{{marriage|Rut Berg|1921|1930|end=div}}<br />{{marriage|Kari Lunde|1933}}
| children = 4
}}
'''Ole Brandt''' (March 2, 1890 – 1960) was a Norwegian skier.
"""


def _claims() -> list:
    doc = Document("wiki.txt", BOX, hashlib.sha256(BOX.encode()).hexdigest(), len(BOX.encode()), "txt")
    claims = list(read_infoboxes(doc, SUBJECT, role_at=lambda offset: PassageRole.MAIN))
    for c in claims:
        assert BOX[c.span.start : c.span.end] == c.span.quote
    return claims


def test_marriage_templates_are_spouses():
    assert sorted(c.value for c in _claims() if c.property == "spouse") == ["Ida Holm", "Kari Lunde", "Rut Berg"]


def test_masked_box_keeps_its_length():
    assert len(mask(BOX)) == len(BOX)
