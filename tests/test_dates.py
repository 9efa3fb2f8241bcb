"""Date expressions -> EDTF: table-driven positive and negative cases, offsets, comparisons."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from edtf import parse_edtf

from factoid import dates
from factoid.dates import DateMatch, compatible, find_dates, parse_date, precision_rank, refines

D = datetime.date

# (text, edtf, precision)
PARSE_CASES: list[tuple[str, str, str]] = [
    ("1900", "1900", "year"),
    ("31 July 1937", "1937-07-31", "day"),
    ("June 13, 1938", "1938-06-13", "day"),
    ("June 13, 1938.", "1938-06-13", "day"),
    ("On 13 June 1938", "1938-06-13", "day"),
    ("In 1936-1937", "1936/1937", "interval"),
    ("1937–1938", "1937/1938", "interval"),
    ("In 1936-1938.", "1936/1938", "interval"),
    ("1934-1936.", "1934/1936", "interval"),
    ("1934 - 1941", "1934/1941", "interval"),
    ("1936-38", "1936/1938", "interval"),
    ("1937/38", "1937/1938", "interval"),
    ("at the beginning of June 1937", "1937-06", "month"),
    ("At the end of April 1938", "1938-04", "month"),
    ("in early 1938", "1938", "year"),
    ("throughout late 1938", None, ""),  # "throughout" is not a preposition parse_date strips
    ("mid-1938", "1938", "year"),
    ("around 1930", "1930~", "year"),
    ("Around 1930", "1930~", "year"),
    ("c. 1930", "1930~", "year"),
    ("c.1930", "1930~", "year"),
    ("circa 1930", "1930~", "year"),
    ("approximately 1930", "1930~", "year"),
    ("about June 1938", "1938-06~", "month"),
    ("probably 1938", "1938?", "year"),
    ("perhaps in 1938", "1938?", "year"),
    ("1938?", "1938?", "year"),
    ("probably around 1938", "1938%", "year"),
    ("the evening of 19 August 1945", "1945-08-19", "day"),
    ("on the night of 13 June 1938", "1938-06-13", "day"),
    ("(1900-1968)", "1900/1968", "interval"),
    ("(1900?–1968)", "1900?/1968", "interval"),
    ("1900 – 19 August 1945", "1900/1945-08-19", "interval"),
    ("31 July 1937 – 13 June 1938", "1937-07-31/1938-06-13", "interval"),
    ("from 1936 to 1938", "1936/1938", "interval"),
    ("between 1936 and 1938", "1936/1938", "between"),
    ("19 August – 3 September 1945", "1945-08-19/1945-09-03", "interval"),
    ("December 25 – January 5, 1939", "1938-12-25/1939-01-05", "interval"),
    ("13–14 June 1938", "1938-06-13/1938-06-14", "interval"),
    ("June 13-14, 1938", "1938-06-13/1938-06-14", "interval"),
    ("June–July 1938", "1938-06/1938-07", "interval"),
    ("In 1938.", "1938", "year"),
    ("August 19", "XXXX-08-19", "day"),
    ("on June 14th", "XXXX-06-14", "day"),
    ("19 August", "XXXX-08-19", "day"),
    ("the 19th of August", "XXXX-08-19", "day"),
    ("In April 1919", "1919-04", "month"),
    ("In November 1957", "1957-11", "month"),
    ("June of 1938", "1938-06", "month"),
    ("the summer of 1945", "1945-06/1945-08", "interval"),
    ("Summer 1945", "1945-06/1945-08", "interval"),
    ("the early summer of 1937", "1937-06/1937-08", "interval"),
    ("autumn 1941", "1941-09/1941-11", "interval"),
    ("the winter of 1941/42", "1941-12/1942-02", "interval"),
    ("the winter of 1938", "1938-01/1939-02", "interval"),
    ("the 1930s", "1930/1939", "decade"),
    ("the early 1930s", "1930/1939", "decade"),
    ("the mid-1930s", "1930/1939", "decade"),
    ("1930's", "1930/1939", "decade"),
    ("1945-08-19", "1945-08-19", "day"),
    ("31.07.1937", "1937-07-31", "day"),
    ("1.7.1937", "1937-07-01", "day"),
    ("in 1924.", "1924", "year"),
    ("December 1934", "1934-12", "month"),
    ("December, 1934", "1934-12", "month"),
    ("May 26, 1938", "1938-05-26", "day"),
    ("since 1935", "1935", "year"),
    ("by 1938", "1938", "year"),
    ("Aug. 19, 1945", "1945-08-19", "day"),
    ("19 Aug. 1945", "1945-08-19", "day"),
    ("Sept. 1938", "1938-09", "month"),
    ("Sept 3, 1938", "1938-09-03", "day"),
    ("19th August 1945", "1945-08-19", "day"),
    ("the 19th of August, 1945", "1945-08-19", "day"),
    ("August 19th, 1945", "1945-08-19", "day"),
    ("June 12,1938", "1938-06-12", "day"),
    ("AUGUST 19, 1945", "1945-08-19", "day"),
    ("29 February 1940", "1940-02-29", "day"),
    ("1000", "1000", "year"),
    ("2100", "2100", "year"),
]

NEGATIVE: list[str] = [
    "19",
    "45",
    "aged 45",
    "20,000–30,000",
    "No. 00447",
    "ISBN 5-7838-0838-5",
    "ISBN 5-1938-0838-5",
    "464 p.",
    "3000 copies",
    "59th border detachment",
    "14th Army",
    "at approximately 5:30 am",
    "12 years",
    "8 years in the camps",
    "2 weeks",
    "the 3rd rank",
    "999",
    "0999",
    "2101",
    "2500",
    "1,000",
    "1,938",
    "1.938",
    "12,000",
    "tel. 8-800-1938-555",
    "+7 495 1938-45-45",
    "No. 1938",
    "Order № 1938",
    "p. 1938",
    "pp. 1937-1938",
    "1500 men",
    "2000 copies",
    "at 1930 hours",
    "19385",
    "A1938",
    "1938th",
    "30 February",
    "may 19",
    "he may",
    "12.13.1937",
    "",
]


@pytest.mark.parametrize(("text", "edtf", "precision"), PARSE_CASES)
def test_parse_date(text: str, edtf: str | None, precision: str) -> None:
    value = parse_date(text)
    if edtf is None:
        assert value is None
        return
    assert value is not None, text
    assert value.edtf == edtf
    assert value.precision == precision
    parse_edtf(value.edtf)  # every emitted value is valid EDTF


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_a_date(text: str) -> None:
    assert find_dates(text) == []
    assert parse_date(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "He was aged 45 when he died.",
        "Between 20,000–30,000 people were shot; see No. 00447 and ISBN 5-7838-0838-5, 464 p.",
        "3000 copies of the 59th border detachment of the 14th Army.",
        "At approximately 5:30 am, after 12 years, 8 years in the camps and 2 weeks.",
        "He reached the 3rd rank.",
    ],
)
def test_no_dates_in_sentences(text: str) -> None:
    assert find_dates(text) == []


def test_year_has_year_precision_and_bounds() -> None:
    value = parse_date("1900")
    assert value is not None
    assert (value.lower, value.upper) == (D(1900, 1, 1), D(1900, 12, 31))
    assert not value.approximate and not value.uncertain


def test_approximate_and_uncertain_flags() -> None:
    around = parse_date("around 1930")
    probably = parse_date("probably 1938")
    assert around is not None and around.approximate and not around.uncertain
    assert probably is not None and probably.uncertain and not probably.approximate
    assert (around.lower, around.upper) == (D(1930, 1, 1), D(1930, 12, 31))  # strict bounds


def test_context_year_fills_missing_year() -> None:
    value = parse_date("August 19", context_year=1945)
    assert value is not None and value.edtf == "1945-08-19"
    [match] = find_dates("on August 19 he was shot", context_year=1945)
    assert match.value.edtf == "1945-08-19"


def test_yearless_value_bounds_stay_representable() -> None:
    value = parse_date("August 19")
    assert value is not None
    assert value.lower.month == 8 and value.lower.day == 19
    assert value.upper.month == 8 and value.upper.day == 19


def test_life_span_is_one_match() -> None:
    text = "Genrikh Samoilovich Lyushkov, (1900-1968), was born in Odessa."
    [match] = find_dates(text)
    assert match.value.edtf == "1900/1968"
    assert match.text == "1900-1968"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Genrikh Lyushkov (1900 – 19 August 1945) was an officer.",
            [("1900 – 19 August 1945", "1900/1945-08-19")],
        ),
        (
            "On 13 June 1938, Lyushkov defected; in 1936-1937 he was in Rostov.",
            [("13 June 1938", "1938-06-13"), ("1936-1937", "1936/1937")],
        ),
        (
            "he executed Lyushkov on the evening of 19 August 1945. With Soviet forces",
            [("the evening of 19 August 1945", "1945-08-19")],
        ),
        (
            "in the early 1930s helped Pavel Sudoplatov in the 1940s",
            [("the early 1930s", "1930/1939"), ("the 1940s", "1940/1949")],
        ),
        (
            "DiedAugust 19, 1945(1945-08-19) (aged 45)",
            [("August 19, 1945", "1945-08-19"), ("1945-08-19", "1945-08-19")],
        ),
        ("Born1900 Died", [("1900", "1900")]),
        ("page was last updated at 2024-01-30 05:59 UTC", [("2024-01-30", "2024-01-30")]),
        ("M.: Veche; ARIA-AiF, 2001. - 464 p. - ISBN 5-7838-0838-5", [("2001", "2001")]),
        ("dated July 30, 1937 No. 00447 and", [("July 30, 1937", "1937-07-30")]),
        ("In 1937 men of the NKVD", [("1937", "1937")]),
        ("Around 1930, he carried out", [("Around 1930", "1930~")]),
        ("both in 1939 and in 1941, warning", [("1939", "1939"), ("1941", "1941")]),
        ("in his post-1935 writings", [("1935", "1935")]),
        ("Was he shot in 1945?", [("1945", "1945")]),  # a question mark ends a question
    ],
)
def test_find_dates_in_context(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value.edtf) for m in find_dates(text)] == expected


def _assert_offsets(text: str, matches: list[DateMatch]) -> None:
    previous_end = 0
    for match in matches:
        assert match.text == text[match.start : match.end]
        assert match.start >= previous_end  # left to right, non-overlapping
        previous_end = match.end
        parse_edtf(match.value.edtf)
        assert match.value.lower <= match.value.upper


def test_offsets_over_every_case() -> None:
    text = " ... ".join(case[0] for case in PARSE_CASES) + " " + " ; ".join(NEGATIVE)
    _assert_offsets(text, find_dates(text))


def test_offsets_over_shared_corpus(seeds_dir: Path) -> None:
    for path in sorted(seeds_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        matches = find_dates(text)
        assert matches, path.name
        _assert_offsets(text, matches)


def test_impossible_day_is_not_invented() -> None:
    """"31 February 1938" keeps only what can be true: the month."""
    assert [(m.text, m.value.edtf) for m in find_dates("31 February 1938")] == [
        ("February 1938", "1938-02")
    ]
    assert parse_date("31 February 1938") is None


def test_month_name_must_be_a_whole_word() -> None:
    assert [m.text for m in find_dates("Mayor 1938")] == ["1938"]
    assert [m.text for m in find_dates("Junker 19")] == []


def test_parse_date_rejects_more_than_one_date() -> None:
    assert parse_date("1938 and 1945") is None
    assert parse_date("in 1938 he fled") is None


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("1945", "1945-08-19", True),
        ("1945-08-19", "1945", True),
        ("1937/1938", "1937-07-31", True),
        ("1945-08-19", "1968", False),
        ("1945-08-19", "1945-08-20", False),
        ("1945-08", "1945-08-19", True),
        ("1930~", "1931", True),
        ("1930~", "1929-05-01", True),
        ("1930~", "1932", False),
        ("1930", "1931", False),
        ("1900/1968", "1900", True),
        ("1930/1939", "1937/1938", True),
        ("1936/1938", "1937/1939", False),
        ("XXXX-08-19", "1945-08-19", True),
        ("XXXX-08-19", "1945", True),
        ("XXXX-08-19", "1945-07", False),
        ("XXXX-08-19", "XXXX-08", True),
        ("XXXX-08-19", "XXXX-08-20", False),
        ("XXXX-02-29", "1944", True),
        ("XXXX-02-29", "1945", False),
        ("XXXX-12-31", "1937/1938", True),
        ("1945-08-19", "not a date", False),
        ("XXXX-08-19", "not a date", False),
    ],
)
def test_compatible(a: str, b: str, expected: bool) -> None:
    assert compatible(a, b) is expected
    assert compatible(b, a) is expected  # symmetric


@pytest.mark.parametrize(
    ("specific", "general", "expected"),
    [
        ("1945-08-19", "1945", True),
        ("1945", "1945-08-19", False),
        ("1937-07-31", "1937/1938", True),
        ("1937/1938", "1937-07-31", False),
        ("1945-08-19", "1945-08-19", True),
        ("1931", "1930~", True),
        ("1930~", "1930", False),
        ("1945-08-19", "1968", False),
        ("1945-08-19", "XXXX-08-19", True),
        ("XXXX-08-19", "1945", False),
        ("XXXX-08-19", "XXXX-08", True),
        ("XXXX-08", "XXXX-08-19", False),
        ("garbage", "1945", False),
    ],
)
def test_refines(specific: str, general: str, expected: bool) -> None:
    assert refines(specific, general) is expected


@pytest.mark.parametrize(
    ("edtf", "rank"),
    [
        ("1945-08-19", 3),
        ("1937-07-31~", 3),
        ("1938-06", 2),
        ("1900", 1),
        ("1930~", 1),
        ("1937/1938", 0),
        ("1930/1939", 0),
        ("1900/1945-08-19", 0),
        ("XXXX-08-19", 0),
        ("nonsense", -1),
    ],
)
def test_precision_rank(edtf: str, rank: int) -> None:
    assert precision_rank(edtf) == rank


def test_most_precise_of_agreeing_values() -> None:
    values = ["1945", "1945-08", "1945-08-19", "XXXX-08-19"]
    assert max(values, key=precision_rank) == "1945-08-19"


def test_public_api_is_pinned() -> None:
    assert sorted(dates.__all__) == [
        "DateMatch",
        "DateValue",
        "compatible",
        "find_dates",
        "parse_date",
        "precision_rank",
        "reading",
        "refines",
        "year_of",
    ]
