"""Cyrillic-to-Latin and Greek-to-Latin (and, through ``names.arabic``, Arabic-to-Latin) transliteration and the folding every name comparison starts from.

The scheme is the simplified one English-language histories use ("Yezhov", "Lyushkov",
"Trotsky"), not a reversible scholarly one: readers of the output expect the spellings they
know, and the matcher (``skeleton``) absorbs the remaining variation between schemes.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from factoid.names.arabic import romanise as _romanise_arabic

__all__ = ["fold", "has_cyrillic", "is_ukrainian", "romanise_greek", "transliterate", "transliterate_ukrainian"]

#: Lower-case Cyrillic letter -> Latin. ``е`` and ``ё`` are context dependent, see ``_e``.
_CYR: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
    # Ukrainian / Belarusian letters that turn up in names of the period.
    "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "u",
    # Serbian and Macedonian letters, as English writes them ("Јелена" -> "Jelena", "Љубиша"
    # -> "Ljubisha", "Ђорђе" -> "Djordje"); the matcher's key absorbs ć/ch and dž/dzh.
    "ј": "j", "љ": "lj", "њ": "nj", "ћ": "ch", "ђ": "dj", "џ": "dzh", "ѓ": "gj", "ќ": "kj", "ѕ": "dz",
}
_VOWELS = set("аеёиоуыэюяіїє")
_HUSHERS = set("жчшщ")
_SOFTENERS = set("ъь")
_APOSTROPHES = "'\u2019\u02bc\u2032`\u00b4"
# Letters with no Unicode decomposition that NFKD would otherwise leave in place.
_UNDECOMPOSABLE = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                                 "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i"})


_CYRILLIC_CHAR = re.compile("[\u0400-\u04ff]")


def has_cyrillic(text: str) -> bool:
    """True if any character is Cyrillic; callers use it to prefer source Latin spellings."""
    return _CYRILLIC_CHAR.search(text) is not None


def _is_cyr_letter(ch: str) -> bool:
    return ch.lower() in _CYR


def _e(prev: str, ch: str) -> str:
    """Romanise е/ё the way English sources do.

    ``е`` is "ye" at the start of a word and after a vowel or a hard/soft sign (Yezhov,
    Andreyev, Solovyev) and "e" elsewhere. ``ё`` is "yo" (Pyotr, Solovyov) except after the
    hushing consonants, where English usage keeps "e" (Khrushchev, Gorbachev) because Russian
    print usually writes ``е`` there anyway.
    """
    low, before = ch.lower(), prev.lower()
    if low == "ё":
        return "e" if before in _HUSHERS else "yo"
    if not _is_cyr_letter(prev) or before in _VOWELS or before in _SOFTENERS:
        return "ye"
    return "e"


def _case_like(latin: str, ch: str, prev: str, nxt: str) -> str:
    """Carry the source letter's case over, upper-casing a digraph only inside ALL-CAPS words."""
    if not ch.isupper() or not latin:
        return latin
    in_caps_word = (nxt.isalpha() and nxt.isupper()) or (
        not nxt.isalpha() and prev.isalpha() and prev.isupper()
    )
    return latin.upper() if in_caps_word else latin.capitalize()


#: Ukrainian letters that differ from Russian ones of the same shape (English usage of the
#: Ukrainian national scheme: Hrushevsky, Mykhailo, Yevhen, Khmelnytsky).
_UK: dict[str, str] = {"г": "h", "ґ": "g", "е": "e", "є": "ie", "и": "y", "і": "i", "ї": "i", "й": "i"}
#: Word-initial forms of the iotated letters (Yevhen, Yizhakevych, but Kyiv, Andrii).
_UK_INITIAL = {"є": "ye", "ї": "yi", "й": "y"}
#: A word is read as Ukrainian when it has a letter Russian lacks (і, ї, є, ґ) or the soft
#: adjective suffix of Ukrainian surnames (Грушевський, Яворницький).
_UKRAINIAN_WORD = re.compile(r"[\w\u0301'\u2019\u02bc]*(?:[іїєґІЇЄҐ]|[сц]ьк)[\w\u0301'\u2019\u02bc]*")


#: Lower-case Greek letter (accents removed) -> Latin, the simplified ELOT 743 scheme
#: ("Κλεοπάτρα" -> "Kleopatra", "Θεσσαλονίκη" -> "Thessaloniki"); pairs first (``_GREEK_PAIRS``).
_GREEK: dict[str, str] = {
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i", "κ": "k",
    "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t",
    "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o",
}
#: Letter pairs read as one sound: "ου" (Πτολεμαίου), "αυ"/"ευ" before a voiced sound, "γγ"/"γκ".
_GREEK_PAIRS: dict[str, str] = {"ου": "ou", "αυ": "av", "ευ": "ev", "ηυ": "iv", "γγ": "ng", "γκ": "gk", "γχ": "nch"}
_GREEK_CHAR = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")


def romanise_greek(text: str) -> str:
    """Greek script in Latin letters (accents dropped, case kept); other text untouched, so a
    Greek page's person meets the Latin spelling of the same name in matching and search."""
    if _GREEK_CHAR.search(text) is None:
        return text
    plain = "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))
    out, i = [], 0
    while i < len(plain):
        ch, pair = plain[i], plain[i:i + 2]
        if pair.lower() in _GREEK_PAIRS:
            latin, step = _GREEK_PAIRS[pair.lower()], 2
        elif ch.lower() in _GREEK:
            latin, step = _GREEK[ch.lower()], 1
        else:
            out.append(ch)
            i += 1
            continue
        after = plain[i + step:i + step + 1]
        out.append(latin if not ch.isupper() else latin.upper() if after.isupper() else latin.capitalize())
        i += step
    return unicodedata.normalize("NFC", "".join(out))


def transliterate(text: str) -> str:
    """Romanise Cyrillic, Greek and Arabic script; anything else passes through untouched.

    Word-final ``-ий``/``-ый`` become "y" (Trotsky, Vasily, Dmitry), as in English usage,
    rather than the letter-by-letter "-iy". A Ukrainian word (``is_ukrainian``) takes the
    Ukrainian scheme (``transliterate_ukrainian``), so a Ukrainian page's person meets the
    Latin form English writes ("Грушевський" -> "Hrushevsky"). Arabic script takes the
    ALA-LC-style scheme of ``names.arabic`` ("صلاح الدين" -> "Salah al-Din").
    """
    return transliterate_ukrainian(_romanise_arabic(romanise_greek(text)))


def is_ukrainian(word: str) -> bool:
    """A word Russian would not write: і, ї, є, ґ, or the soft suffix -ськ-/-цьк-."""
    return _UKRAINIAN_WORD.search(word) is not None


def transliterate_ukrainian(text: str) -> str:
    """Romanise with the Ukrainian scheme in Ukrainian words (``is_ukrainian``) and the
    Russian one elsewhere: "Михайло Грушевський" -> "Mikhaylo Hrushevsky", the form English
    writes, so that a Ukrainian page's person meets the Latin spelling. Word-final -ий/-ій
    is "y" as in English usage (Khmelnytsky); -ій is "ii" (Hryhorii)."""
    if not has_cyrillic(text):
        return text
    out, pos = [], 0
    for m in _UKRAINIAN_WORD.finditer(text):
        out += [_romanise(text[pos:m.start()]), _romanise(m.group(0), _UK)]
        pos = m.end()
    return "".join(out) + _romanise(text[pos:])


def _romanise(text: str, scheme: dict[str, str] | None = None) -> str:
    """Letter by letter, with ``scheme`` overriding the Russian letters it names."""
    table = {**_CYR, **scheme} if scheme else _CYR
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        prev = text[i - 1] if i else ""
        nxt = text[i + 1] if i + 1 < len(text) else ""
        low = ch.lower()
        if low not in _CYR:
            out.append(ch)
            i += 1
            continue
        after = text[i + 2] if i + 2 < len(text) else ""
        if low in "иы" and nxt.lower() == "й" and not _is_cyr_letter(after):
            out.append(_case_like("y", ch, prev, nxt))
            i += 2
            continue
        if scheme and low in _UK_INITIAL and not _is_cyr_letter(prev):
            latin = _UK_INITIAL[low]
        else:
            latin = _e(prev, ch) if low in "её" and low not in (scheme or {}) else table[low]
        out.append(_case_like(latin, ch, prev, nxt))
        i += 1
    return "".join(out)


def fold(text: str) -> str:
    """Reduce text to a comparison key: Latin, unaccented, lower case, words single-spaced.

    Apostrophes are deleted rather than turned into spaces, so "Solov'ev" (an apostrophe
    for the soft sign) and "O'Brien" stay single words. Name-sized strings are cached,
    because resolution folds the same few names many thousands of times; long texts are not,
    so that folding a document cannot fill memory.
    """
    return _fold_cached(text) if len(text) <= 200 else _fold(text)


@lru_cache(maxsize=65536)
def _fold_cached(text: str) -> str:
    return _fold(text)


@lru_cache(maxsize=1)
def _han_variants() -> dict[int, str]:
    """Traditional Chinese characters to their simplified forms (``lang/zh/variants.toml``),
    so that a name compares alike in both scripts."""
    from factoid.lang import load_toml

    pairs = load_toml("zh", "variants.toml").get("pairs", "").split()
    return {ord(p[0]): p[1] for p in pairs if len(p) == 2}


def _fold(text: str) -> str:
    text = transliterate(text).translate(_UNDECOMPOSABLE).translate(_han_variants())
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold()
    text = re.sub(f"[{_APOSTROPHES}]", "", text)
    return re.sub(r"[\W_]+", " ", text).strip()
