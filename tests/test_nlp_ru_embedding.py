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
    assert ours.vocab.words == theirs.vocab.words  # read when asked for (the taggers never ask)
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


def test_loaded_taggers_read_their_words_from_the_cached_index_and_tag_as_natashas_own() -> None:
    """``nlp_ru.load`` reads the taggers' word lists through ``nlp_ru_vocab``: every word of
    natasha's own vocabulary gets the same id, any other word the unknown id, and both taggers
    tag a text exactly as natasha's own loader's taggers do."""
    from factoid.nlp_ru_vocab import WordIndex

    models = nlp_ru.load()
    morph_words = models.morph_tagger.infer.encoder.words_vocab
    ner_words = models.ner_tagger.infer.encoder.words_vocab
    assert isinstance(morph_words, WordIndex) and isinstance(ner_words, WordIndex)
    emb = natasha.NewsEmbedding()
    own = natasha.NewsMorphTagger(emb), natasha.NewsNERTagger(emb)
    theirs = own[0].infer.encoder.words_vocab
    assert all(morph_words.encode(w) == i for w, i in theirs.item_ids.items())
    assert morph_words.item_ids == theirs.item_ids and len(morph_words) == len(theirs)
    assert (theirs.unk_id, theirs.pad_id) == (morph_words.unk_id, morph_words.pad_id)
    assert morph_words.encode("несуществующееслово") == theirs.unk_id
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
