"""Finding names: initials, Cyrillic, junk from glued infobox lines, possessives."""

from __future__ import annotations

import pytest

from factoid.extract.mentions import NameSpan, find_known_surnames, find_names, looks_like_name

pytestmark = pytest.mark.slow


def names(nlp_model, text: str, base: int = 0) -> list[str]:
    spans = find_names(nlp_model(text), base)
    full = " " * base + text
    for s in spans:
        assert full[s.start : s.end] == s.text
    return [s.text for s in spans]


def test_spaced_initials(nlp_model):
    assert "N. I. Ezhov" in names(nlp_model, "In 1936 N. I. Ezhov signed the order.")


def test_glued_initials(nlp_model):
    assert "M.P. Frinovsky" in names(nlp_model, "The order was carried out by M.P. Frinovsky in Moscow.")


def test_surname_then_initials(nlp_model):
    found = names(nlp_model, "The file was signed by Frinovsky M. P. on the same day.")
    assert any(n.startswith("Frinovsky M. P") for n in found)


def test_cyrillic_full_name(nlp_model):
    assert names(nlp_model, "Генрих Самойлович Люшков родился в Одессе.") == ["Генрих Самойлович Люшков"]


def test_offsets_are_absolute(nlp_model):
    text = "Later M.P. Frinovsky was arrested."
    spans = find_names(nlp_model(text), 100)
    hit = next(s for s in spans if s.text == "M.P. Frinovsky")
    assert hit.start == 100 + text.index("M.P.")


@pytest.mark.parametrize("junk", ["NationalityUkrainian", "Preceded", "Succeeded", "SpouseAntonina", "NKVD", "Born1899",
                                  "the commissar"])
def test_junk_is_not_a_name(junk):
    assert not looks_like_name(junk)


@pytest.mark.parametrize("good", ["Genrikh Lyushkov", "N. I. Ezhov", "M.P. Frinovsky", "Генрих Люшков", "Ludwig von Mises"])
def test_real_names_look_like_names(good):
    assert looks_like_name(good)


def test_glued_infobox_lines_give_no_junk_names(nlp_model):
    found = names(nlp_model, "NationalityUkrainian\nPreceded\nby Genrikh Lyushkov")
    assert "NationalityUkrainian" not in found
    assert "Preceded" not in found
    assert all(not n.startswith(("Nationality", "Preceded")) for n in found)


def test_possessive_is_trimmed(nlp_model):
    found = names(nlp_model, "Genrikh Lyushkov's wife stayed in Moscow.")
    assert "Genrikh Lyushkov" in found
    assert not any(n.endswith("'s") for n in found)


def test_title_is_trimmed(nlp_model):
    found = names(nlp_model, "General Vasily Blyukher commanded the army.")
    assert any(n == "Vasily Blyukher" for n in found)


def test_known_surnames_found_bare_and_possessive():
    text = "Lyushkov's flight shocked everyone. Later Lyushkov wrote articles."
    spans = find_known_surnames(text, 10, {"Lyushkov"}, [])
    assert [s.text for s in spans] == ["Lyushkov", "Lyushkov"]
    assert spans[0].start == 10 and spans[0].end == 10 + len("Lyushkov")


def test_known_surnames_skip_taken_spans():
    text = "Genrikh Lyushkov fled. Lyushkov was gone."
    taken = [NameSpan(0, 16, "Genrikh Lyushkov")]
    spans = find_known_surnames(text, 0, {"Lyushkov"}, taken)
    assert [(s.start, s.text) for s in spans] == [(text.index("Lyushkov was"), "Lyushkov")]


def test_known_surnames_do_not_match_inside_words():
    assert find_known_surnames("Lyushkova was arrested.", 0, {"Lyushkov"}, []) == []
