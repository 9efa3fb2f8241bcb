"""Given names: cross-language equivalence and the father's name behind a patronymic.

The same man is Genrikh in Russian documents, Heinrich in German ones and Henry in an
English memoir, and Stepan Razin is Stenka Razin in another, so given-name comparison
cannot be string similarity alone. The registry ``given_names.toml`` (data, not code) lists
only long-established renderings of one name (Lev = Leo = Leon, Iosif = Joseph) and the
diminutives of each (Stenka, Kolya, Bill, Hans); it deliberately leaves out looser
associations (Ivan ~ John, Yuri ~ George), which would merge people that sources keep
apart. Spelling variants inside a class (Nikolai/Nikolay) need not be listed: lookups also
go through the phonetic ``skeleton``.
"""

from __future__ import annotations

from functools import cache

from factoid.names.forms import is_marked_feminine, read_registry
from factoid.names.phonetic import skeleton
from factoid.names.translit import fold

__all__ = [
    "DIMINUTIVES",
    "EQUIVALENT_GIVEN_NAMES",
    "equivalents",
    "father_name",
    "given_keys",
    "given_names_equivalent",
    "is_diminutive",
    "is_female_patronymic",
    "is_known_given_name",
    "looks_female",
    "looks_like_patronymic",
]

_DATA = read_registry("given_names.toml")
#: Each tuple is one given name across languages and transliteration schemes.
EQUIVALENT_GIVEN_NAMES: tuple[tuple[str, ...], ...] = tuple(tuple(c) for c in _DATA["equivalent"])
#: Russian male names with no foreign equivalent worth encoding, listed so that their
#: patronymics (Moiseyevich, Avelevich, ...) are recognised as patronymics, not surnames.
OTHER_RUSSIAN_GIVEN_NAMES: tuple[str, ...] = tuple(_DATA["other_russian"])
#: Diminutive or pet form -> the full given names it is a form of (Stenka -> Stepan).
DIMINUTIVES: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in _DATA["diminutives"].items()}


@cache
def _classes() -> tuple[tuple[str, ...], ...]:
    """The equivalence classes, then one class per full name a diminutive points to that no
    class holds (Ivan, Olga): a diminutive always leads to some class."""
    known = {fold(n) for c in EQUIVALENT_GIVEN_NAMES for n in c}
    extra: dict[str, None] = {}
    for names in DIMINUTIVES.values():
        extra.update((n, None) for n in names if fold(n) not in known)
    return EQUIVALENT_GIVEN_NAMES + tuple((n,) for n in extra)


def _lookup(names: dict[str, frozenset[int]]) -> tuple[dict[str, frozenset[int]], dict[str, frozenset[int]]]:
    """Index spelling -> classes by folded spelling and by skeleton. A skeleton that two
    spellings with different classes share (Jan ~ Ann) is left out of the skeleton index,
    so the loose key never bridges two names the tables keep apart."""
    by_fold: dict[str, frozenset[int]] = {}
    by_skel: dict[str, frozenset[int]] = {}
    clashes: set[str] = set()
    for name, numbers in names.items():
        by_fold[fold(name)] = by_fold.get(fold(name), frozenset()) | numbers
        key = skeleton(name)
        if by_skel.get(key, numbers) != numbers:
            clashes.add(key)
        by_skel[key] = numbers
    for key in clashes:
        del by_skel[key]
    return by_fold, by_skel


@cache
def _index() -> tuple[dict[str, frozenset[int]], dict[str, frozenset[int]]]:
    """Classes by folded spelling and by skeleton, full names and diminutives alike."""
    classes = _classes()
    number = {fold(n): i for i, c in enumerate(classes) for n in c}
    names: dict[str, frozenset[int]] = {}
    for i, c in enumerate(classes):
        for n in c:
            names[n] = names.get(n, frozenset()) | {i}
    for short, full in DIMINUTIVES.items():
        names[short] = names.get(short, frozenset()) | {number[fold(n)] for n in full}
    return _lookup(names)


@cache
def _known_keys() -> frozenset[str]:
    names = [n for cls in EQUIVALENT_GIVEN_NAMES for n in cls] + list(OTHER_RUSSIAN_GIVEN_NAMES) + list(DIMINUTIVES)
    return frozenset(skeleton(n) for n in names)


def _classes_of(name: str) -> frozenset[int]:
    by_fold, by_skel = _index()
    folded = fold(name)
    if folded in by_fold:
        return by_fold[folded]
    return by_skel.get(skeleton(folded), frozenset())


def is_known_given_name(name: str) -> bool:
    """True for a name the registry lists (a class, a Russian name or a diminutive), in any
    spelling the skeleton can reach."""
    if not name:
        return False
    listed = len(EQUIVALENT_GIVEN_NAMES)  # a name only a diminutive points to (James) is not "known":
    # as a lone word it is as often a surname (Jesse James), and the parser must keep it one
    return any(i < listed for i in _classes_of(name)) or skeleton(name) in _known_keys()


def equivalents(name: str) -> tuple[str, ...]:
    """All table renderings of ``name`` (itself included), e.g. Genrikh -> Henry, Heinrich...;
    for a diminutive, those of every name it is a form of (Stenka -> Stepan, Stephen...)."""
    classes = _classes()
    return (name, *(n for i in sorted(_classes_of(name)) for n in classes[i]))


def given_names_equivalent(a: str, b: str) -> bool:
    """Could ``a`` and ``b`` be renderings of one given name (Genrikh ~ Henry ~ Heinrich)?

    Known names are equivalent only within their table class, even if their skeletons
    collide; a diminutive is equivalent to the names it is a form of (Stenka ~ Stepan ~
    Stephen, Harry ~ Henry, Harry ~ Harold, but Henry is not Harold); unknown names fall back
    to skeleton equality (Maks ~ Max).
    """
    fa, fb = fold(a), fold(b)
    if not fa or not fb:
        return False
    if fa == fb:
        return True
    ca, cb = _classes_of(fa), _classes_of(fb)
    if ca and cb:
        return bool(ca & cb)
    return skeleton(fa) == skeleton(fb)


def given_keys(name: str) -> set[str]:
    """Keys that two equivalent given names share (``given_names_equivalent``): the registry
    classes of the name, or its skeleton when the registry knows no class of it."""
    if not fold(name):
        return set()
    classes = _classes_of(fold(name))
    return {f"c{i}" for i in classes} if classes else {f"s:{skeleton(fold(name))}"}


def is_diminutive(name: str) -> bool:
    """Is ``name`` a short or pet form the registry knows (Stenka, Kolya, Bill)?"""
    return fold(name) in {fold(k) for k in DIMINUTIVES}


# Patronymic endings as they look after ``fold``: Russian-English, French (-ovitch),
# German (-owitsch) and scholarly (-ovič -> -ovic). Female forms first.
#: Men's names in -a (Nikita, Ilya), which the -a rule of ``looks_female`` would misread.
_MASCULINE_IN_A: frozenset[str] = frozenset(fold(n) for n in _DATA.get("gender", {}).get("masculine_in_a", ()))
_FEMININE: frozenset[str] = frozenset(fold(n) for n in _DATA.get("gender", {}).get("feminine", ()))


def known_feminine(name: str) -> bool:
    """A given name the lexicon lists as a woman's though it does not end in -a ("Isabel",
    "Marie", "Ruth"): a surer sign than an ending, which a declined man's name may share."""
    return fold(name) in _FEMININE


def _female_by_form(name: str) -> bool:
    folded = fold(name)
    return bool(folded) and folded.endswith(("a", "ia", "ya")) and folded not in _MASCULINE_IN_A


def looks_female(name: str) -> bool:
    """A guess at whether a given name is a woman's, for choosing between "he" and "she":
    a diminutive is as its full names are (Stenka and Vanka are men's, as Stepan and Ivan
    are; Sasha, a form of both Aleksandr and Aleksandra, is left to its ending); any other
    name is a woman's when it ends in -a and is not one of the men's names in -a."""
    full = next((v for k, v in DIMINUTIVES.items() if fold(k) == fold(name)), None)
    if full:
        genders = {_female_by_form(n) for n in full}
        if len(genders) == 1:
            return genders.pop()
    return _female_by_form(name)


_FEMALE_SUFFIXES = ("inichna", "ichna", "ovna", "evna", "owna", "ewna")
_MALE_SUFFIXES = ("ovitch", "evitch", "owitsch", "ewitsch", "ovich", "evich", "ovic", "evic")
_SHORT_MALE_SUFFIXES = ("itch", "ich")  # Ilyich, Kuzmich, Lukich: only with a known stem


def is_female_patronymic(token: str) -> bool:
    """A patronymic such as Ivanovna marks a woman, whatever the surname looks like."""
    return fold(token).endswith(_FEMALE_SUFFIXES)


def _stem_candidates(token: str) -> list[str]:
    """Guesses at the father's name: the stem plus the endings Russian names drop."""
    folded = fold(token).replace(" ", "")
    for suffix in _FEMALE_SUFFIXES + _MALE_SUFFIXES + _SHORT_MALE_SUFFIXES:
        if folded.endswith(suffix) and len(folded) > len(suffix) + 1:
            stem = folded[: -len(suffix)]
            return [stem + end for end in ("", "i", "y", "o", "a", "ya")]
    return []


def father_name(patronymic: str) -> str | None:
    """The given name a patronymic is built from (Samoilovich -> samoil), if recognisable."""
    candidates = _stem_candidates(patronymic)
    for candidate in candidates:
        if is_known_given_name(candidate):
            return candidate
    return candidates[0] if candidates else None


def looks_like_patronymic(token: str, *, strict: bool) -> bool:
    """Does ``token`` have a patronymic ending?

    Many surnames end the same way (Kaganovich, Shostakovich, Milosevic), so ``strict``
    also demands that the stem be a known given name; the parser is strict only where word
    order gives no other clue. A token that is itself a given name (Heinrich, Friedrich)
    is never a patronymic, and the short ending -ich always needs a known stem.
    """
    folded = fold(token).replace(" ", "")
    if not folded or is_known_given_name(folded) or is_marked_feminine(token):
        return False  # Radziwiłłówna: a Polish daughter's surname, not a Russian -ovna
    if folded.endswith(_FEMALE_SUFFIXES):
        return True  # no surname ends in -ovna/-evna/-ichna
    stems = _stem_candidates(folded)
    if not stems:
        return False
    needs_known_stem = strict or not folded.endswith(_MALE_SUFFIXES)
    return any(is_known_given_name(s) for s in stems) if needs_known_stem else True
