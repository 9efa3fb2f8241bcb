"""One label per office, rank, award and party (data in lang/en/normalise.toml)."""

from __future__ import annotations

import pytest

from factoid.model import Claim, SourceSpan
from factoid.reconcile import group_claims
from factoid.reconcile.offices import same_label, same_office, standard_label

ENT = {f"{d}@0": "person/test" for d in "abcdef"}


def claim(doc: str, prop: str, value: str) -> Claim:
    return Claim(f"{doc}@0", "Test", prop, value, value, SourceSpan(doc, 0, len(value), value), "test")


@pytest.mark.parametrize(
    ("prop", "a", "b"),
    [
        ("award_received", "Order of Lenin", "the Order of Lenin"),
        ("award_received", "орден Ленина", "Order of Lenin"),
        ("member_of_political_party", "CPSU", "VKP(b)"),
        ("member_of_political_party", "All-Union Communist Party (Bolsheviks)", "Communist Party of the Soviet Union"),
        ("military_rank", "Commissar of State Security, 3rd rank", "commissar of state security third class"),
        ("military_rank", "Major-General", "Major General"),
    ],
)
def test_wordings_of_one_value(prop: str, a: str, b: str) -> None:
    assert same_label(prop, a, b)


@pytest.mark.parametrize(
    ("prop", "a", "b"),
    [
        ("military_rank", "Commissar of State Security 3rd rank", "Commissar of State Security 2nd rank"),
        ("award_received", "Order of the Red Banner", "Order of the Red Banner of Labour"),
        ("member_of_political_party", "SPD", "SED"),
    ],
)
def test_different_values_stay_apart(prop: str, a: str, b: str) -> None:
    assert not same_label(prop, a, b)


def test_office_translation_is_the_same_office() -> None:
    assert same_office("нарком внутренних дел", "People's Commissar for Internal Affairs")
    assert standard_label("position_held", "people's commissar of internal affairs") == "People's Commissar for Internal Affairs"


def test_the_standard_wording_wins_the_display() -> None:
    cs = [claim("a", "member_of_political_party", "VKP(b)"), claim("b", "member_of_political_party", "VKP(b)"),
          claim("c", "member_of_political_party", "Communist Party of the Soviet Union")]
    groups = group_claims(cs, ENT)
    assert len(groups) == 1
    assert groups[0].value == "Communist Party of the Soviet Union"


def test_a_wordings_key_is_worked_out_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Grouping asks for the standard label of a group's values each time a claim joins it:
    the comparison key of a wording is computed once, then remembered."""
    from factoid.reconcile import offices

    calls = []
    real = offices.fold
    monkeypatch.setattr(offices, "fold", lambda v: calls.append(v) or real(v))
    offices._key.cache_clear()
    for _ in range(3):
        standard_label("member_of_political_party", "the Zwölfmännerbund of Ruritania")
    assert calls.count("the Zwölfmännerbund of Ruritania") == 1
    offices._key.cache_clear()  # the next test reads keys made with the real fold
