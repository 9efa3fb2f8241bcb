"""Arabic-script names in Latin letters, so a person met in Arabic meets the Latin forms.

The scheme is ALA-LC without diacritics, the one English histories use ("Salah al-Din Yusuf ibn
Ayyub"), simplified for matching: no marks for ʿayn or hamza, long and short vowels alike,
the article always written "al-" (the matcher, through ``latin_article``, reads the
assimilated "ad-Din", "ash-Sham", "an-Nasir" and "el-" of other sources as "al-"). Unvocalised
Arabic writes no short vowels, so common name words take their usual English form from
``lang/ar/names.toml`` ([romanise]); any other word is romanised letter by letter, with the
vowel marks when the text has them, else an "a" after a word's first consonant where a
consonant follows (the commonest pattern, "Fahd", "Bakr"). Place names do not go through
this: the gazetteer reads them in Arabic (``factoid.gazetteer``).
"""

from __future__ import annotations

import re
from functools import cache

from factoid.lang import load_toml

__all__ = ["has_arabic", "key", "latin_article", "particles", "romanise", "romanise_word"]

#: Arabic-script letters, marks and tatweel (Arabic, Arabic Supplement, presentation forms).
_LETTERS = "\u0621-\u063a\u0640-\u0652\u0670-\u06d3\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc"
_WORD = re.compile(f"[{_LETTERS}]+")
_ANY = re.compile(f"[{_LETTERS}]")
#: Short vowels, tanwin, shadda, sukun, dagger alif; and tatweel.
_MARKS = re.compile("[\u064b-\u0652\u0670\u0640]")
_SHORT = {"\u064e": "a", "\u0650": "i", "\u064f": "u"}
_SHADDA, _SUKUN = "\u0651", "\u0652"
#: Consonant -> Latin (ALA-LC without dots and macrons).
_CONSONANTS = {
    "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r",
    "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "", "غ": "gh",
    "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ء": "",
    "پ": "p", "چ": "ch", "ژ": "zh", "گ": "g", "ک": "k", "ڤ": "v",
}
#: Letters that are always vowels: alif and its hamza seats, alif maqsura, ta marbuta.
_VOWELS = {"ا": "a", "آ": "a", "أ": "a", "إ": "i", "ٱ": "a", "ى": "a", "ة": "a", "ؤ": "u", "ئ": "i"}
_GLIDES = {"و": ("w", "u"), "ي": ("y", "i"), "ی": ("y", "i")}
_UNIFY = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ی": "ي", "ک": "ك"})


def has_arabic(text: str) -> bool:
    """Whether any letter is in Arabic script."""
    return _ANY.search(text) is not None


def key(word: str) -> str:
    """A lookup key for an Arabic word: no vowel marks or tatweel, hamza seats, alif maqsura
    and ta marbuta unified, since sources write "أحمد" and "احمد", "مصطفى" and "مصطفي"."""
    return _MARKS.sub("", word).translate(_UNIFY)


@cache
def _table() -> dict[str, str]:
    return {key(w): latin for w, latin in load_toml("ar", "names.toml").get("romanise", {}).items()}


@cache
def particles() -> dict[str, frozenset[str]]:
    """The name particles of ``lang/ar/names.toml`` by meaning (son, daughter, father, ...),
    as lookup keys."""
    data = load_toml("ar", "names.toml").get("particles", {})
    return {meaning: frozenset(key(w) for w in words) for meaning, words in data.items()}


def _letters(word: str) -> str:
    """Letter by letter: vowel marks where written; و and ي are vowels between consonants
    and glides elsewhere; unmarked, an "a" after a first consonant that a consonant follows."""
    out: list[str] = []
    prev = ""  # "c" consonant, "v" vowel, "" word start
    marked = bool(re.search("[\u064e-\u0650]", word))
    chars = [c for c in word if c != "\u0640"]
    for i, ch in enumerate(chars):
        nxt = chars[i + 1] if i + 1 < len(chars) else ""
        if ch in _SHORT:
            out.append(_SHORT[ch])
            prev = "v"
        elif ch == _SHADDA:
            if out and prev == "c":
                out.append(out[-1][-1:])
        elif ch in _VOWELS:
            if ch == "ة" or not (prev == "v" and ch in "اى"):
                out.append(_VOWELS[ch])
            prev = "v"
        elif ch in _GLIDES:
            glide, vowel = _GLIDES[ch]
            if prev == "c" and nxt not in _VOWELS and nxt not in _SHORT:
                out.append(vowel)
                prev = "v"
            else:
                out.append(glide)
                prev = "c"
        elif ch in _CONSONANTS:
            if prev == "c" and not marked and len(out) == 1:
                out.append("a")  # "فهد" -> "fahd", not "fhd"
            out.append(_CONSONANTS[ch])
            prev = "c"
        # other marks (tanwin, sukun) and letters of no table write nothing
    text = "".join(out)
    return text[:1].upper() + text[1:]


def romanise_word(word: str) -> str:
    """One Arabic word in Latin: the table's form, else the article "al-" before the rest
    (table or letters: "الدين" -> "al-Din"), "Abd al-" for a joined "عبدال...", else letters."""
    table = _table()
    k = key(word)
    if k in table:
        return table[k]
    if k.startswith("عبدال") and len(k) > 6:
        return "Abd " + romanise_word(word[word.index("ل") :].replace("ل", "ال", 1))
    if k.startswith("ال") and len(k) > 3:
        rest = word[word.index("ل") + 1 :].lstrip("\u0652")
        return "al-" + romanise_word(rest)
    return _letters(word)


def romanise(text: str) -> str:
    """Every Arabic-script word of ``text`` romanised; everything else as it was."""
    if not has_arabic(text):
        return text
    return _WORD.sub(lambda m: romanise_word(m.group(0)), text)


#: The article as other sources write it: assimilated to a sun letter ("ad-Din", "ash-Sham",
#: "an-Nasir"), as "el-" (Egyptian usage) or "ul-"/"ud-" (South Asian usage).
_ARTICLE = re.compile(r"\b(?:[aeu]l|[aeu](?:th|dh|sh|zh|[tdrzsn]))-(?=[A-Za-z])", re.IGNORECASE)


def latin_article(text: str) -> str:
    """Latin text with every form of the Arabic article before a hyphen written "al-", so
    "Salah ad-Din" and "Salah al-Din", "Abd ar-Rahman" and "Abd el-Rahman" read alike."""
    return _ARTICLE.sub(lambda m: "Al-" if m.group(0)[0].isupper() else "al-", text)
