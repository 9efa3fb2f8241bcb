"""Place disputes over hand-built claims: a place inside another is a refinement, two towns
are a dispute, and an area against a village nothing locates is two values, no dispute."""

from __future__ import annotations

from factoid.model import Claim, Passage, SourceSpan
from factoid.reconcile import reconcile

PID = "person/ivan-zheleznyak"
ENT = {f"{d}@0": PID for d in "abcdefgh"}


def claim(doc: str, value: str, quote: str, prop: str = "place_of_birth", hedge: str | None = None) -> Claim:
    return Claim(f"{doc}@0", "Ivan Zheleznyak", prop, value, value, SourceSpan(doc, 0, len(quote), quote, hedge=hedge), "test")


def run(*claims: Claim):
    docs = sorted({c.span.document_id for c in claims})
    passages = [Passage(d, 0, 0, 200, f"{d} text") for d in docs]
    assessments, disputes, _ = reconcile(list(claims), ENT, passages)
    return {a.claim_id: a for a in assessments}, disputes


def test_a_district_and_a_village_nothing_locates_are_two_values_and_no_dispute() -> None:
    district = claim("a", "Kotelnikovsky District, Volgograd Oblast", "He came from what is now the Kotelnikovsky District.")
    village = claim("b", "Verkhnyaya Zaimka", "Zheleznyak was born at Verkhnyaya Zaimka.")
    by, disputes = run(district, village)
    assert not disputes
    assert by[district.id].group != by[village.id].group  # both wordings stay values of their own
    assert not by[district.id].disputed and not by[village.id].disputed


def test_two_villages_with_a_district_are_still_a_dispute_between_the_villages() -> None:
    district = claim("a", "Kotelnikovsky District, Volgograd Oblast", "He came from the Kotelnikovsky District.")
    one = claim("b", "Verkhnyaya Zaimka", "He was born at Verkhnyaya Zaimka.")
    other = claim("c", "Nizhnyaya Zaimka Vtoraya", "Others name Nizhnyaya Zaimka Vtoraya as his birthplace.")
    by, disputes = run(district, one, other)
    assert len(disputes) == 1 and set(disputes[0].values) == {"Verkhnyaya Zaimka", "Nizhnyaya Zaimka Vtoraya"}
    assert by[one.id].disputed and by[other.id].disputed and not by[district.id].disputed


def test_a_city_in_its_country_is_a_refinement() -> None:
    city, country = claim("a", "Tikrit", "He was born in Tikrit."), claim("b", "Iraq", "He was born in Iraq.")
    by, disputes = run(city, country)
    assert not disputes and by[city.id].group == by[country.id].group


def test_two_towns_of_one_state_the_text_names_are_a_dispute_with_both_quotes() -> None:
    east = claim("a", "East-Berlin, German Democratic Republic", "Died: 1988, East-Berlin, German Democratic Republic",
                 prop="place_of_death")
    other = claim("b", "Dresden", "He died in Dresden in 1988.", prop="place_of_death")
    by, disputes = run(east, other)
    assert len(disputes) == 1
    assert by[east.id].disputed and by[other.id].disputed
    # each side keeps its own citation: the quote a reader checks the dispute against
    assert {c.span.quote for c in (east, other)} == {
        "Died: 1988, East-Berlin, German Democratic Republic", "He died in Dresden in 1988."}
    assert set(disputes[0].groups) == {by[east.id].group, by[other.id].group}


def test_a_hedged_side_is_still_a_dispute_but_weaker() -> None:
    plain = claim("a", "Ambala", "He was born at Ambala.")
    hedged = claim("b", "Lucknow", "Some say he was born in Lucknow.", hedge="some say")
    by, disputes = run(plain, hedged)
    assert len(disputes) == 1 and disputes[0].values[0] == "Ambala"
    assert by[plain.id].confidence > by[hedged.id].confidence and by[hedged.id].disputed
