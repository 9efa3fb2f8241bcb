"""The construction matrix: each way a biography states a fact, in each language factoid reads.

A rule that reads "married X" in one language says little about the next language, and tuning
on one evaluation set has moved unseen sets by almost nothing. What did move them was checking
one construction (a spouse after a noun of trade, a birth place that is not the death place) in
many languages at once. This module makes that a standing table: ``matrix/<code>.toml`` holds,
per language, short biographies written for the purpose (invented people or restated facts in
our own words), each tagged with the construction it exercises and the claims it must yield.

A case names its ``subject`` as factoid names it, ``expect`` maps a property to the values that
must be read for that subject; any other value read for it fails the case as surely as a missing
one, except a date that is a coarser form of an expected one ("1820" beside "1820-03-02", as a
lifespan in brackets gives). ``absent`` lists properties that must not be read for it. A case factoid does not read yet
carries ``known_miss`` (why): it runs as a strict expected failure, so the table shows the gap
and the test turns red the day the gap closes unnoticed. ``python tests/extract/
test_construction_matrix.py`` prints the table: constructions by languages.
"""

from __future__ import annotations

import hashlib
import sys
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

MATRIX = Path(__file__).with_name("matrix")

CONSTRUCTIONS = {
    "birth": "date and place of birth in a sentence",
    "death": "date and place of death in a sentence",
    "lifespan": "dates and places in brackets or a heading after the name",
    "parents": "father and mother",
    "spouse": "one spouse, in a verb or a noun phrase",
    "spouses": "several spouses in one sentence",
    "siblings": "brothers and sisters, listed",
    "children": "sons and daughters, listed",
    "killer": "who killed the subject, active or passive",
    "office": "an office held, with its years",
    "rival": "a second version of a date or place, hedged",
    "places": "a place of one event not taken for another",
    "others": "another person's dates or kin not taken for the subject's",
}


@dataclass(frozen=True)
class Case:
    """One short biography and what factoid must read from it."""

    code: str
    construction: str
    text: str
    subject: str
    expect: dict[str, list[str]] = field(default_factory=dict)
    absent: list[str] = field(default_factory=list)
    known_miss: str | None = None

    @property
    def id(self) -> str:
        """Stable across runs (``hash`` of a str is salted per process)."""
        return f"{self.code}-{self.construction}-{hashlib.sha1(self.text.encode()).hexdigest()[:6]}"


def cases() -> Iterator[Case]:
    """Every case of every language file, checked for shape so a typo fails loudly."""
    for path in sorted(MATRIX.glob("*.toml")):
        for raw in tomllib.loads(path.read_text(encoding="utf-8")).get("case", []):
            case = Case(code=path.stem, **raw)
            if case.construction not in CONSTRUCTIONS:
                raise ValueError(f"{path.name}: unknown construction {case.construction!r}")
            if not case.expect and not case.absent:
                raise ValueError(f"{path.name}: a case expects nothing: {case.text[:40]!r}")
            yield case


def read(case: Case) -> dict[str, set[str]]:
    """The subject's values by property, as one document in the case's language yields them."""
    from extract_run import extract_text

    _, found = extract_text(case.text, case.code)
    values: dict[str, set[str]] = {}
    for claim in found:
        if claim.subject_name == case.subject:
            values.setdefault(claim.property, set()).add(claim.value)
    return values


def _coarser(value: str, wanted: list[str]) -> bool:
    """A date read at a lower precision than an expected one: the same statement, not another."""
    return value[:1].isdigit() and any(w.startswith(value) for w in wanted)


def failures(case: Case, values: dict[str, set[str]]) -> list[str]:
    """What the case asked for and did not get, and what it got unasked, one line each."""
    wrong = [f"{prop}: read {sorted(values.get(prop, set()))}, expected {sorted(want)}"
             for prop, want in case.expect.items()
             if not set(want) <= values.get(prop, set())
             or any(v not in want and not _coarser(v, want) for v in values.get(prop, set()))]
    wrong += [f"{prop}: read {sorted(values[prop])}, expected none" for prop in case.absent if values.get(prop)]
    return wrong


def _param(case: Case):
    marks = [pytest.mark.xfail(reason=case.known_miss, strict=True)] if case.known_miss else []
    return pytest.param(case, id=case.id, marks=marks)


@pytest.mark.slow
@pytest.mark.parametrize("case", [_param(c) for c in cases()])
def test_construction(case: Case) -> None:
    wrong = failures(case, read(case))
    assert not wrong, "\n".join(wrong)


#: Languages read by a reader of their own rather than by frames (extract/russian.py).
OWN_READERS = frozenset({"ru"})


def test_every_case_language_has_a_reader() -> None:
    """A matrix file for a language factoid has no registry for would test nothing."""
    lang = Path(__file__).parents[2] / "src" / "factoid" / "lang"
    read = {p.name for p in lang.iterdir() if (p / "frames.jsonl").exists()} | OWN_READERS
    assert {c.code for c in cases()} <= read


def test_the_judge_fails_a_wrong_extra_value_and_passes_a_coarser_date() -> None:
    case = Case("en", "birth", "text", "A", expect={"date_of_birth": ["1820-03-02"], "spouse": ["B"]},
                absent=["place_of_death"])
    assert not failures(case, {"date_of_birth": {"1820", "1820-03-02"}, "spouse": {"B"}})
    assert failures(case, {"date_of_birth": {"1820-03-02", "1821"}, "spouse": {"B"}})
    assert failures(case, {"date_of_birth": {"1820-03-02"}, "spouse": {"B", "B C"}})
    assert failures(case, {"date_of_birth": {"1820-03-02"}})
    assert failures(case, {"date_of_birth": {"1820-03-02"}, "spouse": {"B"}, "place_of_death": {"X"}})


def table() -> str:
    """Constructions by languages: passes/cases in each cell, known misses counted apart."""
    cells: dict[tuple[str, str], list[int]] = {}
    for case in cases():
        ok = not failures(case, read(case))
        cell = cells.setdefault((case.construction, case.code), [0, 0])
        cell[0] += ok
        cell[1] += 1
    codes = sorted({code for _, code in cells})
    lines = ["construction  " + " ".join(f"{c:>5}" for c in codes)]
    for name in CONSTRUCTIONS:
        row = [cells.get((name, c)) for c in codes]
        lines.append(f"{name:<13} " + " ".join(f"{f'{p}/{n}' if (p, n) != (0, 0) else '-':>5}"
                                              for p, n in (r or (0, 0) for r in row)))
    return "\n".join(lines)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parents[1]))
    print(table())
