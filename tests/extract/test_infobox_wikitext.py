"""Raw wikitext infobox templates read like rendered boxes, every quote the document's text."""

from __future__ import annotations

import hashlib

from factoid.extract.common import Subject
from factoid.extract.infobox import find_blocks, read_infoboxes
from factoid.extract.infobox.wikitext import mask
from factoid.model import Document, PassageRole

SUBJECT = Subject("wiki.txt@0", "Jan Kowalczyk")

ONE_FIELD_A_LINE = """Jan Kowalczyk

{{Infobox military person
| name          = Jan Kowalczyk
| image         = Kowalczyk.jpg
| birth_date    = {{birth date|1746|2|4}}
| birth_place   = [[Mereczowszczyzna]], [[Grand Duchy of Lithuania]]
| death_date    = {{death date and age|1817|10|15|1746|2|4}}<ref>A note of my own.</ref>
| death_place   = [[Solothurn]], Switzerland
| spouse        =
| parents       = {{plainlist|* [[Ludwik Kowalczyk]] * [[Tekla Ratomska]]}}
| allegiance    = [[Poland]]
| rank          = [[Brigadier general]]
| office        = Governor of Wilno
| term_start    = 1790
| term_end      = 1794
| predecessor   = [[Adam Zaleski]]
| successor     = [[Piotr Nowak|Piotr Nowak the Younger]]
| office2       = Marshal of the Sejm
| president2    = [[Stanislaw Lis]]
| awards        = [[Order of the White Eagle]]<br />[[Virtuti Militari]]
| children = [[Anna Kowalczyk]] | relatives = [[Jerzy Kowalczyk]] (brother)
| known_for     = the rising of 1794
}}

Jan Kowalczyk was a general who led the rising of 1794.
"""

ONE_LINE = (
    "A copy of the box: {{Infobox person | name = Jan Kowalczyk | birth_date = {{circa|1478}} "
    "| birth_place = [[Brugge|Bruges]], [[County of Flanders|Flanders]] | death_date = "
    "{{OldStyleDate|15 October|1530|5 October}} | death_place = [[Ghent]] | spouse = "
    "[[Marta Smet]] (m. 1499) | children = {{plainlist|\n* [[Anna Kowalczyk]]\n* [[Joos Kowalczyk]]\n}}\n"
    "| office = Abbot of Ter Hage | term_start = 1512 | term_end = 1525 }}\n"
)


def _read(text: str) -> list:
    doc = Document("wiki.txt", text, hashlib.sha256(text.encode()).hexdigest(), len(text), "txt")
    claims = list(read_infoboxes(doc, SUBJECT, role_at=lambda offset: PassageRole.MAIN))
    for c in claims:
        assert c.span.grounded_in(doc.text)
        if not c.property.startswith("date_") and not c.qualifiers:  # dates are rewritten; a term quotes its line
            assert all(word in c.span.quote for word in c.value_text.replace(",", " ").split()), c
    return claims


def _values(claims, prop) -> list[str]:
    return [c.value for c in claims if c.property == prop]


def test_mask_keeps_every_offset():
    for text in (ONE_FIELD_A_LINE, ONE_LINE):
        masked = mask(text)
        assert len(masked) == len(text)
        assert "{{" not in masked and "[[" not in masked


def test_text_without_a_template_is_left_alone():
    text = "He was born in [[Paris]] {{citation needed}}.\n"
    assert mask(text) is text


def test_fields_one_a_line():
    claims = _read(ONE_FIELD_A_LINE)
    assert _values(claims, "date_of_birth") == ["1746-02-04"]
    assert _values(claims, "date_of_death") == ["1817-10-15"]
    assert _values(claims, "place_of_birth") == ["Mereczowszczyzna, Grand Duchy of Lithuania"]
    assert _values(claims, "place_of_death") == ["Solothurn, Switzerland"]
    assert _values(claims, "father") == ["Ludwik Kowalczyk"]
    assert _values(claims, "mother") == ["Tekla Ratomska"]
    assert _values(claims, "military_rank") == ["Brigadier general"]
    assert _values(claims, "award_received") == ["Order of the White Eagle", "Virtuti Militari"]
    assert _values(claims, "child") == ["Anna Kowalczyk"]
    assert _values(claims, "sibling") == ["Jerzy Kowalczyk"]
    assert _values(claims, "spouse") == []


def test_quote_is_the_document_line_with_its_markup():
    claims = _read(ONE_FIELD_A_LINE)
    death = next(c for c in claims if c.property == "place_of_death")
    assert death.span.quote == "death_place   = [[Solothurn]], Switzerland"


def test_office_block_with_term_and_neighbours():
    claims = [c for c in _read(ONE_FIELD_A_LINE) if c.property == "position_held"]
    governor = [c.qualifiers for c in claims if c.value == "Governor of Wilno"]
    assert {"start": "1790", "end": "1794"} in governor
    assert {"replaces": "Adam Zaleski"} in governor
    assert {"replaced_by": "Piotr Nowak the Younger"} in governor
    assert "Marshal of the Sejm" in {c.value for c in claims}
    # the president of a numbered office is someone else, never the subject's office
    assert not any("Stanislaw" in c.value for c in claims)


def test_several_fields_on_one_line():
    claims = _read(ONE_LINE)
    assert _values(claims, "date_of_birth") == ["1478~"]
    assert _values(claims, "date_of_death") == ["1530-10-15"]
    assert _values(claims, "place_of_birth") == ["Bruges, Flanders"]
    assert _values(claims, "place_of_death") == ["Ghent"]
    assert _values(claims, "spouse") == ["Marta Smet"]
    assert _values(claims, "child") == ["Anna Kowalczyk", "Joos Kowalczyk"]
    abbot = [c.qualifiers for c in claims if c.property == "position_held"]
    assert abbot == [{"start": "1512", "end": "1525"}]


def test_block_is_kept_out_of_prose():
    blocks = find_blocks(ONE_FIELD_A_LINE)
    assert len(blocks) == 1
    assert ONE_FIELD_A_LINE.index("Jan Kowalczyk was") > blocks[0][-1].end
