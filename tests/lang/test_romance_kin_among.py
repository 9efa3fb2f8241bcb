"""Romance lists of relatives "among them" ("Tuvo muchos hermanos, entre ellos A y B"): up to
three small words (a comma, "entre ellos", "tra cui") stand between the kin word and the first
name (``[kin] limit`` of lang/es, it, pt, ca, gl). Sentences about invented people."""

from __future__ import annotations

import pytest
from extract_run import extract_text

pytestmark = pytest.mark.slow

CASES = [
    ("es", "Ana Ruiz nació en 1700 en Burgos. Tuvo muchos hermanos, entre ellos Rodrigo, con quien jugaba "
           "de niña, y Lorenzo, que marchó a las Indias.", "Ana Ruiz", {"Rodrigo", "Lorenzo"}),
    ("it", "Marco Rossi nacque a Bergamo nel 1600. Ebbe molti fratelli, tra cui Luca, poi notaio, e Matteo.",
     "Marco Rossi", {"Luca", "Matteo"}),
    ("pt", "Pedro Costa nasceu em Braga em 1600. Teve vários irmãos, entre eles Paulo, Tiago e Simão.",
     "Pedro Costa", {"Paulo", "Tiago", "Simão"}),
    ("gl", "Xoán Pombo naceu en Lugo en 1800. Tivo moitos irmáns, entre eles Andrés, Lois e Roi.",
     "Xoán Pombo", {"Andrés", "Lois", "Roi"}),
]


@pytest.mark.parametrize(("code", "text", "who", "siblings"), CASES)
def test_siblings_among_them(code: str, text: str, who: str, siblings: set[str]) -> None:
    _, found = extract_text(text, code)
    got = {c.value for c in found if c.property == "sibling" and c.subject_name == who}
    assert siblings <= got
