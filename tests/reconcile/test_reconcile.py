"""Reconciliation over hand-built claims and passages."""

from __future__ import annotations

from factoid.model import Claim, Passage, PassageRole, SourceSpan
from factoid.reconcile import group_claims, reconcile
from factoid.reconcile.offices import same_office
from factoid.reconcile.values import compatible

PID = "person/genrikh-lyushkov"
ENT = {f"{d}@0": PID for d in "abcdefgh"}
FILLER = "one two three four five six seven eight nine ten"


def claim(doc: str, prop: str, value: str, *, role=PassageRole.MAIN, hedge=None, start=0, qualifiers=None) -> Claim:
    quote = f"{prop} {value}"
    return Claim(f"{doc}@0", "Genrikh Lyushkov", prop, value, value, SourceSpan(doc, start, start + len(quote), quote, role, hedge),
                 "test", qualifiers or {})


def passages_for(*docs: str, n: int = 4) -> list[Passage]:
    return [Passage(d, i, i * 100, i * 100 + 100, f"{d} {i} {FILLER}") for d in docs for i in range(n)]


def run(claims, passages=None):
    docs = sorted({c.span.document_id for c in claims})
    assessments, disputes, sources = reconcile(claims, ENT, passages if passages is not None else passages_for(*docs))
    by_claim = {a.claim_id: a for a in assessments}
    return by_claim, disputes, sources


# ---- values and groups -----------------------------------------------------------------------------


def test_refinement_is_one_group_not_disputed():
    a, b = claim("a", "date_of_death", "1945"), claim("b", "date_of_death", "1945-08-19")
    groups = group_claims([a, b], ENT)
    assert len(groups) == 1 and groups[0].value == "1945-08-19"
    by, disputes, _ = run([a, b])
    assert by[a.id].group == by[b.id].group
    assert not by[a.id].disputed and not disputes


def test_interval_contains_date():
    assert compatible("date_of_death", "1937/1938", "1937-07-31")
    groups = group_claims([claim("a", "arrested", "1937/1938"), claim("b", "arrested", "1937-07-31")], ENT)
    assert len(groups) == 1 and groups[0].value == "1937-07-31"


def test_place_aliases_one_group():
    assert compatible("place_of_death", "Dalian", "Dairen")
    assert compatible("place_of_death", "Dalian", "Dalny")
    assert not compatible("place_of_death", "Dalian", "Tokyo")
    cs = [claim("a", "place_of_death", "Dalian"), claim("b", "place_of_death", "Dairen"), claim("c", "place_of_death", "Dalny")]
    groups = group_claims(cs, ENT)
    assert len(groups) == 1
    _, disputes, _ = run(cs)
    assert not disputes


def test_office_wordings_one_group():
    assert same_office("head of the NKVD for the Far East", "Far Eastern Commander of the NKVD")
    cs = [claim("a", "position_held", "head of the NKVD for the Far East"),
          claim("b", "position_held", "Far Eastern Commander of the NKVD")]
    assert len(group_claims(cs, ENT)) == 1


def test_different_offices_two_groups_no_dispute():
    cs = [claim("a", "position_held", "head of the NKVD for the Far East"),
          claim("b", "position_held", "head of the NKVD of the Azov-Black Sea region")]
    assert len(group_claims(cs, ENT)) == 2
    by, disputes, _ = run(cs)
    assert not disputes
    assert not any(a.disputed for a in by.values())


def test_deputy_is_not_the_head():
    assert not same_office("head of the Secret Political Department", "deputy head of the Secret Political Department")


def test_unresolved_subject_is_left_out():
    c = claim("z", "date_of_death", "1945")
    assert group_claims([c], ENT) == []


# ---- disputes ----------------------------------------------------------------------------------------


def test_incompatible_death_dates_are_disputed():
    a, b = claim("a", "date_of_death", "1945-08-19"), claim("b", "date_of_death", "1946-02-01")
    by, disputes, _ = run([a, b])
    assert by[a.id].disputed and by[b.id].disputed
    assert by[a.id].group != by[b.id].group
    assert len(disputes) == 1
    d = disputes[0]
    assert d.person_id == PID and d.property == "date_of_death"
    assert set(d.values) == {"1945-08-19", "1946-02-01"}
    assert set(d.groups) == {by[a.id].group, by[b.id].group}
    assert 0 < d.strength <= 1


def test_preferred_value_is_highest_confidence_group():
    cs = [claim("a", "date_of_death", "1945-08-19"), claim("b", "date_of_death", "1945-08-19"),
          claim("c", "date_of_death", "1946-02-01")]
    by, disputes, _ = run(cs)
    strong, weak = by[cs[0].id], by[cs[2].id]
    assert strong.confidence > weak.confidence
    assert strong.preferred and not weak.preferred
    assert disputes[0].values[0] == "1945-08-19"
    assert sum(1 for a in by.values() if a.preferred) == 2  # both claims of the preferred group


def test_two_successors_is_a_successor_dispute():
    office = "head of the NKVD for the Far East"
    cs = [claim("a", "position_held", office, qualifiers={"replaced_by": "Grigory Gorbach"}),
          claim("b", "position_held", office, qualifiers={"replaced_by": "Vasily Chernyshev"})]
    _, disputes, _ = run(cs)
    succ = [d for d in disputes if d.topic.startswith("successor")]
    assert len(succ) == 1
    assert set(succ[0].values) == {"Grigory Gorbach", "Vasily Chernyshev"}
    assert succ[0].property == "position_held"


def test_same_successor_in_two_wordings_is_no_dispute():
    office = "head of the NKVD for the Far East"
    cs = [claim("a", "position_held", office, qualifiers={"replaced_by": "Grigory Gorbach"}),
          claim("b", "position_held", office, qualifiers={"replaced_by": "G. F. Gorbach"})]
    _, disputes, _ = run(cs)
    assert not disputes


def test_comment_only_contradiction_is_no_dispute():
    main = claim("a", "date_of_death", "1945-08-19")
    comment = claim("b", "date_of_death", "1950", role=PassageRole.COMMENT)
    by, disputes, _ = run([main, comment])
    assert not disputes
    assert not by[main.id].disputed and not by[comment.id].disputed
    assert by[main.id].preferred


def test_multi_valued_property_is_never_disputed():
    cs = [claim("a", "award_received", "Order of Lenin"), claim("b", "award_received", "Order of the Red Banner")]
    by, disputes, _ = run(cs)
    assert not disputes and not any(a.disputed for a in by.values())


# ---- witnesses and confidence ----------------------------------------------------------------------------


def copied_passages() -> list[Passage]:
    """Document b copies three of its four passages from document a."""
    ps = passages_for("a", "b")
    return [p if p.document_id == "a" or p.index == 3 else
            Passage(p.document_id, p.index, p.start, p.end, p.text, duplicate_of=f"a#{p.index}") for p in ps]


def test_copied_sources_count_once():
    cs = [claim("a", "date_of_death", "1945-08-19", start=10), claim("b", "date_of_death", "1945-08-19", start=10)]
    by, _, sources = run(cs, copied_passages())
    assert by[cs[0].id].witnesses == 1
    assert by[cs[0].id].citations == 2
    assert sources["b"]["copies"] and sources["b"]["copies"][0]["document"] == "a"


def test_claim_in_unique_passage_of_a_copy_still_one_witness():
    cs = [claim("a", "date_of_death", "1945-08-19", start=10), claim("b", "date_of_death", "1945-08-19", start=310)]
    by, _, _ = run(cs, copied_passages())
    assert by[cs[0].id].witnesses == 1


def test_independent_sources_are_two_witnesses():
    cs = [claim("a", "date_of_death", "1945-08-19"), claim("b", "date_of_death", "1945-08-19")]
    by, _, _ = run(cs)
    assert by[cs[0].id].witnesses == 2


def test_two_witnesses_beat_one():
    one, _, _ = run([claim("a", "date_of_birth", "1900")])
    two, _, _ = run([claim("a", "date_of_birth", "1900"), claim("b", "date_of_birth", "1900")])
    assert max(x.confidence for x in two.values()) > max(x.confidence for x in one.values())


def test_copies_add_less_than_independent_sources():
    cs = [claim("a", "date_of_death", "1945-08-19", start=10), claim("b", "date_of_death", "1945-08-19", start=10)]
    copied, _, _ = run(cs, copied_passages())
    independent, _, _ = run(cs)
    assert copied[cs[0].id].confidence < independent[cs[0].id].confidence


def test_plain_beats_hedged_beats_comment():
    plain, _, _ = run([claim("a", "date_of_birth", "1900")])
    hedged, _, _ = run([claim("a", "date_of_birth", "1900", hedge="allegedly")])
    comment, _, _ = run([claim("a", "date_of_birth", "1900", role=PassageRole.COMMENT)])
    p, h, c = (next(iter(x.values())).confidence for x in (plain, hedged, comment))
    assert p > h > c > 0


def test_features_explain_the_confidence():
    c = claim("a", "date_of_birth", "1900", hedge="According to another version")
    by, _, _ = run([c])
    f = by[c.id].features
    assert f["hedge"] == "According to another version"
    assert f["role"] == "main"
    assert f["weight"] < 1.0


def test_every_claim_gets_one_assessment():
    cs = [claim("a", "date_of_death", "1945"), claim("b", "place_of_death", "Dalian"),
          claim("c", "position_held", "head of the NKVD for the Far East"), claim("z", "date_of_death", "1946")]
    by, _, _ = run(cs)
    assert set(by) == {c.id for c in cs if c.subject in ENT}
    assert all(0 <= a.confidence <= 1 for a in by.values())


def test_reconcile_is_deterministic():
    cs = [claim("a", "date_of_death", "1945-08-19"), claim("b", "date_of_death", "1946"), claim("c", "date_of_death", "1945")]
    r1, d1, _ = run(cs)
    r2, d2, _ = run(list(reversed(cs)))
    assert {k: (v.group, v.confidence, v.disputed) for k, v in r1.items()} == \
        {k: (v.group, v.confidence, v.disputed) for k, v in r2.items()}
    assert d1 == d2


def test_single_late_secondary_source_weighs_less():
    """The same lone claim of an 1899 birth counts less from a text written in 2015 than
    from one whose latest year is 1938 (a near-contemporary source)."""
    early = claim("a", "date_of_birth", "1899")
    late_claim = claim("b", "date_of_birth", "1899")
    near = [Passage("a", 0, 0, 100, "Written in 1938 by a colleague who knew him since 1920.")]
    far = [Passage("b", 0, 0, 100, "A blog post of 2015 retelling his life from other books.")]
    by_early, _, _ = run([early], near)
    by_late, _, _ = run([late_claim], far)
    assert by_late[late_claim.id].confidence < by_early[early.id].confidence
    assert by_late[late_claim.id].features["late_source"] and not by_early[early.id].features["late_source"]
    # corroborated, lateness no longer lowers the value
    both, _, _ = run([claim("a", "date_of_birth", "1899"), claim("b", "date_of_birth", "1899", start=50)], near + far)
    assert len({a.confidence for a in both.values()}) == 1


def test_a_city_agrees_with_its_country_and_a_locator_with_its_town():
    assert compatible("place_of_birth", "Belarus", "Bobruisk")
    assert compatible("place_of_birth", "Bobruisk, Minsk Governorate, Russian Empire", "Babruysk")
    assert compatible("place_of_birth", "Sabunchi, near Baku", "Baku")
    assert not compatible("place_of_birth", "Latvia", "Odessa")


# ---- one event dated differently ---------------------------------------------------------------


def test_one_arrest_with_two_nearby_dates_is_a_dispute():
    claims = [claim("a", "arrested", "1921-03"), claim("b", "arrested", "1922")]
    _, disputes, _ = run(claims)
    assert [d.property for d in disputes] == ["arrested"]


def test_arrests_years_apart_are_separate_events():
    claims = [claim("a", "arrested", "1905"), claim("b", "arrested", "1921")]
    by, disputes, _ = run(claims)
    assert disputes == [] and not any(a.disputed for a in by.values())


def test_children_are_never_disputed():
    _, disputes, _ = run([claim("a", "child", "Maria Ivanova"), claim("b", "child", "Pavel Ivanov")])
    assert disputes == []


def test_one_parent_written_two_ways_is_no_dispute():
    from factoid.reconcile.values import compatible

    assert compatible("mother", "Lady Marianne Holt", "Lady Mary Ann Louisa Holt")
    assert not compatible("father", "Jacob Kessel", "John Kessel")  # a different given name
    assert not compatible("mother", "Mary Holt", "Mary Brandt")  # a different surname


def test_arrests_a_year_apart_are_two_arrests():
    from factoid.reconcile import _one_event

    assert _one_event("1774", "1775", 1)  # one capture dated differently
    assert not _one_event("1870", "1872", 1)
    assert _one_event("1945-08", "1945-10", 1)
    assert not _one_event("1931-03", "1932-04-02", 1)  # an arrest, and another a year later
    assert not _one_event("1932-04-02", "1931-03", 1)


def test_arrests_thirteen_months_apart_are_no_dispute():
    claims = [claim("a", "arrested", "1931-03"), claim("b", "arrested", "1932-04-02")]
    by, disputes, _ = run(claims)
    assert disputes == [] and not any(a.disputed for a in by.values())
