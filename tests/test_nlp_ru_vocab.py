"""``nlp_ru_vocab``: a tagger's word list read from a disk cache of its index answers every
look-up as slovnet's own vocabulary does, and a missing, broken or unwritable cache never
changes an answer."""

from __future__ import annotations

from gzip import compress

import pytest

from factoid import nlp_ru_vocab

pytest.importorskip("slovnet")
from slovnet.vocab import Vocab  # noqa: E402

WORDS = ["<pad>", "<unk>", "дом", "сад", "город", "река", "house", "ёлка", "поле"]


@pytest.fixture(autouse=True)
def _cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(nlp_ru_vocab, "MIN_CACHED", 3)


def _data(words: list[str]) -> bytes:
    return compress("\n".join(words).encode("utf8"))


def _same(ours, theirs: Vocab, asked: list[str]) -> None:
    assert (ours.unk_id, ours.pad_id, len(ours)) == (theirs.unk_id, theirs.pad_id, len(theirs))
    assert [ours.encode(w) for w in asked] == [theirs.encode(w) for w in asked]
    assert ours.item_ids == theirs.item_ids and ours.items == theirs.items


def test_the_index_answers_as_slovnets_vocabulary_made_then_read_back() -> None:
    asked = [*WORDS, "Дом", "дома", "", "неизвестное", "<unk>"]
    theirs = Vocab(WORDS)
    made = nlp_ru_vocab.load(_data(WORDS))
    assert isinstance(made, nlp_ru_vocab.WordIndex) and nlp_ru_vocab.cache_file(_data(WORDS)).is_file()
    read = nlp_ru_vocab.load(_data(WORDS))
    assert isinstance(read, nlp_ru_vocab.WordIndex)
    for ours in (made, read):
        _same(ours, theirs, asked)
    assert read.encode("сад") == 3 and read.decode(4) == "город"


def test_a_list_with_a_repeated_word_is_slovnets_own() -> None:
    twice = [*WORDS, "сад"]
    vocab = nlp_ru_vocab.load(_data(twice))
    assert type(vocab) is Vocab and vocab.encode("сад") == len(WORDS)  # its last id, as slovnet's dict


def test_another_vocabulary_gets_another_file() -> None:
    other = ["<pad>", "<unk>", "сад", "дом", "город"]
    nlp_ru_vocab.load(_data(WORDS))
    read = nlp_ru_vocab.load(_data(other))
    assert nlp_ru_vocab.cache_file(_data(WORDS)) != nlp_ru_vocab.cache_file(_data(other))
    _same(read, Vocab(other), [*other, "река"])


def test_a_small_vocabulary_is_slovnets_own(monkeypatch) -> None:
    monkeypatch.setattr(nlp_ru_vocab, "MIN_CACHED", 100)
    vocab = nlp_ru_vocab.load(_data(WORDS))
    assert type(vocab) is Vocab and not nlp_ru_vocab.cache_file(_data(WORDS)).exists()


def test_a_broken_cache_file_is_ignored_with_a_warning_and_made_again() -> None:
    nlp_ru_vocab.load(_data(WORDS))
    path = nlp_ru_vocab.cache_file(_data(WORDS))
    path.write_bytes(b"not an index")
    with pytest.warns(RuntimeWarning, match="unreadable vocabulary cache"):
        again = nlp_ru_vocab.load(_data(WORDS))
    _same(again, Vocab(WORDS), WORDS)
    assert isinstance(nlp_ru_vocab.load(_data(WORDS)), nlp_ru_vocab.WordIndex)  # the file was made again


def test_an_unwritable_cache_folder_leaves_slovnets_vocabulary(tmp_path, monkeypatch) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))  # a file where the folder should be
    vocab = nlp_ru_vocab.load(_data(WORDS))
    assert type(vocab) is Vocab and vocab.item_ids == Vocab(WORDS).item_ids


def test_the_patch_is_put_back() -> None:
    from slovnet.exec import pack

    with nlp_ru_vocab.cached_vocabs():
        assert pack.bytes_vocab is nlp_ru_vocab.load
    assert pack.bytes_vocab.__module__ == "slovnet.exec.pack"
