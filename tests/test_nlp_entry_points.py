"""``nlp.entry_points_by_group``: while a pipeline loads, catalogue looks entry points up in a
dict of group -> entry points holding exactly what selecting each group gives, in the same
order; the table is put back afterwards, also when loading fails."""

from __future__ import annotations

import catalogue
import pytest

from factoid import nlp


def test_the_grouped_table_holds_what_selecting_each_group_gives() -> None:
    table = catalogue.AVAILABLE_ENTRY_POINTS
    with nlp.entry_points_by_group():
        grouped = catalogue.AVAILABLE_ENTRY_POINTS
        if hasattr(table, "select") and isinstance(table, dict):
            assert type(grouped) is dict and grouped
            for group, eps in grouped.items():
                assert eps == list(table.select(group=group))
            assert set(grouped) == set(table.groups)
        registry = catalogue.create("spacy", "factories", entry_points=True)
        assert registry._get_entry_points() == list(table.select(group="spacy_factories"))
    assert catalogue.AVAILABLE_ENTRY_POINTS is table


def test_the_table_is_put_back_when_loading_fails() -> None:
    table = catalogue.AVAILABLE_ENTRY_POINTS
    with pytest.raises(RuntimeError), nlp.entry_points_by_group():
        raise RuntimeError("a model that cannot be read")
    assert catalogue.AVAILABLE_ENTRY_POINTS is table


def test_a_pipeline_loaded_so_tags_as_before() -> None:
    pipeline = nlp.load()
    doc = pipeline("Mara Venn, a weaver, moved to Leeds in 1851.")
    assert [t.text for t in doc][:3] == ["Mara", "Venn", ","]
    assert any(e.label_ == "GPE" and e.text == "Leeds" for e in doc.ents)
