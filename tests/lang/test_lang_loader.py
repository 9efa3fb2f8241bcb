"""The per-language data loader: paths, parsing, and errors that name the file."""

from __future__ import annotations

import pytest

from factoid import lang


def test_english_has_a_data_folder() -> None:
    assert "en" in lang.available()


def test_missing_file_names_language_and_file() -> None:
    with pytest.raises(lang.LanguageDataError, match="lang/en/no-such-file.toml"):
        lang.data_path("en", "no-such-file.toml")


def test_jsonl_skips_comments_and_reports_bad_lines(tmp_path, monkeypatch) -> None:
    folder = tmp_path / "xx"
    folder.mkdir()
    (folder / "p.jsonl").write_text('// a comment\n{"a": 1}\n\n{"b": 2}\n', encoding="utf-8")
    (folder / "bad.jsonl").write_text('{"a": 1}\n{oops}\n', encoding="utf-8")
    monkeypatch.setattr(lang, "_root", lambda: tmp_path)
    lang.load_jsonl.cache_clear()
    assert lang.load_jsonl("xx", "p.jsonl") == ({"a": 1}, {"b": 2})
    with pytest.raises(lang.LanguageDataError, match="bad.jsonl, line 2"):
        lang.load_jsonl("xx", "bad.jsonl")
    lang.load_jsonl.cache_clear()


def test_toml_errors_name_the_file(tmp_path, monkeypatch) -> None:
    folder = tmp_path / "xx"
    folder.mkdir()
    (folder / "bad.toml").write_text("a = [", encoding="utf-8")
    monkeypatch.setattr(lang, "_root", lambda: tmp_path)
    lang.load_toml.cache_clear()
    with pytest.raises(lang.LanguageDataError, match="lang/xx/bad.toml"):
        lang.load_toml("xx", "bad.toml")
    lang.load_toml.cache_clear()


def test_load_every_reads_only_the_languages_that_have_the_file(tmp_path, monkeypatch) -> None:
    for code, body in (("aa", 'x = 1\n'), ("bb", None), ("cc", 'x = 3\n')):
        (tmp_path / code).mkdir()
        if body is not None:
            (tmp_path / code / "t.toml").write_text(body, encoding="utf-8")
    monkeypatch.setattr(lang, "_root", lambda: tmp_path)
    lang.load_toml.cache_clear()
    lang.load_every.cache_clear()
    assert lang.load_every("t.toml") == (("aa", {"x": 1}), ("cc", {"x": 3}))
    lang.load_toml.cache_clear()
    lang.load_every.cache_clear()
