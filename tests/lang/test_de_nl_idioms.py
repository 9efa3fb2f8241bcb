"""German and Dutch idioms of birth and death: "kam ... zur Welt" / "kwam ... ter wereld"
(was born) and "kam ... ums Leben" / "kwam ... om het leven" (died, mostly by accident or
violence), with the accident words of a natural disaster. Sentences about invented people."""

from __future__ import annotations

import pytest
from extract_run import extract_text

pytestmark = pytest.mark.slow

GERMAN = ("Greta Lindner\n\n"
          "Greta Lindner kam am 4. März 1850 in Bremen zur Welt. Sie wurde Malerin.\n\n"
          "Am 9. Mai 1899 kam sie in Davos ums Leben.")
DUTCH = ("Greet Lindeman\n\n"
         "Greet Lindeman kwam op 4 maart 1850 in Zwolle ter wereld. Zij werd schilderes.\n\n"
         "Op 9 mei 1899 kwam zij in Arnhem om het leven bij een overstroming.")


@pytest.mark.parametrize(("text", "code", "who", "birth", "death"), [
    (GERMAN, "de", "Greta Lindner", ("1850-03-04", "Bremen"), ("1899-05-09", "Davos")),
    (DUTCH, "nl", "Greet Lindeman", ("1850-03-04", "Zwolle"), ("1899-05-09", "Arnhem")),
])
def test_idioms_of_birth_and_death(text: str, code: str, who: str, birth: tuple[str, str],
                                   death: tuple[str, str]) -> None:
    _, found = extract_text(text, code)
    got = {(c.property, c.value) for c in found if c.subject_name == who}
    assert {("date_of_birth", birth[0]), ("place_of_birth", birth[1]),
            ("date_of_death", death[0]), ("place_of_death", death[1])} <= got


def test_a_flood_is_an_accident() -> None:
    _, found = extract_text(DUTCH, "nl")
    assert ("manner_of_death", "accident") in {(c.property, c.value) for c in found}
