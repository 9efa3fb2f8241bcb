"""A month that is an English word ("may") written lower case between a day and a year."""

from factoid import dates


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.value.edtf) for m in dates.find_dates(text)]


def test_lower_case_may_between_day_and_year_is_the_month() -> None:
    assert _found("(4 aprel 1871, Gəncə – 21 may 1930, Bakı)") == [("4 aprel 1871", "1871-04-04"),
                                                                   ("21 may 1930", "1930-05-21")]


def test_the_verb_is_no_month() -> None:
    assert _found("They may 1930 be") == [("1930", "1930")]
    assert _found("the 12 may be right in 1930") == [("1930", "1930")]


def test_offsets_stay_those_of_the_text() -> None:
    text = "born 3 may 1901 in Quba"
    (m,) = dates.find_dates(text)
    assert text[m.start : m.end] == "3 may 1901"
