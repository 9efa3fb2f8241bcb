"""Month names, life brackets and language guesses of languages held as data only (lang/nb,
lang/fi, lang/tr, lang/hr, lang/sr), on dates and sentences written for this test."""

from __future__ import annotations

import pytest

from factoid import dates
from factoid.ingest.language import guess_language
from factoid.names.translit import fold, transliterate


@pytest.mark.parametrize(("text", "edtf"), [
    ("født 14. desember 1546", "1546-12-14"),    # Norwegian
    ("død 3. mai 1860", "1860-05-03"),
    ("syntyi 14. joulukuuta 1546", "1546-12-14"),  # Finnish, the month in the partitive
    ("kuoli 2. toukokuuta 1901", "1901-05-02"),
    ("14 Aralık 1546 tarihinde", "1546-12-14"),   # Turkish
    ("3 Mayıs 1901", "1901-05-03"),
    ("rođen 14. prosinca 1546.", "1546-12-14"),   # Croatian, the month in the genitive
    ("umro 3. svibnja 1901.", "1901-05-03"),
    ("рођен 3. маја 1901. године", "1901-05-03"),  # Serbian, both scripts
    ("umro 3. maja 1901.", "1901-05-03"),
])
def test_month_names(text, edtf):
    assert [d.value.edtf for d in dates.find_dates(text)] == [edtf]


def test_a_month_word_means_one_month_in_every_language():
    # Polish and Czech "listopad" is November; Croatian's October of that name is left out
    assert [d.value.edtf for d in dates.find_dates("3 listopada 1901")] == ["1901-11-03"]


def test_norwegian_is_told_from_danish():
    assert guess_language("Han ble født i Bergen og døde i Oslo etter en lang sykdom. Han hadde tre barn, "
                          "og sønnen ble senere kjent som maler.") == "nb"
    assert guess_language("Han blev født i Odense og døde i København efter en lang sygdom. Han havde tre "
                          "børn, og sønnen blev siden kendt som maler.") == "da"


def test_serbian_letters_are_transliterated():
    assert transliterate("Јелена Ђорђевић") == "Jelena Djordjevich"
    assert fold("Љубиња") == "ljubinja"
