"""Serbian Cyrillic, told from Russian and Bulgarian by its own letters and read by the
rule-based prose reader from data alone (lang/sr/), on sentences about an invented person
written for this test."""

from __future__ import annotations

import pytest
from extract_run import extract_text

from factoid import dates
from factoid.ingest.language import guess_language

pytestmark = pytest.mark.slow

PAGE = ("Милош Јанковић\n\n"
        "Милош Јанковић (око 1712 — Сремљање, 3. јун 1770)\n\n"
        "Милош Јанковић био је српски кнез и писац. Рођен је око 1712. године у Новом Саду.\n\n"
        "Његов отац Петар Јанковић затворен је у тврђаву Бач, где је исте године убијен.\n\n"
        "Умро је 3. јуна 1770. године у свом дому у Сремљању.")


@pytest.fixture(scope="module")
def claims() -> set[tuple[str, str, str]]:
    _, found = extract_text(PAGE, "sr")
    return {(c.subject_name, c.property, c.value) for c in found if ".sr." in c.extractor}


def test_serbian_cyrillic_is_not_read_as_russian_or_bulgarian() -> None:
    assert guess_language(PAGE) == "sr"
    assert guess_language("Иван Петров е роден в София. Той беше учител и писател, който живя във Варна.") == "bg"
    assert guess_language("Иван Петров родился в Москве. Он был учителем и писателем, который жил в Киеве.") == "ru"


def test_serbian_months_in_both_scripts_and_cases() -> None:
    assert [d.value.edtf for d in dates.find_dates("3. јуна 1770. године")] == ["1770-06-03"]
    assert [d.value.edtf for d in dates.find_dates("3. jun 1770")] == ["1770-06-03"]
    assert [d.value.edtf for d in dates.find_dates("20. децембар 1355")] == ["1355-12-20"]


def test_death_in_a_town_in_the_locative(claims) -> None:
    subject = "Milosh Jankovich" if any(s == "Milosh Jankovich" for s, _, _ in claims) else "Милош Јанковић"
    found = {(p, v) for s, p, v in claims if s == subject}
    assert ("date_of_death", "1770-06-03") in found
    assert ("place_of_death", "Сремљање") in found


def test_a_killing_after_where_is_the_fathers_not_the_subjects(claims) -> None:
    assert not any(p == "manner_of_death" and s not in {"Petar Jankovich", "Петар Јанковић"} for s, p, _ in claims)


def test_an_office_with_its_country_adjective(claims) -> None:
    assert any(p == "position_held" and v.startswith("српски кнез") for _, p, v in claims)
