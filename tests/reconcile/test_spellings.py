"""Values that differ only in calendar or grammatical case are not a dispute; real rivals
next to them still are. Claims built by hand (sentences written for these tests)."""

from __future__ import annotations

from factoid.model import Claim, Passage, SourceSpan
from factoid.reconcile import reconcile
from factoid.reconcile.spellings import one_day_two_calendars, one_place_two_endings, same_thing, stated_as_one_day

PID = "person/olaf-sandvik"
ENT = {f"{d}@0": PID for d in "abcdefgh"}


def claim(doc: str, value: str, quote: str, prop: str = "date_of_death") -> Claim:
    return Claim(f"{doc}@0", "Olaf Sandvik", prop, value, value, SourceSpan(doc, 0, len(quote), quote), "test")


def run(*claims: Claim):
    docs = sorted({c.span.document_id for c in claims})
    passages = [Passage(d, 0, 0, 200, f"{d} text") for d in docs]
    assessments, disputes, _ = reconcile(list(claims), ENT, passages)
    return {a.claim_id: a for a in assessments}, disputes


def test_one_day_in_the_julian_and_the_gregorian_calendar() -> None:
    assert one_day_two_calendars("1762-03-04", "1762-02-21")  # 11 days in the 18th century
    assert one_day_two_calendars("1881-03-01", "1881-03-13")  # 12 in the 19th
    assert one_day_two_calendars("1917-10-25", "1917-11-07")  # 13 in the 20th, across a month
    assert one_day_two_calendars("1599-12-27", "1600-01-06")  # 10, across a year


def test_days_that_are_not_one_calendar_shift_apart_are_two_days() -> None:
    assert not one_day_two_calendars("1762-03-04", "1762-02-22")
    assert not one_day_two_calendars("1762-03-03", "1762-02-21")  # 10 days: a week and a half, not a calendar
    assert not one_day_two_calendars("1881-03-01", "1881-03-01")
    assert not one_day_two_calendars("1881-03", "1881-03-13")  # a month has no shift to match
    assert not one_day_two_calendars("1881-03-01~", "1881-03-13")


def test_a_page_giving_both_days_makes_its_julian_day_the_same_day() -> None:
    def said(*quotes: str) -> list[tuple[str, str, str]]:
        return [("1762-02-21", "a", q) for q in quotes]

    assert stated_as_one_day(said("Sandvik died on 21 February (4 March) 1762."), "1762-02-21", "1762-03-04")
    assert stated_as_one_day(said("He died on 4 March 1762 (21 February Old Style)."), "1762-03-04", "1762-02-21")
    assert stated_as_one_day(said("He died on 4 March 1762 by our reckoning, 21 February by the old one."),
                             "1762-02-21", "1762-03-04")
    assert not stated_as_one_day(said("He died on 4 March 1762."), "1762-02-21", "1762-03-04")
    assert not stated_as_one_day(said("He died on 21 February (4 March) 1762."), "1762-02-21", "1762-03-05")


def test_another_pages_both_days_do_not_explain_a_bare_julian_day() -> None:
    cited = [("1762-02-21", "a", "Sandvik died on 21 February 1762."),
             ("1762-03-04", "b", "He died on 21 February (4 March) 1762.")]
    assert not stated_as_one_day(cited, "1762-02-21", "1762-03-04")
    cited.append(("1762-02-21", "b", "Sandvik, who died on 21 February, was buried at Kronstadt."))
    assert not stated_as_one_day(cited, "1762-02-21", "1762-03-04")  # page a still gives it bare


def test_two_calendars_no_source_reconciles_are_still_a_dispute() -> None:
    old = claim("a", "1762-02-21", "Sandvik died at Kronstadt on 21 February 1762.")
    new = claim("b", "1762-03-04", "He died on 4 March 1762 at the naval hospital.")
    by, disputes = run(old, new)
    assert len(disputes) == 1 and by[old.id].disputed and by[new.id].disputed


def test_a_julian_day_repeated_alone_on_the_page_that_gave_both_is_not_a_dispute() -> None:
    both = claim("a", "1762-03-04", "Sandvik (died 21 February [4 March] 1762) was a Danish pilot.")
    again = claim("a", "1762-02-21", "He died at Kronstadt on 21 February 1762.")
    new = claim("b", "1762-03-04", "He died on 4 March 1762 at the naval hospital.")
    by, disputes = run(both, again, new)
    assert not disputes
    assert by[again.id].group != by[new.id].group  # both days stay values


def test_a_bare_julian_day_on_another_page_is_a_dispute_whatever_a_third_page_says() -> None:
    """The sources differ: one page counted in the old calendar without saying so. A third
    page's "21 February [4 March]" explains the difference; a researcher still needs to see it."""
    old = claim("a", "1762-02-21", "Sandvik died at Kronstadt on 21 February 1762.")
    new = claim("b", "1762-03-04", "He died on 4 March 1762 at the naval hospital.")
    both = claim("c", "1762-03-04", "Sandvik (died 21 February [4 March] 1762) was a Danish pilot.")
    by, disputes = run(old, new, both)
    assert len(disputes) == 1 and by[old.id].disputed and by[new.id].disputed


def test_a_third_day_still_disputes_both_calendars() -> None:
    old = claim("a", "1762-02-21", "Sandvik died at Kronstadt on 21 February 1762.")
    new = claim("b", "1762-03-04", "He died on 21 February (4 March) 1762 at the naval hospital.")
    other = claim("c", "1763-06-10", "A later memoir has him die on 10 June 1763.")
    by, disputes = run(old, new, other)
    assert len(disputes) == 1
    assert by[other.id].disputed and by[old.id].disputed and by[new.id].disputed


def test_a_place_in_an_inflected_case_is_the_same_place() -> None:
    assert one_place_two_endings("Khorsense", "Horsens")  # Russian locative, transliterated
    assert one_place_two_endings("Dmitrijevky", "Dmitrievka")  # Czech genitive
    assert one_place_two_endings("Velikoye", "Velikoe")


def test_names_that_differ_in_more_than_an_ending_are_two_places() -> None:
    assert not one_place_two_endings("Gori", "Goris")  # too short to tell by the stem
    assert not one_place_two_endings("Genova", "Geneva")
    assert not one_place_two_endings("Kozhevnya", "Dmitrievka")
    assert not one_place_two_endings("Nova Gorica", "Nove Gorice")  # several words: not a case ending


def test_same_thing_asks_the_value_type_of_the_property() -> None:
    assert same_thing("place_of_birth", "Khorsense", "Horsens")
    assert not same_thing("father", "Khorsense", "Horsens")
    stated = [("1762-02-21", "a", "Born 21 February (4 March) 1762.")]
    assert same_thing("date_of_birth", "1762-02-21", "1762-03-04", stated)
    assert not same_thing("date_of_birth", "1762-02-21", "1762-03-04")
    assert not same_thing("place_of_birth", "1762-02-21", "1762-03-04", stated)


def test_a_birthplace_in_two_cases_is_not_a_dispute_but_a_second_town_is() -> None:
    nominative = claim("a", "Horsens", "Sandvik was born in Horsens.", prop="place_of_birth")
    locative = claim("b", "Khorsense", "Родился в Хорсенсе.", prop="place_of_birth")
    by, disputes = run(nominative, locative)
    assert not disputes
    other = claim("c", "Aalborg", "Some say he was born in Aalborg.", prop="place_of_birth")
    by, disputes = run(nominative, locative, other)
    assert len(disputes) == 1 and by[other.id].disputed
