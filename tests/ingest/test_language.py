"""The per-passage language guess: script first, then each language's function words."""

from __future__ import annotations

import pytest

from factoid.api import prepare
from factoid.ingest.language import guess_language, stopwords
from factoid.model import Document


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The botanist was born in Ghent and spent his youth at sea.", "en"),
        ("Le botaniste est né à Gand et il a passé sa jeunesse en mer.", "fr"),
        ("Der Botaniker wurde in Gent geboren und war in seiner Jugend auf See.", "de"),
        ("Ботаник родился в Генте и провёл юность в море.", "ru"),
        ("Ботанік народився в Генті і провів юність у морі.", "uk"),
    ],
)
def test_prose_languages(text: str, code: str) -> None:
    assert guess_language(text) == code


@pytest.mark.parametrize("text", ["Ghent 1821 1899", "Born: 4 May 1821", "", "1821–1899"])
def test_too_little_to_tell_is_none(text: str) -> None:
    assert guess_language(text) is None


def test_a_french_name_in_english_prose_stays_english() -> None:
    assert guess_language("Jeanne de la Roche, née Dupont, was a printer in Ghent and the wife of a bookseller.") == "en"
    # as many French as English function words: unsure, so no label rather than a wrong one
    assert guess_language("Jeanne de la Roche, née Dupont, was a printer in Ghent.") is None


def test_latin_languages_come_from_lang_data() -> None:
    assert {"en", "fr", "de"} <= set(stopwords()) and "ru" not in stopwords()


def test_prepare_guesses_each_passage() -> None:
    text = "Anton Verhelst was born in Ghent in 1821.\n\nIl est mort à Lille et il fut enterré dans la ville.\n"
    doc = Document("v.txt", text, "h", len(text), "text")
    assert [p.language for p in prepare(doc)] == ["en", "fr"]
