"""``nlp_ru._embedding``: natasha's news embedding without navec's similarity tables gives the
same vectors, and so the same tags, as natasha's own loader."""

from __future__ import annotations

import numpy as np
import pytest

from factoid import nlp_ru

natasha = pytest.importorskip("natasha")


def test_the_lookup_embedding_holds_the_same_vectors_without_the_similarity_tables() -> None:
    ours, theirs = nlp_ru._embedding(), natasha.NewsEmbedding()
    assert ours.meta.id == theirs.meta.id
    assert ours.vocab.words == theirs.vocab.words
    assert np.array_equal(ours.pq.indexes, theirs.pq.indexes)
    assert np.array_equal(ours.pq.codes, theirs.pq.codes)
    for word in ("город", "родился", "москва", "<unk>"):
        if word in theirs:
            assert np.array_equal(ours[word], theirs[word])
    assert not hasattr(ours.pq, "ab") and hasattr(theirs.pq, "ab")  # the tables it skips


def test_taggers_on_the_lookup_embedding_tag_as_on_natashas_own() -> None:
    text = "Пётр Иванович Сомов родился в Твери в 1880 году и умер в Казани."
    tags = []
    for emb in (nlp_ru._embedding(), natasha.NewsEmbedding()):
        doc = natasha.Doc(text)
        doc.segment(natasha.Segmenter())
        doc.tag_morph(natasha.NewsMorphTagger(emb))
        doc.tag_ner(natasha.NewsNERTagger(emb))
        tags.append(([(t.text, t.pos, t.feats) for t in doc.tokens], [(s.start, s.stop, s.type) for s in doc.spans]))
    assert tags[0] == tags[1]
    assert ("Сомов", "PROPN") in {(t, p) for t, p, _ in tags[0][0]}


def test_loaded_taggers_share_the_embeddings_word_table_and_tag_as_natashas_own() -> None:
    """``nlp_ru.load`` builds the word -> id table once (``shared_word_vocab``): both taggers
    read navec's, and they tag a text exactly as natasha's own loader's taggers do."""
    models = nlp_ru.load()
    morph_words = models.morph_tagger.infer.encoder.words_vocab
    ner_words = models.ner_tagger.infer.encoder.words_vocab
    assert morph_words.item_ids is ner_words.item_ids
    emb = natasha.NewsEmbedding()
    own = natasha.NewsMorphTagger(emb), natasha.NewsNERTagger(emb)
    assert own[0].infer.encoder.words_vocab.item_ids == morph_words.item_ids
    assert (own[0].infer.encoder.words_vocab.unk_id, own[0].infer.encoder.words_vocab.pad_id) == \
        (morph_words.unk_id, morph_words.pad_id)
    text = "Анна Сергеевна Крылова переехала из Самары в Омск, где преподавала до 1931 года."
    tags = []
    for morph, ner in (own, (models.morph_tagger, models.ner_tagger)):
        doc = natasha.Doc(text)
        doc.segment(natasha.Segmenter())
        doc.tag_morph(morph)
        doc.tag_ner(ner)
        tags.append(([(t.text, t.pos, t.feats) for t in doc.tokens], [(s.start, s.stop, s.type) for s in doc.spans]))
    assert tags[0] == tags[1]
    assert "PER" in {kind for _, _, kind in tags[1][1]}


def test_a_vocabulary_that_differs_from_the_embeddings_is_built_as_slovnet_builds_it() -> None:
    from gzip import compress

    from slovnet.exec import pack

    class Words:
        words = ["<pad>", "<unk>", "дом", "сад"]
        word_ids = {w: i for i, w in enumerate(words)}

    with nlp_ru.shared_word_vocab(Words()):
        same = pack.bytes_vocab(compress("\n".join(Words.words).encode("utf8")))
        other = pack.bytes_vocab(compress("<pad>\n<unk>\nсад\nдом".encode("utf8")))
    assert same.item_ids is Words.word_ids and (same.unk_id, same.pad_id) == (1, 0)
    assert other.item_ids == {"<pad>": 0, "<unk>": 1, "сад": 2, "дом": 3} and other.item_ids is not Words.word_ids
    assert pack.bytes_vocab.__module__ == "slovnet.exec.pack"  # put back
