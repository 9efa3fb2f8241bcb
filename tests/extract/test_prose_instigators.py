"""Who had a killing done: "on the orders of A", "at A's instigation", "A had him killed",
and an attack told the sentence before a killing that names no killer. A verb of execution
joined to a plain killing ("killed and beheaded") is no execution."""

from __future__ import annotations

import pytest

from tests.extract.conftest import values

pytestmark = pytest.mark.slow


def test_poisoned_on_the_orders_of_a_relative_named_in_apposition(extract):
    _, _, claims = extract("Mary Vane was a countess. Servants later claimed she was poisoned on the orders "
                           "of her stepmother, Lady Margaret Hollis.")
    assert values(claims, "manner_of_death", "Mary Vane") == ["homicide"]
    assert values(claims, "killed_by", "Mary Vane") == ["Margaret Hollis"]


def test_murdered_at_the_behest_of(extract):
    _, _, claims = extract("John Hale was a monk. He was murdered at the behest of Simon Dray in 1320.")
    assert values(claims, "killed_by", "John Hale") == ["Simon Dray"]
    assert values(claims, "date_of_death", "John Hale") == ["1320"]


def test_had_him_killed_names_the_one_who_ordered_it(extract):
    _, _, claims = extract("Peter Lusk was a baron. Robert Ashby had him killed in 1402.")
    assert values(claims, "manner_of_death", "Peter Lusk") == ["homicide"]
    assert values(claims, "killed_by", "Peter Lusk") == ["Robert Ashby"]
    assert not values(claims, "manner_of_death", "Robert Ashby")


def test_an_ambush_the_sentence_before_names_the_killers(extract):
    doc, _, claims = extract("Walter Brennock was a chancellor. In 1488 he was waylaid near Gwalior by Karl "
                             "Ostbury, on Halim Sen's orders. He was stabbed and beheaded on the spot.")
    assert values(claims, "killed_by", "Walter Brennock") == ["Halim Sen", "Karl Ostbury"]
    assert values(claims, "manner_of_death", "Walter Brennock") == ["homicide"]
    quote = next(c.span.quote for c in claims if c.property == "killed_by")
    assert quote.startswith("In 1488 he was waylaid") and quote.endswith("on the spot.")


def test_an_ambush_alone_is_no_killing(extract):
    _, _, claims = extract("Walter Brennock was a chancellor. In 1488 he was attacked near Gwalior by Karl Ostbury. "
                           "He escaped to the hills.")
    assert not [c for c in claims if c.property in {"killed_by", "manner_of_death"}]


def test_an_ambush_on_someone_else_names_no_killer(extract):
    _, _, claims = extract("Walter Brennock was a chancellor. In 1488 his brother Omar was ambushed by Karl Ostbury. "
                           "Walter was murdered in 1605.")
    assert not values(claims, "killed_by", "Walter Brennock")


@pytest.mark.parametrize("text,manner", [
    ("John Hale was a monk. He was captured by rebels and beheaded in 1320.", "execution"),
    ("John Hale was a monk. He was murdered and hanged from a tree in 1320.", "homicide"),
    ("John Hale was a monk. He was sentenced to death and beheaded in 1320.", "execution"),
])
def test_beheading_after_a_killing_is_no_execution(extract, text, manner):
    _, _, claims = extract(text)
    assert values(claims, "manner_of_death", "John Hale") == [manner]
