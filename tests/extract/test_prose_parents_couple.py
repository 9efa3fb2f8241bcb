""""the son of A and (of) his wife B": B is A's wife and the subject's mother, never the
subject's own wife."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def values(claims, prop, name=None):
    return [c.value for c in claims if c.property == prop and (name is None or c.subject_name == name)]


@pytest.mark.parametrize("sentence", [
    "Jan Kowalczyk was a Polish general. He was born in Wilno, the son of Ludwik Kowalczyk and his wife Tekla Ratomska.",
    "Jan Kowalczyk was the son of Ludwik Kowalczyk and of his wife Tekla Ratomska.",
    "Jan Kowalczyk was born in Wilno as the son of Ludwik Kowalczyk and his wife Tekla Ratomska.",
    "Jan Kowalczyk was the son of Ludwik Kowalczyk (1701–1760) and his wife Tekla Ratomska (c. 1710–1772).",
])
def test_his_wife_after_son_of_is_the_mother(extract, sentence):
    _, _, claims = extract(sentence)
    assert values(claims, "father", "Jan Kowalczyk") == ["Ludwik Kowalczyk"]
    assert values(claims, "mother", "Jan Kowalczyk") == ["Tekla Ratomska"]
    assert "Tekla Ratomska" not in values(claims, "spouse", "Jan Kowalczyk")
    assert values(claims, "spouse", "Ludwik Kowalczyk") == ["Tekla Ratomska"]


def test_his_wife_elsewhere_is_still_the_subjects(extract):
    _, _, claims = extract("Jan Kowalczyk was the son of Ludwik Kowalczyk. In 1770 he and his wife Anna Lis moved to Wilno.")
    assert values(claims, "spouse", "Jan Kowalczyk") == ["Anna Lis"]
    assert values(claims, "father", "Jan Kowalczyk") == ["Ludwik Kowalczyk"]


def test_a_titled_rulers_dates_do_not_make_his_wife_the_subjects(extract):
    _, _, claims = extract("Jan Kowalczyk was the son of King Ludwik III (1701–1760) and his wife Tekla Ratomska.")
    assert values(claims, "mother", "Jan Kowalczyk") == ["Tekla Ratomska"]
    assert "Tekla Ratomska" not in values(claims, "spouse", "Jan Kowalczyk")
