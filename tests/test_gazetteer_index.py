"""``gazetteer``: the name index kept in an SQLite file and read key by key (``Index``)
answers as the dictionary it was written from."""

from __future__ import annotations

import random
import shutil

import pytest

from factoid import gazetteer


@pytest.fixture(scope="module")
def built(tmp_path_factory):  # type: ignore[no-untyped-def]
    """An index built afresh in an empty cache folder: the dictionary and its files."""
    folder = tmp_path_factory.mktemp("cache")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("XDG_CACHE_HOME", str(folder))
        gazetteer._data.cache_clear()
        try:
            data = gazetteer._data()
            yield data, gazetteer._cache_file(), gazetteer._index_file()
        finally:
            gazetteer._data.cache_clear()


def test_a_fresh_build_keeps_its_dictionary_and_writes_both_files(built) -> None:  # type: ignore[no-untyped-def]
    data, pickled, names = built
    assert isinstance(data["index"], dict) and pickled.is_file() and names.is_file()


def test_the_file_answers_as_the_dictionary(built) -> None:  # type: ignore[no-untyped-def]
    data, _, names = built
    index = gazetteer.Index(names)
    keys = random.Random(5).sample(sorted(data["index"]), 1500)
    assert all(index.get(k) == data["index"][k] and k in index for k in keys)
    for missing in ("zzqx town", "", "margaret ellison"):
        assert missing not in index and index.get(missing) is None and index.get(missing, ("x", 1)) == ("x", 1)


def test_a_later_process_reads_the_files_and_finds_the_same_places(built, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    data, pickled, names = built
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    gazetteer._cache_file().parent.mkdir(parents=True)
    shutil.copyfile(pickled, gazetteer._cache_file())
    shutil.copyfile(names, gazetteer._index_file())
    gazetteer._data.cache_clear()
    try:
        later = gazetteer._data()
        assert isinstance(later["index"], gazetteer.Index)
        assert later["records"] == data["records"] and later["cities"] == data["cities"]
        for name in ("Lyon", "Dairen", "Leeds", "Moscow Oblast", "Nowhere Upon Sea"):
            key = gazetteer._key(name)
            assert later["index"].get(key) == data["index"].get(key)
    finally:
        gazetteer._data.cache_clear()


def test_a_forked_process_opens_its_own_connection(built) -> None:  # type: ignore[no-untyped-def]
    data, _, names = built
    index = gazetteer.Index(names)
    key = next(iter(data["index"]))
    assert index.get(key) == data["index"][key]
    first = index._conn
    index._pid = -1  # as a child after a fork sees it: another process id
    index._seen.clear()
    assert index.get(key) == data["index"][key] and index._conn is not first


def test_an_unreadable_index_file_is_built_again(built, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    data, pickled, _ = built
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    gazetteer._cache_file().parent.mkdir(parents=True)
    shutil.copyfile(pickled, gazetteer._cache_file())
    gazetteer._index_file().write_bytes(b"not a database file, only text " * 100)
    gazetteer._data.cache_clear()
    try:
        again = gazetteer._data()
        assert again["index"] == data["index"]
        assert isinstance(gazetteer._data.__wrapped__()["index"], gazetteer.Index)  # the file is whole now
    finally:
        gazetteer._data.cache_clear()
