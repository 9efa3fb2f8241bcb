"""Three additions to the rule reader (factoid.extract.prose_rules), on sentences about invented
people written for these tests: a second, hedged date of one birth or death
(``RuleReader.rival_date``, ``date_leads`` of ``rivals.toml``), a list of children after a
relative's verb of having (``RuleReader.relative_first``), and a later spouse after words of a
later marriage (``RuleReader.later_spouses``, ``[reader] spouse_then``)."""

from __future__ import annotations

import pytest
from extract_run import extract_text

pytestmark = pytest.mark.slow


def values(text: str, language: str, subject: str) -> dict[str, list[str]]:
    _, claims = extract_text(text, language)
    out: dict[str, list[str]] = {}
    for c in claims:
        if c.subject_name == subject:
            out.setdefault(c.property, []).append(c.value)
    return {k: sorted(set(v)) for k, v in out.items()}


@pytest.mark.parametrize(("language", "text", "prop", "years"), [
    ("fr", "Octave Brunel est un luthier. Il est né en 1701 (selon d'autres sources en 1703) à Mirecourt.",
     "date_of_birth", ["1701", "1703"]),
    ("es", "Octavio Brunet fue un platero. Murió en Burgos en 1650, aunque otros autores dan 1651.",
     "date_of_death", ["1650", "1651"]),
    ("pt", "Otávio Brunelo foi um ourives. Morreu em Braga em 1650 ou, segundo outros, em 1652.",
     "date_of_death", ["1650", "1652"]),
])
def test_a_hedged_second_year_is_a_second_value_of_the_same_event(language, text, prop, years):
    subject = text.split(" est ")[0].split(" fue ")[0].split(" foi ")[0]
    assert values(text, language, subject)[prop] == years


@pytest.mark.parametrize(("language", "text", "prop", "years"), [
    ("fr", "Octave Brunel est un luthier. Il est né à Mirecourt en 1701 ; son traité parut en 1740.",
     "date_of_birth", ["1701"]),
    ("de", "Otto Brunner war ein Geigenbauer. Er wurde 1701 in Füssen geboren; sein Buch erschien 1740.",
     "date_of_birth", ["1701"]),
])
def test_a_later_date_of_another_event_is_no_rival(language, text, prop, years):
    subject = text.split(" est ")[0].split(" war ")[0]
    assert values(text, language, subject)[prop] == years


@pytest.mark.parametrize(("language", "text", "subject", "sibling"), [
    ("fr", "Octave Brunel est un luthier. Sa sœur Jeanne eut deux fils, Marc Vial et Henri Vial.",
     "Octave Brunel", "Jeanne"),
    ("de", "Otto Brunner war ein Geigenbauer. Sein Bruder Karl hatte zwei Söhne, Paul Brunner und Max Brunner.",
     "Otto Brunner", "Karl"),
])
def test_a_relatives_children_are_not_the_subjects(language, text, subject, sibling):
    found = values(text, language, subject)
    assert "child" not in found
    assert found["sibling"] == [sibling]


def test_the_subjects_own_children_are_still_read():
    text = "Octave Brunel est un luthier. Il eut deux fils, Marc Brunel et Henri Brunel."
    assert values(text, "fr", "Octave Brunel")["child"] == ["Henri Brunel", "Marc Brunel"]


@pytest.mark.parametrize(("language", "text", "subject", "spouses"), [
    ("fr", "Octave Brunel est un luthier. Il épousa successivement Berthe Lamy, puis Lucie Marchal.",
     "Octave Brunel", ["Berthe Lamy", "Lucie Marchal"]),
    ("it", "Antonio Brunelli fu un liutaio. Sposò nel 1760 Berta Lami e, rimasto vedovo, nel 1771 Lucia Marchi.",
     "Antonio Brunelli", ["Berta Lami", "Lucia Marchi"]),
    # a later journey with a partner in trade is no later marriage
    ("fr", "Octave Brunel est un luthier. Il épousa Berthe Lamy en 1760, puis partit pour Lyon avec son associé Paul Vial.",
     "Octave Brunel", ["Berthe Lamy"]),
])
def test_later_spouses_after_words_of_a_later_marriage(language, text, subject, spouses):
    assert values(text, language, subject)["spouse"] == sorted(spouses)


def test_no_later_spouse_is_given_to_the_first_spouse():
    """When the first name after the verb is the holder's own (here the page's only people are
    the two wives), the words of a later marriage bring nobody's spouse."""
    text = "Ottavio Brunelli fu un liutaio. Sposò nel 1760 Berta Lami e, rimasto vedovo, nel 1771 Lucia Marchi."
    assert "spouse" not in values(text, "it", "Berta Lami")
