"""A participle set after a comma describes the noun phrase before it (prose_rules
``appended_participle``): "..., son père Pierre Brissac, assassiné à Vienne" is the father's
death, not the page subject's; "Son frère, mort à Paris" is nobody's the reader knows."""

from __future__ import annotations

import pytest

from tests.extract_run import extract_text


def _deaths(text: str, language: str) -> dict[str, set[str]]:
    mentions, claims = extract_text(text, language=language)
    names = {m.entity: m.text for m in mentions}
    out: dict[str, set[str]] = {}
    for c in claims:
        if c.property in {"date_of_death", "place_of_death"}:
            out.setdefault(names.get(c.subject, c.subject), set()).add(c.value)
    return out


@pytest.mark.parametrize(("text", "language", "father"), [
    ("Louis Brissac naît à Lyon en 1702. Il fut maire de Lyon de 1740 à 1750, succédant à son père "
     "Pierre Morel, assassiné à Vienne.", "fr", "Pierre Morel"),
    pytest.param("Karl Brenner wurde 1702 in Ulm geboren. Er folgte seinem Vater Hans Lautz, ermordet in Wien "
                 "1740, als Bürgermeister.", "de", "Hans Lautz",
                 marks=pytest.mark.xfail(strict=True, reason="the German pipeline has no morphology to say "
                                                             "'ermordet' is a participle")),
])
def test_a_participle_after_a_fathers_name_is_his_death(text, language, father):
    deaths = _deaths(text, language)
    assert not any("Brissac" in who or "Karl" in who for who in deaths)
    assert any(father in who for who in deaths)


def test_a_participle_after_a_relative_noun_is_not_the_subjects_death():
    assert _deaths("Louis Brissac naît à Lyon en 1702. Son frère, mort à Paris en 1760, était notaire.", "fr") == {}


def test_a_participle_after_the_subjects_name_or_a_place_is_still_his():
    assert _deaths("Louis Brissac naît à Lyon en 1702. Louis Brissac, assassiné à Vienne en 1750, fut maire "
                   "de Lyon.", "fr") == {"Louis Brissac": {"1750", "Vienna"}}
    assert _deaths("Louis Brissac naît à Lyon en 1702. Il vécut à Vienne, assassiné en 1750 par un voleur.",
                   "fr") == {"Louis Brissac": {"1750", "Vienna"}}


def test_a_finite_verb_after_an_apposition_is_the_named_persons():
    # an invented agent with a code name in apposition: the birth is his, not the code name's
    deaths_and_births = extract_text("Rui Tavares Neto, o agente conhecido como Corvo, nasceu em Lisboa em 1912. "
                                     "Morreu em Caracas em 1988.", language="pt")[1]
    assert {(c.property, c.value) for c in deaths_and_births} >= {("date_of_birth", "1912"), ("date_of_death", "1988")}
    assert len({c.subject for c in deaths_and_births}) == 1
