"""Danish, read by the rule-based prose reader from data alone (lang/da/), on sentences about
invented people written for this test."""

from __future__ import annotations

import pytest
from extract_run import extract_text

from factoid import dates
from factoid.ingest.language import guess_language

pytestmark = pytest.mark.slow

PAGE = ("Niels Holmgaard\n\n"
        "Niels Peder Holmgaard, 3.5.1702-19.11.1771, dansk godsejer og kartograf.\n\n"
        "Niels Holmgaard blev født 3. maj 1702 på herregården Ravnsholt ved Odense og døde 19. november 1771 "
        "i Aarhus. Han var søn af amtmand Peder Holmgaard (1660-1731) og Karen Lund (1671-1740).\n\n"
        "I 1741 blev han rigskansler hos kong Christian 6. i København.\n\n"
        "Han giftede sig med Mette Bering. De fik fem børn, blandt dem Anders, Birgitte og Erik.\n\n"
        "Han døde efter en lang sygdom. Hans bror Jens Holmgaard (1705-1760) var præst.")


@pytest.fixture(scope="module")
def claims() -> set[tuple[str, str, str]]:
    _, found = extract_text(PAGE, "da")
    return {(c.subject_name, c.property, c.value) for c in found if ".da." in c.extractor}


def test_danish_prose_is_told_from_its_neighbours() -> None:
    assert guess_language(PAGE.split("\n\n", 2)[2]) == "da"
    assert guess_language("Hun blev født i Lund og døde i Malmö, hvor hun havde boet siden 1901.") == "da"


def test_danish_months_and_a_lexicon_life_of_dotted_dates() -> None:
    assert [d.value.edtf for d in dates.find_dates("den 24. oktober 1601")] == ["1601-10-24"]
    assert [d.value.edtf for d in dates.find_dates("Ole Bang, 2.3.1801-9.4.1860, præst")] == ["1801-03-02/1860-04-09"]
    assert [d.value.edtf for d in dates.find_dates("telefon 12.10.1999-1234")] == []


def test_birth_and_death_with_an_estate_and_a_town(claims) -> None:
    subject = "Niels Holmgaard"
    assert {(subject, "date_of_birth", "1702-05-03"), (subject, "date_of_death", "1771-11-19"),
            (subject, "place_of_birth", "Ravnsholt manor"), (subject, "place_of_death", "Århus")} <= claims
    assert (subject, "manner_of_death", "natural") in claims


def test_parents_after_a_title_and_relatives_in_a_list(claims) -> None:
    subject = "Niels Holmgaard"
    assert {(subject, "father", "Peder Holmgaard"), (subject, "mother", "Karen Lund"),
            (subject, "spouse", "Mette Bering"), (subject, "sibling", "Jens Holmgaard")} <= claims
    assert {v for s, p, v in claims if s == subject and p == "child"} == {"Anders", "Birgitte", "Erik"}
    # the parents' and the brother's lives are theirs
    assert not {(subject, "date_of_birth", "1660"), (subject, "date_of_birth", "1705")} & claims


def test_an_office_after_blev(claims) -> None:
    offices = {v for s, p, v in claims if p == "position_held"}
    assert any(v.startswith("rigskansler hos kong Christian") for v in offices)
