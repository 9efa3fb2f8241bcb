"""Ukrainian names take the Ukrainian scheme, so a Ukrainian page meets its Latin forms."""

from __future__ import annotations

import pytest

from factoid.names.match import SURNAME_MATCH_THRESHOLD, surnames_match
from factoid.names.translit import fold, transliterate, transliterate_ukrainian


@pytest.mark.parametrize(("cyrillic", "latin"), [
    ("Грушевський", "Hrushevsky"),   # -ський marks the word Ukrainian: г is h, и is y
    ("Хмельницький", "Khmelnytsky"),
    ("Григорій", "Hryhorii"),        # і, and й after a vowel
    ("Євген", "Yevhen"),             # є
    ("Їжакевич", "Yizhakevych"),     # ї
    ("Ґонта", "Gonta"),              # ґ is g, unlike г
])
def test_ukrainian_words_take_the_ukrainian_scheme(cyrillic: str, latin: str) -> None:
    assert transliterate(cyrillic) == transliterate_ukrainian(cyrillic) == latin
    assert surnames_match(cyrillic, latin) >= SURNAME_MATCH_THRESHOLD


def test_russian_words_keep_the_russian_scheme_in_a_mixed_text() -> None:
    assert transliterate_ukrainian("Григорий Грушевський и Ежов") == "Grigory Hrushevsky i Yezhov"


def test_a_russian_text_is_unchanged() -> None:
    assert transliterate("Григорий Иванович Грушевский") == "Grigory Ivanovich Grushevsky"
    assert fold("Київ") == "kyiv"
