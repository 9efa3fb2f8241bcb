"""Indonesian "putra dari X dan Y" (the son of X and Y): "dari" (of, from) stands between the
kin noun and the first parent. Sentences about an invented person written for this test."""

from __future__ import annotations

import pytest
from extract_run import extract_text

pytestmark = pytest.mark.slow

PAGE = ("Budi Santoso\n\n"
        "Budi Santoso lahir pada 3 Maret 1850 di Surabaya. Ia adalah putra dari Hadi Santoso dan Siti Aminah. "
        "Ia belajar di sekolah guru.\n\n"
        "Ia menikah dengan Dewi Lestari pada tahun 1880. Ia meninggal dunia pada 9 September 1921 di Bandung.")


def test_both_parents_after_dari() -> None:
    _, found = extract_text(PAGE, "id")
    got = {(c.property, c.value) for c in found if c.subject_name == "Budi Santoso"}
    assert {("father", "Hadi Santoso"), ("mother", "Siti Aminah"), ("spouse", "Dewi Lestari")} <= got
