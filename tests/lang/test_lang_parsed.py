"""``lang.parsed``: the disk cache of every language data file parsed gives what parsing
each file gives, is made again when a file changes or the cache is broken, and leaves a file
that does not parse to its loader's error."""

from __future__ import annotations

import pickle

import pytest

from factoid import lang
from factoid.lang import parsed


@pytest.fixture
def root(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    data = tmp_path / "data"
    (data / "aa").mkdir(parents=True)
    (data / "aa" / "t.toml").write_text('x = 1\nwhen = 1999-01-02\n[words]\nsea = ["mer", "mar"]\n', encoding="utf-8")
    (data / "aa" / "p.jsonl").write_text('// note\n{"a": 1}\n\n{"b": [2, 3]}\n', encoding="utf-8")
    (data / "aa" / "bad.toml").write_text("a = [", encoding="utf-8")
    monkeypatch.setattr(lang, "_root", lambda: data)
    for f in (lang.load_toml, lang.load_jsonl, lang.load_every, parsed.every):
        f.cache_clear()
    yield data
    for f in (lang.load_toml, lang.load_jsonl, lang.load_every, parsed.every):
        f.cache_clear()


def _cache_files(root):
    return sorted((root.parent / "cache" / "factoid").glob("lang-*.pickle"))


def test_the_cache_holds_what_parsing_each_file_gives(root) -> None:
    table = parsed.every(root)
    assert table[("aa", "t.toml")] == lang.parse_toml("aa", "t.toml", (root / "aa" / "t.toml").read_text())
    assert table[("aa", "p.jsonl")] == ({"a": 1}, {"b": [2, 3]})
    assert len(_cache_files(root)) == 1
    parsed.every.cache_clear()
    assert parsed.every(root) == table  # read back from the file
    assert lang.load_toml("aa", "t.toml")["words"] == {"sea": ["mer", "mar"]}


def test_a_file_that_does_not_parse_is_left_to_its_loader(root) -> None:
    assert ("aa", "bad.toml") not in parsed.every(root)
    with pytest.raises(lang.LanguageDataError, match="lang/aa/bad.toml"):
        lang.load_toml("aa", "bad.toml")


def test_an_edited_file_gives_another_cache(root) -> None:
    parsed.every(root)
    (root / "aa" / "t.toml").write_text("x = 2\n", encoding="utf-8")
    parsed.every.cache_clear()
    assert parsed.every(root)[("aa", "t.toml")] == {"x": 2}
    assert len(_cache_files(root)) == 2


def test_a_broken_cache_is_ignored_with_a_warning_and_made_again(root) -> None:
    parsed.every(root)
    (path,) = _cache_files(root)
    path.write_bytes(b"\x80\x05garbage")
    parsed.every.cache_clear()
    with pytest.warns(RuntimeWarning, match="unreadable language data cache"):
        assert parsed.every(root)[("aa", "t.toml")]["x"] == 1
    assert isinstance(pickle.loads(path.read_bytes()), dict)


def test_the_real_data_parses_the_same_through_the_cache() -> None:
    real = lang._root()
    table = parsed.every(real)
    for (code, name), value in table.items():
        text = (real / code / name).read_text(encoding="utf-8")
        direct = lang.parse_toml(code, name, text) if name.endswith(".toml") else lang.parse_jsonl(code, name, text)
        assert value == direct, (code, name)
