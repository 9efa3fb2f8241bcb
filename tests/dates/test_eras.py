"""Years before 1000 and years with an era (``dates/_eras.py``): a short number is a year only
where the words around it say so; sentences are invented for these tests."""

from __future__ import annotations

import pytest

from factoid import dates


def values(text: str) -> list[tuple[str, str]]:
    return [(d.text, d.value.edtf) for d in dates.find_dates(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The abbess was born c. 612 near the river.", [("c. 612", "0612~")]),
    ("She was born around 640.", [("around 640", "0640~")]),
    ("He was born about 731 in a fishing town.", [("about 731", "0731~")]),
    ("The bishop died on 14 May 709.", [("14 May 709", "0709-05-14")]),
    ("The bishop died on May 14, 709.", [("May 14, 709", "0709-05-14")]),
    ("Odo (c. 690 – 14 May 749) was a monk.", [("c. 690 – 14 May 749", "0690~/0749-05-14")]),
    ("Odo (c. 690 – c. 749) was a monk.", [("c. 690 – c. 749", "0690~/0749~")]),
    ("Odo (690–749) was a monk.", [("690–749", "0690/0749")]),
    ("Odo (c. 690 – April 749) was a monk.", [("c. 690 – April 749", "0690~/0749-04")]),
    ("The fort fell in 771 AD.", [("771 AD", "0771")]),
    ("The fort fell in AD 771.", [("AD 771", "0771")]),
    ("The fort fell in 771 CE.", [("771 CE", "0771")]),
    ("In 771 he left the fort.", [("771", "0771")]),
    ("The tribune died in 61 BC.", [("61 BC", "-0060")]),
    ("The tribune (c. 118 BC – 61 BC) spoke.", [("c. 118 BC – 61 BC", "-0117~/-0060~")]),
    ("The tribune (118–61 BC) spoke.", [("118–61 BC", "-0117/-0060")]),
    ("The tribune was born on 3 April 118 BC.", [("3 April 118 BC", "-0117-04-03")]),
    ("the 3rd century BC", [("3rd century BC", "-0299/-0200")]),
])
def test_early_years_in_a_date_context(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(("text", "edtf"), [
    ("Il est né vers 712.", "0712~"),
    ("Er starb um 712 in Metz.", "0712~"),
    ("Er starb 712 n. Chr. in Metz.", "0712"),
    ("Er wurde 61 v. Chr. geboren.", "-0060"),
    ("Morì nel 712.", "0712"),
    ("Nació hacia el 712.", "0712"),
    ("Il mourut en 61 av. J.-C.", "-0060"),
    ("Morì nel 61 a.C.", "-0060"),
    ("Умер около 712 года.", "0712~"),
    ("Умер в 61 году до н. э.", "-0060"),
])
def test_other_languages_write_eras_their_way(text, edtf):
    assert [d.value.edtf for d in dates.find_dates(text)] == [edtf]


@pytest.mark.parametrize("text", [
    "The fleet had 548 ships.",
    "See page 497 of the chronicle.",
    "About 500 of them came back.",
    "Around 300 soldiers deserted.",
    "The siege lasted, in 120 days, longer than any other.",
    "He won 3 of 497 votes.",
    "The quote is on pp. 482–565 of the book.",
    "Room 101 was cold.",
    "Um 500 Soldaten kamen.",
    "Пришло около 500 человек.",
    "He was 44 when he left.",
    "The tax was 712 marks.",
])
def test_a_short_number_elsewhere_is_no_year(text):
    assert [d for d in dates.find_dates(text) if not d.value.edtf.startswith("X")] == []


def test_a_day_and_month_before_a_count_keep_no_year():
    assert values("On 5 May 300 soldiers fled.") == [("5 May", "XXXX-05-05")]


def test_four_digit_years_read_as_before():
    assert values("Timur (1336 – 18 February 1405) ruled.") == [
        ("1336 – 18 February 1405", "1336/1405-02-18")]
    assert values("c. 1900 – 19 August 1945") == [("c. 1900 – 19 August 1945", "1900~/1945-08-19")]
    assert values("around 1936–1938") == [("around 1936–1938", "1936~/1938~")]


def test_year_of_reads_years_before_the_common_era():
    assert dates.year_of("-0043-03-15") == -43
    assert dates.year_of("0548~") == 548
    assert dates.year_of("XXXX-05-05") is None


def test_a_score_in_brackets_is_no_lifespan():
    assert values("The home side won (102–98) at last.") == []
