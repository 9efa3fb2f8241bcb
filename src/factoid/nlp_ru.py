"""The Russian NLP stage: natasha (razdel segmentation, slovnet morphology and NER, pymorphy2
lemmas), loaded once per process on the first Russian passage.

natasha ships its weights in its wheels and runs offline. Its results are copied into small
frozen records so the extractor never depends on natasha's mutable objects, and every offset
stays an exact Python string index into the parsed text (the caller adds the passage start).

pymorphy2 0.9 finds its dictionaries through ``pkg_resources``, which modern setuptools no
longer ships, so the analyser is given the dictionary path of ``pymorphy2_dicts_ru`` directly.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

__all__ = ["RuDoc", "RuSentence", "RuSpan", "RuToken", "is_person_noun", "load", "morph", "parse"]


@dataclass(frozen=True)
class RuToken:
    start: int
    end: int
    text: str
    lemma: str
    pos: str
    feats: dict[str, str]


@dataclass(frozen=True)
class RuSpan:
    """A named entity: ``type`` is PER, LOC or ORG; ``normal`` its nominative form."""

    start: int
    end: int
    text: str
    type: str
    normal: str


@dataclass(frozen=True)
class RuSentence:
    start: int
    end: int
    text: str
    tokens: tuple[RuToken, ...]
    spans: tuple[RuSpan, ...]

    def token_at(self, offset: int) -> RuToken | None:
        """The token covering an offset (relative to the parsed text)."""
        for tok in self.tokens:
            if tok.start <= offset < tok.end:
                return tok
        return None


@dataclass(frozen=True)
class RuDoc:
    """A parsed text. ``text`` is the input without stress marks ("Ви́ктор" -> "Виктор"), which
    split words for the tokenizer; every offset in the records is into ``text``, and
    ``original`` maps it back to the input."""

    text: str
    sentences: tuple[RuSentence, ...]
    index: tuple[int, ...] = ()

    def original(self, offset: int) -> int:
        """The input offset of a ``text`` offset (``len(text)`` maps to the input's end)."""
        return self.index[offset] if self.index else offset

    @property
    def spans(self) -> tuple[RuSpan, ...]:
        return tuple(s for sent in self.sentences for s in sent.spans)


@dataclass(frozen=True)
class _Models:
    segmenter: Any
    morph_vocab: Any
    morph_tagger: Any
    ner_tagger: Any


@lru_cache(maxsize=1)
def load() -> _Models:
    """natasha's models, loaded on first use (about a second) and kept for the process."""
    import pymorphy2_dicts_ru
    from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter
    from natasha.morph.vocab import MorphForm, MorphVocab
    from pymorphy2 import MorphAnalyzer

    class _Vocab(MorphVocab):  # type: ignore[misc]
        def __init__(self) -> None:
            MorphAnalyzer.__init__(self, path=pymorphy2_dicts_ru.get_path(), result_type=MorphForm)

    emb = NewsEmbedding()
    return _Models(Segmenter(), _Vocab(), NewsMorphTagger(emb), NewsNERTagger(emb))


@lru_cache(maxsize=1)
def tagger() -> Any:
    """A plain pymorphy2 analyser, whose OpenCorpora tags keep what natasha's drop: "Surn",
    "Name", "Patr" and "Geox" (a toponym), which tell a surname from a town."""
    import pymorphy2_dicts_ru
    import yargy.morph  # noqa: F401 - patches pymorphy2 0.9 for Python 3.11 (no inspect.getargspec)
    from pymorphy2 import MorphAnalyzer

    return MorphAnalyzer(path=pymorphy2_dicts_ru.get_path())


def is_toponym(word: str) -> bool:
    """True when the dictionary knows a word as a place and never as a person's name."""
    tags = [str(p.tag) for p in tagger().parse(word)]
    return any("Geox" in t for t in tags) and not any(g in t for t in tags for g in ("Surn", "Name", "Patr"))


def is_common_word(word: str, *, abstract_only: bool = True) -> bool:
    """True for an abstract noun the dictionary knows and never as a name ("Вероисповедание",
    a form's label the tagger took for a person). Only abstract suffixes are tested: many
    surnames are also common words ("Ягода")."""
    analyser = tagger()
    abstract = word.lower().endswith(("ние", "ство", "ость", "ция"))
    if (abstract_only and not abstract) or not analyser.word_is_known(word.lower()):
        return False
    tags = [str(p.tag) for p in analyser.parse(word)]
    return not any(g in t for t in tags for g in ("Surn", "Name", "Patr"))


_NAME_TAGS = ("Surn", "Name", "Patr")


def is_person_noun(word: str) -> bool:
    """True for a one-word "name" that is a common word for a person or no noun at all:
    "Чекист", "Нарком" and their case forms, "Демобилизовался". The lemmas and parts of
    speech are data (``lang/ru/not_names.toml``); a word any of whose parses is a name stays a name,
    so surnames that are also common words ("Ягода", "Кузнецов") are kept."""
    from factoid.lang import load_toml

    data = load_toml("ru", "not_names.toml")
    analyser = tagger()
    low = word.lower()
    lemmas = frozenset(data.get("lemmas", ()))
    parses = analyser.parse(word)
    if any(g in str(p.tag) for p in parses for g in _NAME_TAGS) and low not in lemmas:
        return False
    if low in lemmas or low.replace("ё", "е") in lemmas:
        return True
    if not analyser.word_is_known(low):
        return False
    if any(p.normal_form in lemmas or p.normal_form.replace("ё", "е") in lemmas for p in parses):
        return True
    top = parses[0].tag
    if top.POS in frozenset(data.get("not_name_pos", ())):
        return True
    return bool(data.get("animate_nouns")) and top.POS == "NOUN" and top.animacy == "anim"


def is_given_name(word: str) -> bool:
    """True for a first name the dictionary knows and never as a surname ("Яков", not
    "Иванов"; an unknown word is never taken for a first name)."""
    if not tagger().word_is_known(word.lower()):
        return False
    parses = tagger().parse(word)
    tags = [str(p.tag) for p in parses]
    top = tags[0] if tags else ""
    return "Name" in top and "sing" in top and not any("Surn" in t for t in tags)


def morph() -> Any:
    """natasha's ``MorphVocab`` (a pymorphy2 analyser): ``morph().parse(word)``."""
    return load().morph_vocab


#: Combining stress marks that Russian reference works print over vowels.
STRESS = frozenset("\u0300\u0301")


def strip_stress(text: str) -> tuple[str, tuple[int, ...]]:
    """The text without stress marks and, for each of its offsets (and its end), the offset
    in the input."""
    kept = [i for i, ch in enumerate(text) if ch not in STRESS]
    return "".join(text[i] for i in kept), tuple(kept) + (len(text),)


@lru_cache(maxsize=256)
def parse(text: str) -> RuDoc:
    """Sentences, tokens with lemmas and features, and named entities of a Russian text.
    Cached by text, because names and claims are read in two passes over one passage."""
    from natasha import Doc

    models = load()
    text, index = strip_stress(text)
    doc = Doc(text)
    doc.segment(models.segmenter)
    doc.tag_morph(models.morph_tagger)
    doc.tag_ner(models.ner_tagger)
    spans = []
    for span in doc.spans:
        try:
            span.normalize(models.morph_vocab)
        except Exception:  # noqa: BLE001 - a normalisation failure keeps the written form
            span.normal = span.text
        spans.append(RuSpan(span.start, span.stop, span.text, span.type, span.normal or span.text))
    sentences = []
    for sent in _joined(doc.sents):
        tokens = []
        for tok in sent.tokens:
            tok.lemmatize(models.morph_vocab)
            tokens.append(RuToken(tok.start, tok.stop, tok.text, tok.lemma or tok.text.lower(), tok.pos or "",
                                  dict(tok.feats or {})))
        inside = tuple(s for s in spans if sent.start <= s.start < sent.stop)
        sentences.append(RuSentence(sent.start, sent.stop, text[sent.start:sent.stop], tuple(tokens), inside))
    return RuDoc(text, tuple(sentences), index)


@dataclass
class _Joined:
    start: int
    stop: int
    tokens: list[Any]


def _joined(sents: Any) -> list[_Joined]:
    """natasha's sentences, rejoined where a split fell inside brackets or after a semicolon
    ("Имя (имя при рождении — ...[1]; 12 октября 1893, ... — 1938)" is one sentence)."""
    out: list[_Joined] = []
    depth = 0
    for sent in sents:
        if out and (depth > 0 or out[-1].tokens[-1].text == ";"):
            out[-1].stop = sent.stop
            out[-1].tokens.extend(sent.tokens)
        else:
            out.append(_Joined(sent.start, sent.stop, list(sent.tokens)))
        for tok in sent.tokens:
            depth += {"(": 1, ")": -1}.get(tok.text, 0)
        depth = max(depth, 0)
    return out
