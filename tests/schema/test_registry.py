"""The property registry: loaded from TOML into typed records, the model's names derived from it."""

from __future__ import annotations

import pytest

from factoid import model, schema
from factoid.schema import SchemaError
from factoid.schema.types import Relation, compare, compatible, normalise, specificity


def test_every_property_is_typed_and_labelled():
    for p in schema.properties():
        assert p.type in schema.VALUE_TYPES
        assert p.wikidata.startswith("P") and p.label


def test_model_names_are_derived_from_the_registry():
    assert model.PROPERTIES == schema.names()
    assert model.DATE_PROPERTIES == {p.name for p in schema.properties() if p.type == "date"}
    assert model.SINGLE_VALUED == {p.name for p in schema.properties() if p.single}
    assert "date_of_birth" in model.SINGLE_VALUED and "spouse" not in model.SINGLE_VALUED


def test_unknown_property_is_a_clear_error():
    with pytest.raises(SchemaError, match="unknown property"):
        schema.get("favourite_colour")


def test_place_of_burial_is_a_property_of_its_own():
    burial = schema.get("place_of_burial")
    assert (burial.type, burial.wikidata, burial.single) == ("place", "P119", True)
    assert burial.name != "place_of_death" and burial.label == "place of burial"


def test_ask_groups_name_registry_properties():
    found = [g.properties for g in schema.ask_groups() if g.pattern.search("where was she buried?")]
    assert found and found[0] == ("place_of_burial",)


def test_only_office_terms_and_marriages_take_qualifiers():
    assert set(schema.get("position_held").qualifiers) == {"start", "end", "replaces", "replaced_by"}
    assert schema.get("date_of_birth").qualifiers == ()


def test_events_with_a_window_are_disputable_but_multi_valued():
    arrested = schema.get("arrested")
    assert not arrested.single and arrested.disputable and arrested.event_window
    assert not schema.get("child").disputable


@pytest.mark.parametrize(
    ("prop", "a", "b", "relation"),
    [
        ("date_of_birth", "1899-05-03", "1899", Relation.REFINES),
        ("date_of_birth", "1899", "1899-05-03", Relation.CONTAINS),
        ("date_of_birth", "1899", "1901", Relation.CONFLICTS),
        ("manner_of_death", "execution", "homicide", Relation.REFINES),
        ("manner_of_death", "suicide", "homicide", Relation.CONFLICTS),
        ("spouse", "Anna Petrovna Ivanova", "Anna Ivanova", Relation.REFINES),
        ("place_of_burial", "Lyon", "Lyon", Relation.SAME),
    ],
)
def test_value_types_compare(prop, a, b, relation):
    assert compare(prop, a, b) is relation
    assert compatible(prop, a, b) is (relation is not Relation.CONFLICTS)


def test_specificity_puts_the_most_informative_value_first():
    assert specificity("date_of_death", "1921-02-07") > specificity("date_of_death", "1921")
    assert specificity("manner_of_death", "execution") > specificity("manner_of_death", "homicide")


def test_normalise_refuses_empty_values():
    assert normalise("place_of_birth", "  Lyon \n ") == "Lyon"
    assert normalise("place_of_birth", " , ") is None
    assert normalise("date_of_birth", "born") is None
    assert normalise("date_of_birth", "1850-03") == "1850-03"


def test_an_interval_of_a_few_days_is_more_specific_than_its_month():
    """"The night of 13-14 May 1934" must not be shown as "May 1934" when a source gives the month."""
    night, month = "1934-05-13/1934-05-14", "1934-05"
    assert specificity("arrested", month) < specificity("arrested", night) < specificity("arrested", "1934-05-13")
    assert specificity("arrested", "1934/1935") < specificity("arrested", "1934")
