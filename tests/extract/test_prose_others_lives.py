"""Other people's lives beside the subject's: a bracket after a name that only ends in a
place the subject is also called by, and a list of related people's life spans that must not
lend its years to a bare day and month told later."""

from __future__ import annotations

from types import SimpleNamespace

from factoid.extract.prose import ProseReader


class _Refs:
    """Names found in a text: (start, end, person) triples."""

    def __init__(self, names: list[tuple[int, int, str]]) -> None:
        self.names = names

    def ending_in(self, lo: int, hi: int) -> list[tuple[int, tuple[int, str]]]:
        return [(a, (b, pid)) for a, b, pid in self.names if lo <= b < hi]


def _owner(text: str, names: list[tuple[str, str]]) -> str | None:
    """The owner of the first bracket of ``text`` when each (name, person) is found there."""
    found = [(text.index(n), text.index(n) + len(n), pid) for n, pid in names]
    reader = SimpleNamespace(doc=SimpleNamespace(text=text), refs=_Refs(found))
    return ProseReader.bracket_name_owner(reader, SimpleNamespace(start=0), text.index("("))


def test_a_place_ending_someone_elses_name_does_not_take_the_bracket():
    # the page's subject, "Irene of Corinth", is also found as "Corinth"
    text = "a quarrel with the bishop [[Markos of Corinth]] (c. 310–381) ended badly"
    assert _owner(text, [("Corinth", "irene")]) is None
    text = "» Queen Asa of Lydia (1394–1445)"
    assert _owner(text, [("Lydia", "mira")]) is None


def test_the_subjects_own_name_with_its_place_keeps_the_bracket():
    text = "Queen Mira of Lydia (1360–1401) ruled for thirty years"
    assert _owner(text, [("Mira", "mira"), ("Lydia", "mira")]) == "mira"
    assert _owner("Irene Vlachou (1800–1862) taught", [("Irene Vlachou", "irene")]) == "irene"


def test_related_peoples_years_are_not_lent_to_a_bare_day(extract):
    text = ("Marta Lindqvist was a Swedish nurse who served in Norway in 1940.\n\n"
            "Related nurses\n• John Hardy (1890–1961)\n• Peter Holm (1901–1975)\n\n"
            "Lindqvist died on 3 May in a field hospital at Harstad.")
    _, _, claims = extract(text)
    deaths = [c.value for c in claims if c.property == "date_of_death" and c.subject_name == "Marta Lindqvist"]
    assert deaths == ["1940-05-03"], deaths
