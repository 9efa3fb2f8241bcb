"""Chinese names compare alike in traditional and simplified characters (``lang/zh/variants.toml``
through ``factoid.names.fold``)."""

from __future__ import annotations

from factoid.lang import load_toml
from factoid.names import fold


def test_traditional_and_simplified_names_fold_alike():
    assert fold("陳國華") == fold("陈国华")
    assert fold("臺灣") == fold("台湾")
    assert fold("王明") == "王明"


def test_latin_and_cyrillic_folding_is_unchanged():
    assert fold("Люшков") == "lyushkov"
    assert fold("Skłodowska") == "sklodowska"


def test_every_pair_is_two_different_characters_and_no_simplified_form_is_a_key():
    pairs = load_toml("zh", "variants.toml")["pairs"].split()
    assert pairs and all(len(p) == 2 and p[0] != p[1] for p in pairs)
    traditional = [p[0] for p in pairs]
    assert len(traditional) == len(set(traditional))
    assert not {p[1] for p in pairs} & set(traditional)
