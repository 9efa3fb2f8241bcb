"""Tagalog, Maltese and Azerbaijani, read by the rule-based prose reader from data alone
(lang/tl/, lang/mt/, lang/az/), on biographies of invented people written for this test:
Tagalog's name markers ("anak nina X at Y", "ikinasal siya kay X") and month-first dates;
Maltese prepositions glued to the next word ("fit-3 ta' Marzu", "f'Ħaż-Żebbuġ", "fir-Rabat")
and kin nouns with a possessive suffix ("missieru", "ħuh"); Azerbaijani verbs last ("anadan
olub", "vəfat edib") with the place in the locative ("Bakıda", "Gəncədə")."""

from __future__ import annotations

import pytest
from extract_run import extract_text

from factoid import dates
from factoid.extract.prose_rules import LANGUAGES
from factoid.ingest.language import guess_language

pytestmark = pytest.mark.slow

TAGALOG = 'Jose Cruz\n\nSi Jose Cruz ay ipinanganak noong 3 Marso 1850 sa Maynila. Siya ay anak nina Pedro Cruz at Maria Santos. Nag-aral siya sa isang paaralan ng mga pari bago naging manunulat.\n\nIkinasal siya kay Ana Reyes noong 1880. Ang kanyang kapatid na si Luis ay naging pari. Namatay siya noong Setyembre 9, 1921 sa Cebu dahil sa sakit.'

MALTESE = "Ġużeppi Borg\n\nĠużeppi Borg twieled fit-3 ta' Marzu 1850 f'Ħaż-Żebbuġ. Missieru kien Pietru Borg u ommu kienet Marija Camilleri. Studja l-liġi fl-Università u sar avukat.\n\nIżżewweġ lil Anna Vella fl-1880. Ħuh Karmenu sar qassis. Miet fid-9 ta' Settembru 1921 fir-Rabat, wara marda twila."

AZERBAIJANI = 'Əli Həsənov\n\nƏli Həsənov 3 mart 1850-ci ildə Bakıda anadan olub. Atası Həsən Məmmədov, anası Zəhra Əliyeva idi. O, Tiflisdə təhsil alıb və müəllim işləyib.\n\nHəyat yoldaşı Leyla Qasımova idi. Qardaşı Vəli də şair idi. Əli Həsənov 9 sentyabr 1921-ci ildə Gəncədə vəfat edib.'


def _claims(text: str, code: str) -> set[tuple[str, str, str]]:
    _, found = extract_text(text, code)
    return {(c.subject_name, c.property, c.value) for c in found if f".{code}." in c.extractor}


def test_the_three_are_rule_languages_and_are_told_apart() -> None:
    assert {"tl", "mt", "az"} <= set(LANGUAGES)
    assert guess_language(TAGALOG) == "tl"
    assert guess_language(MALTESE) == "mt"
    assert guess_language(AZERBAIJANI) == "az"
    assert guess_language("Doğduğu şehirde okula gitti ve daha sonra İstanbul'a taşınarak orada öldü.") == "tr"


@pytest.mark.parametrize(("text", "edtf"), [
    ("noong Setyembre 9, 1921", "1921-09-09"),
    ("noong 3 Marso 1850", "1850-03-03"),
    ("fit-3 ta' Marzu 1850", "1850-03-03"),
    ("fid-9 ta' Settembru 1921", "1921-09-09"),
    ("3 mart 1850-ci ildə", "1850-03-03"),
])
def test_dates(text: str, edtf: str) -> None:
    assert [d.value.edtf for d in dates.find_dates(text)] == [edtf]


def test_tagalog() -> None:
    who = "Jose Cruz"
    assert {(who, "date_of_birth", "1850-03-03"), (who, "place_of_birth", "Manila"),
            (who, "father", "Pedro Cruz"), (who, "mother", "Maria Santos"),
            (who, "spouse", "Ana Reyes"), (who, "sibling", "Luis"),
            (who, "date_of_death", "1921-09-09"), (who, "place_of_death", "Cebu City"),
            (who, "manner_of_death", "natural")} <= _claims(TAGALOG, "tl")


def test_maltese() -> None:
    who = "Ġużeppi Borg"
    assert {(who, "date_of_birth", "1850-03-03"), (who, "place_of_birth", "Ħaż-Żebbuġ"),
            (who, "father", "Pietru Borg"), (who, "mother", "Marija Camilleri"),
            (who, "spouse", "Anna Vella"), (who, "sibling", "Karmenu"),
            (who, "date_of_death", "1921-09-09"), (who, "place_of_death", "Rabat")} <= _claims(MALTESE, "mt")


def test_azerbaijani() -> None:
    who = "Əli Həsənov"
    assert {(who, "date_of_birth", "1850-03-03"), (who, "place_of_birth", "Baku"),
            (who, "father", "Həsən Məmmədov"), (who, "mother", "Zəhra Əliyeva"),
            (who, "spouse", "Leyla Qasımova"), (who, "sibling", "Vəli"),
            (who, "date_of_death", "1921-09-09"), (who, "place_of_death", "Ganja")} <= _claims(AZERBAIJANI, "az")
