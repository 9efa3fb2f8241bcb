"""``reconcile.partition``: reconciliation in partitions of persons equals ``reconcile`` in one
process, for any number of partitions, on hand-made claims about several people."""

from __future__ import annotations

import pytest

from factoid.model import Claim, Passage, PassageRole, SourceSpan
from factoid.reconcile import group_claims, reconcile
from factoid.reconcile.partition import HERE, part_of, reconcile_parts

FILLER = "one two three four five six seven eight nine ten"

PEOPLE = {
    "ivan": ("person/ivan-sorokin", "Ivan Sorokin"),
    "olga": ("person/olga-sorokina", "Olga Sorokina"),
    "pavel": ("person/pavel-sorokin", "Pavel Sorokin"),
    "nina": ("person/nina-belova", "Nina Belova"),
    "boris": ("person/boris-kuznets", "Boris Kuznets"),
    "lidia": ("person/lidia-marr", "Lidia Marr"),
}


def claim(who: str, doc: str, prop: str, value: str, *, start: int = 0, role: PassageRole = PassageRole.MAIN,
          hedge: str | None = None, qualifiers: dict | None = None, entity: str | None = None) -> Claim:
    quote = f"{prop} {value}"
    name = PEOPLE[who][1]
    return Claim(entity or f"{doc}@{who}", name, prop, value, value,
                 SourceSpan(doc, start, start + len(quote), quote, role, hedge), "test", qualifiers or {})


def passages(docs: str, n: int = 4) -> list[Passage]:
    return [Passage(d, i, i * 100, i * 100 + 100, f"{d} {i} {FILLER} written in 19{i}5") for d in docs for i in range(n)]


def corpus() -> tuple[list[Claim], dict[str, str], list[Passage]]:
    """Six people in eight documents: a birth year three sources dispute, document ``e`` a
    copy of ``a`` (its passages repeat a's), a father whom sanity checks against his son's
    birth (kin across partitions), an office with two successors, a reader comment, a hedged
    claim, a claim of an unresolved subject, and two mentions a curator merged (``ivan``'s
    second entity mapped to his person, as a "same" decision does)."""
    cs = [
        claim("ivan", "a", "date_of_birth", "1890", start=5),
        claim("ivan", "b", "date_of_birth", "1890-03-02", start=105),
        claim("ivan", "c", "date_of_birth", "1893", start=5),
        claim("ivan", "e", "date_of_birth", "1890", start=5),
        claim("ivan", "d", "date_of_birth", "1893", start=205, role=PassageRole.COMMENT),
        claim("ivan", "f", "place_of_birth", "Tula", start=5, entity="f@ivan-2"),
        claim("ivan", "a", "position_held", "director of the museum", start=210,
              qualifiers={"replaced_by": "Nina Belova"}),
        claim("ivan", "c", "position_held", "director of the museum", start=210,
              qualifiers={"replaced_by": "Boris Kuznets"}),
        claim("pavel", "a", "father", "Ivan Sorokin", start=305),
        claim("pavel", "b", "date_of_birth", "1880", start=5),
        claim("pavel", "c", "date_of_birth", "1915", start=105),
        claim("olga", "b", "date_of_death", "1960", start=205),
        claim("olga", "g", "date_of_death", "1961", start=5, hedge="perhaps"),
        claim("olga", "h", "date_of_death", "1960-05-01", start=105),
        claim("olga", "b", "spouse", "Ivan Sorokin", start=305),
        claim("nina", "g", "place_of_death", "Kazan", start=205),
        claim("nina", "h", "place_of_death", "Perm", start=205),
        claim("nina", "f", "place_of_death", "Kazan", start=105),
        claim("boris", "d", "award_received", "Order of Lenin", start=5),
        claim("boris", "e", "award_received", "Order of Lenin", start=105),
        claim("lidia", "h", "date_of_birth", "2300", start=305),
        claim("lidia", "g", "date_of_birth", "1901", start=305),
        claim("lidia", "c", "place_of_birth", "Omsk", start=305),
    ]
    cs.append(Claim("x@nobody", "Somebody", "date_of_birth", "1900", "1900",
                    SourceSpan("a", 5, 20, "date_of_birth 1900", PassageRole.MAIN, None), "test", {}))
    entity_person = {c.subject: PEOPLE[c.subject.split("@")[1].split("-")[0]][0] for c in cs if c.subject != "x@nobody"}
    ps = passages("abcdfgh") + [Passage("e", i, i * 100, i * 100 + 100, f"a {i} {FILLER}", duplicate_of=f"a#{i}")
                                for i in range(4)]
    return cs, entity_person, ps


@pytest.mark.parametrize("parts", [1, 2, 7])
def test_partitions_equal_one_process(parts: int) -> None:
    cs, entity_person, ps = corpus()
    expected = reconcile(cs, entity_person, ps, written={"h": 1990})
    got = reconcile_parts(HERE, parts, cs, entity_person, ps, written={"h": 1990})
    assert got == expected
    assert repr(got) == repr(expected)  # the same order too, assessments, disputes and sources
    assert list(got[2]) == list(expected[2])


def test_the_corpus_exercises_what_couples_persons() -> None:
    """Guards the fixture: a dispute, a copy, kin across partitions and several partitions."""
    cs, entity_person, ps = corpus()
    assessments, disputes, sources = reconcile(cs, entity_person, ps)
    assert {(d.person_id, d.property) for d in disputes} >= {
        (PEOPLE["ivan"][0], "date_of_birth"), (PEOPLE["ivan"][0], "position_held"), (PEOPLE["nina"][0], "place_of_death")}
    assert any(r["document"] == "a" and r["one_witness"] for r in sources["e"]["copies"])
    odd = {a.features["implausible"] for a in assessments if a.person_id == PEOPLE["pavel"][0]}
    assert any(reason and "parent" in reason for reason in odd), odd
    assert len({part_of(pid, 7) for pid, _ in PEOPLE.values()}) > 2
    assert part_of(PEOPLE["ivan"][0], 2) != part_of(PEOPLE["pavel"][0], 2)


@pytest.mark.parametrize("parts", [2, 7])
def test_reused_groups_give_the_same_result(parts: int) -> None:
    """The last build's groups (``previous``) are split with their claims."""
    cs, entity_person, ps = corpus()
    previous = {c.id: (g.person_id, g.id, len(g.claims)) for g in group_claims(cs, entity_person) for c in g.claims}
    assert reconcile_parts(HERE, parts, cs, entity_person, ps, previous=previous) == reconcile(cs, entity_person, ps)


def test_no_claims() -> None:
    assert reconcile_parts(HERE, 3, [], {}, passages("ab")) == reconcile([], {}, passages("ab"))
