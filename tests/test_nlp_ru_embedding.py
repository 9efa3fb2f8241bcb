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
