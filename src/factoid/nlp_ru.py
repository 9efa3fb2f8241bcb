"""The Russian NLP stage: natasha (razdel segmentation, slovnet morphology and NER, pymorphy2
lemmas), loaded once per process on the first Russian passage.

natasha ships its weights in its wheels and runs offline. Its results are copied into small
frozen records so the extractor never depends on natasha's mutable objects, and every offset
stays an exact Python string index into the parsed text (the caller adds the passage start).

pymorphy2 0.9 finds its dictionaries through ``pkg_resources``, which modern setuptools no
longer ships, so the analyser is given the dictionary path of ``pymorphy2_dicts_ru`` directly.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

__all__ = ["RuDoc", "RuSentence", "RuSpan", "RuToken", "is_person_noun", "load", "morph", "name_gender",
           "nominative_name", "nominative_word", "parse"]


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
    from natasha import NewsMorphTagger, NewsNERTagger, Segmenter
    from natasha.morph.vocab import MorphForm, MorphVocab
    from pymorphy2 import MorphAnalyzer

    from factoid.nlp_ru_vocab import cached_vocabs

    class _Vocab(MorphVocab):  # type: ignore[misc]
        def __init__(self) -> None:
            MorphAnalyzer.__init__(self, path=pymorphy2_dicts_ru.get_path(), result_type=MorphForm)

    emb = _embedding()
    with cached_vocabs():
        taggers = NewsMorphTagger(emb), NewsNERTagger(emb)
    return _Models(Segmenter(), _Vocab(), *taggers)


def _embedding() -> Any:
    """natasha's news embedding (``natasha.NewsEmbedding``'s file), read without navec's
    similarity tables and with its word list read only if asked for.

    navec prepares, on loading, every word's norm and the centroids' dot products for its
    similarity queries (about 0.75 s); natasha's taggers only look vectors up (the quantised
    indexes and codes, ``slovnet``'s ``InjectNavecVisitor``), by the ids of their own word
    lists (``nlp_ru_vocab``), never by the embedding's, whose 250,000 words and word -> id dict
    cost another 0.15 s. So a rebuild that meets a few Russian lines reads neither: same
    vectors, same tags; ``emb.vocab`` (and ``emb[word]``) still work, reading the words then."""
    import numpy as np
    from natasha.data import NEWS_EMBEDDING
    from navec import Navec
    from navec.meta import Meta
    from navec.navec import META, PQ_
    from navec.pq import PQ
    from navec.tar import Tar

    class _LookupPQ(PQ):  # type: ignore[misc]
        def precompute(self) -> None:
            self.qdims = np.arange(self.qdim)  # what a vector lookup (``PQ.__getitem__``) needs

    class _LazyNavec(Navec):  # type: ignore[misc]
        @property
        def vocab(self) -> Any:
            return _embedding_words(NEWS_EMBEDDING)

        @vocab.setter
        def vocab(self, value: Any) -> None:  # ``Navec.__init__`` sets it: the words are read lazily
            pass

    with Tar(NEWS_EMBEDDING) as tar:
        meta = Meta.from_file(tar.load(META))
        Meta.check_protocol(meta.protocol)
        pq = _LookupPQ.from_file(tar.load(PQ_))
    return _LazyNavec(meta, None, pq)


@lru_cache(maxsize=1)
def _embedding_words(path: str) -> Any:
    """navec's vocabulary of the embedding file at ``path`` (its words, counts and word -> id)."""
    from navec.navec import VOCAB
    from navec.tar import Tar
    from navec.vocab import Vocab

    with Tar(path) as tar:
        return Vocab.from_file(tar.load(VOCAB))


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


@lru_cache(maxsize=1)
def _month_abbreviations() -> frozenset[str]:
    """The short month words of ``lang/ru/dates.toml`` ("апр", "февр"): a point after one is
    no sentence end when a number follows."""
    from factoid.lang import load_toml

    months = load_toml("ru", "dates.toml").get("months", {})
    return frozenset(w for words in months.values() for w in words if len(w) <= 4)


def _split_after_abbreviation(tokens: list[Any], following: Any) -> bool:
    """True for a split after an abbreviated month before a number: "В апр. | 1915 арестован"."""
    if len(tokens) < 2 or tokens[-1].text != "." or not following.tokens:
        return False
    return tokens[-2].text.lower() in _month_abbreviations() and following.tokens[0].text[:1].isdigit()


def _joined(sents: Any) -> list[_Joined]:
    """natasha's sentences, rejoined where a split fell inside brackets or after a semicolon
    ("Имя (имя при рождении — ...[1]; 12 октября 1893, ... — 1938)" is one sentence), after
    an abbreviated month ("В апр. 1915 арестован"), or where no space follows the point."""
    out: list[_Joined] = []
    depth = 0
    for sent in sents:
        glued = out and sent.start == out[-1].stop  # "20.5 (1.6).1876": no sentence opens without a space
        if out and (depth > 0 or glued or out[-1].tokens[-1].text == ";" or _split_after_abbreviation(out[-1].tokens, sent)):
            out[-1].stop = sent.stop
            out[-1].tokens.extend(sent.tokens)
        else:
            out.append(_Joined(sent.start, sent.stop, list(sent.tokens)))
        for tok in sent.tokens:
            depth += {"(": 1, ")": -1}.get(tok.text, 0)
        depth = max(depth, 0)
    return out


#: natasha's case names -> pymorphy2's grammemes.
_CASES = {"Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}
_PATRONYMIC_FORMS = re.compile(r"(?:ович|евич|ьич)(?:а|у|ем|е)?$|(?:овн|евн|ичн)(?:а|ы|е|у|ой)$")


def name_gender(words: Sequence[str]) -> str | None:
    """"masc" or "femn" for a name, from a patronymic in any case ("Ивановича", "Петровной")
    or a first name the dictionary knows and never as a surname; ``None`` when the name says
    nothing (a surname alone, a surname and initials)."""
    for word in words:
        m = _PATRONYMIC_FORMS.search(word.lower())
        if m and len(word) > 5:
            return "femn" if m.group(0).startswith(("овн", "евн", "ичн")) else "masc"
    if len(words) < 2:
        return None
    for word in words:
        if "." in word or not tagger().word_is_known(word.lower()):
            continue
        parses = tagger().parse(word)
        if any("Surn" in p.tag for p in parses):
            continue
        given = [p for p in parses if "Name" in p.tag and p.tag.gender]
        given.sort(key=lambda p: p.tag.case != "nomn")  # "Александра" is a woman before a man's genitive
        if given:
            return str(given[0].tag.gender)
    return None


def _has_nominative(parses: Sequence[Any], gender: str | None, known: bool) -> bool:
    """Whether a word may be read as written: some parse is a nominative of the name's gender
    that is a name (Surn, Name, Patr) or, for a word the dictionary knows, any nominative."""
    for p in parses:
        if p.tag.case != "nomn" or (gender and p.tag.gender and p.tag.gender != gender):
            continue
        if known or any(g in p.tag for g in _NAME_TAGS):
            return True
    return False


#: Endings an oblique case form of a name may have; a word ending otherwise ("Агранов",
#: "Франек", "Урицкий") is a nominative and is never touched.
_OBLIQUE = ("а", "я", "у", "ю", "е", "ы", "и", "ом", "ем", "ём", "ой", "ей", "ого", "его", "ому", "ему",
            "ым", "им", "ую", "ою")


def nominative_word(word: str, gender: str | None, case: str = "") -> str:
    """One word of a name put in the nominative by its morphology: "Урицкого" -> "Урицкий",
    "Пильняком" -> "Пильняк", "Стасовой" -> "Стасова", "Цветаеву" (a woman) -> "Цветаева".

    A word that reads as a nominative of the name's gender stays as written, so a woman's
    feminine surname stays hers; when the gender is unknown, "Блюмкина" becomes the man's
    "Блюмкин" only where natasha's tagger put the word in an oblique ``case`` and the
    dictionary has a masculine surname in that case. Otherwise the best oblique parse wins:
    a name-tagged one, animate, of the name's gender (masculine when unknown)."""
    if "." in word or "-" in word or len(word) < 3 or not word[:1].isupper() or not word.lower().endswith(_OBLIQUE):
        return word
    low = word.lower()
    if case == "Ins" and gender != "femn" and low.endswith(_SURNAME_INSTRUMENTAL):
        return word[:-2]  # "Андреем Лыковым": a surname in -ов/-ин, never the adjective "лыковый"
    if case in {"Gen", "Dat", "Ins", "Loc"} and gender == "femn" and low.endswith(_SURNAME_FEMININE_OBLIQUE):
        return word[:-2] + "а"  # "Ольгой Лыковой": the woman Лыкова, never "Лыковая"
    parses = tagger().parse(word)
    known = tagger().word_is_known(low)
    wanted = _CASES.get(case)
    if case in {"Dat", "Loc"} and low.endswith("е") and (given := _declined_given(word, parses)):
        return given
    if case == "Nom" and low.endswith(("а", "я")):
        return word  # "Вяча", "Никола": a nominative the dictionary lacks, as the tagger read it
    if _has_nominative(parses, gender, known):
        if gender is not None or wanted is None:
            return word
        parses = [p for p in parses if "Surn" in p.tag and p.tag.gender == "masc" and p.tag.case == wanted]
        if not parses:
            return word
    target = gender or "masc"
    oblique = [p for p in parses if p.tag.case not in (None, "nomn") and p.tag.POS in ("NOUN", "ADJF")]
    if oblique and _case_contradicted(oblique, case):
        return word
    if gender:
        oblique = [p for p in oblique if p.tag.gender in (None, gender)]
    if not oblique:
        return word
    best = max(oblique, key=lambda p: (any(g in p.tag for g in _NAME_TAGS), p.tag.animacy == "anim",
                                       p.tag.gender == target, p.tag.case == wanted, p.score))
    form = best.inflect({"nomn", "sing"} | ({best.tag.gender} if best.tag.gender else set()))
    if form is None:
        return word
    out = form.word if "ё" in low else form.word.replace("ё", "е")
    return out[:1].upper() + out[1:]


def nominative_given(word: str, case: str) -> str:
    """A given name in the nominative singular, as the dictionary inflects it from the
    ``case`` natasha read ("Екатерины" -> "Екатерина", "Петра" -> "Пётр"), for a name known
    to be one person's (a ruler's name before its number), where ``nominative_word`` keeps a
    form that could be a plural."""
    wanted = _CASES.get(case)
    if wanted is None or wanted == "nomn":
        return word
    parses = [p for p in tagger().parse(word) if "Name" in p.tag and p.tag.case == wanted and p.tag.number == "sing"]
    form = parses[0].inflect({"nomn", "sing"}) if parses else None
    return form.word[:1].upper() + form.word[1:] if form else word


#: A man's surname in -ов/-ев/-ин in the instrumental ("Лыковым", "Лисиным").
_SURNAME_INSTRUMENTAL = ("овым", "евым", "ёвым", "иным", "ыным")
#: A woman's surname in -ова/-ева/-ина in an oblique case ("Лыковой", "Лисиной").
_SURNAME_FEMININE_OBLIQUE = ("овой", "евой", "ёвой", "иной", "ыной")


def _declined_given(word: str, parses: Sequence[Any]) -> str | None:
    """A woman's given name in the dative or locative ("на Анне Крюковой") that the dictionary
    also holds as an indeclinable name ("Анне"): the nominative in -а/-я it declines from
    when the dictionary knows that one as a woman's name ("Анна"); None otherwise."""
    if any(not {"Fixd"} <= p.tag.grammemes for p in parses if p.tag.case == "nomn"):
        return None
    for ending in ("а", "я"):
        base = word[:-1] + ending
        if any("Name" in p.tag and p.tag.case == "nomn" and p.tag.gender == "femn" and "Fixd" not in p.tag
               for p in tagger().parse(base)):
            return base
    return None


#: The animate accusative of a man's name is the genitive form, so the tagger's choice between
#: the two says nothing about which reading is right.
_LIKE_CASES = {"gent": ("gent", "accs"), "accs": ("gent", "accs")}


def _case_contradicted(oblique: Sequence[Any], case: str) -> bool:
    """Whether no oblique reading of a word has the case the tagger put it in: "Иоганна
    Фальке" (genitive) or "Иоганн Фальке" (nominative), where the dictionary reads "Фальке"
    only as the prepositional of "Фальк", a case that needs a preposition the tagger would
    have seen. Such a word is a foreign surname Russian does not decline, written alike in
    every case, so it stays as written rather than losing its last letter."""
    if case == "Nom":
        return all(p.tag.case == "loct" for p in oblique)
    wanted = _CASES.get(case)
    return wanted is not None and not any(p.tag.case in _LIKE_CASES.get(wanted, (wanted,)) for p in oblique)


def nominative_name(words: Sequence[str], cases: Sequence[str] = ()) -> str:
    """A written name with each word put in the nominative (``nominative_word``); ``cases``
    are natasha's case tags of the words where known."""
    gender = name_gender(words)
    padded = _agreed(list(cases) + [""] * (len(words) - len(cases)))
    return " ".join(nominative_word(w, gender, c) for w, c in zip(words, padded, strict=False))


def _agreed(cases: list[str]) -> list[str]:
    """The words of one name share its case: natasha tags a surname it does not know by its
    form alone ("Петкова", a woman's nominative) even where the given name before it stands
    in the genitive ("сын учителя Ботё Петкова", the man Ботё Петков); a given name's oblique
    case is then the surname's too."""
    first = cases[0] if cases else ""
    if not first or first == "Nom":
        return cases
    return [first if case == "Nom" else case for case in cases]
