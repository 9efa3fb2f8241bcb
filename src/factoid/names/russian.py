"""Russian personal names as written in running text: case undone, patronymics read.

A Russian sentence inflects every part of a name ("приговор Тухачевскому", "отец Эдмунда
Иосифовича Дзержинского"), so the written form is not the name. natasha's normaliser puts a
recognised name back in the nominative using the sentence's morphology (which also keeps a
woman's surname feminine: "Смирновой" -> "Смирнова", while "Люшкова" after a verb of arrest is
the man "Люшков"); what it leaves (a surname before initials) is undone here by suffix rules
that only touch unambiguous oblique endings. Grouping and resolution then see the same
nominative form everywhere and link it to Latin spellings by transliteration.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["RussianName", "is_patronymic", "nominative", "read_name", "singular"]

_WORD = re.compile(r"[А-ЯЁA-Z][а-яёa-z]+(?:-[А-ЯЁ][а-яё]+)?")
_INITIAL = re.compile(r"^[А-ЯЁ]\.$")
_MALE_PATRONYMIC = re.compile(r"(?:ович|евич|ич|ьич)$")
_FEMALE_PATRONYMIC = re.compile(r"(?:овна|евна|ична|инична)$")
#: Oblique endings of masculine surnames that no nominative has: (ending, nominative ending).
_OBLIQUE = (
    ("ского", "ский"), ("скому", "ский"), ("ским", "ский"), ("ском", "ский"),
    ("цкого", "цкий"), ("цкому", "цкий"), ("цким", "цкий"),
    ("овым", "ов"), ("евым", "ев"), ("ёвым", "ёв"), ("иным", "ин"), ("ыным", "ын"),
    ("ову", "ов"), ("еву", "ев"), ("ёву", "ёв"), ("ину", "ин"), ("ыну", "ын"),
)

#: Plural endings of surnames ("братья Дзержинские", "семья Ульяновых") that no singular form
#: of a surname or given name has: (ending, masculine nominative ending). "-ины" is left out
#: ("Марины" is a woman's name in the genitive), and so are "-овым"/"-иным", singular too.
_PLURAL = (
    ("скими", "ский"), ("ских", "ский"), ("ские", "ский"), ("цкими", "цкий"), ("цких", "цкий"),
    ("цкие", "цкий"), ("овыми", "ов"), ("евыми", "ев"), ("иными", "ин"), ("овых", "ов"),
    ("евых", "ев"), ("ёвых", "ёв"), ("иных", "ин"), ("ыных", "ын"), ("овы", "ов"), ("евы", "ев"),
    ("ёвы", "ёв"),
)


@dataclass(frozen=True)
class RussianName:
    """A Russian name split into its parts; ``female`` comes from the patronymic or surname."""

    given: str | None
    patronymic: str | None
    surname: str | None
    female: bool | None


def is_patronymic(word: str) -> bool:
    return bool(_MALE_PATRONYMIC.search(word) or _FEMALE_PATRONYMIC.search(word)) and len(word) > 5


def _surname_nominative(word: str) -> str:
    low = word.lower()
    for ending, nominative in _OBLIQUE:
        if low.endswith(ending) and len(low) > len(ending) + 2:
            return word[: len(word) - len(ending)] + nominative
    return word


def singular(word: str) -> str:
    """A surname written in the plural, for a family or siblings ("Дзержинские",
    "Дзержинских", "Ульяновых"), as the masculine nominative singular ("Дзержинский")."""
    low = word.lower()
    for ending, nominative_ending in _PLURAL:
        if low.endswith(ending) and len(low) > len(ending) + 2:
            return word[: len(word) - len(ending)] + nominative_ending
    return word


def _only_yo(written: str, normal: str) -> bool:
    """Whether natasha's normal form differs from the written name only by writing ё as е
    ("Ботё" -> "Боте"): the written name is then kept, since the respelled word may be
    another word of the dictionary (a noun's case form) that is no name."""
    return written.replace("ё", "е").replace("Ё", "Е") == normal


def _yo_kept(written: str, normal: str) -> str:
    """natasha's normal form with the ё its written form had ("Фёдора" -> "Федор" ->
    "Фёдор"): the normal form writes е, and the name's Latin form needs the ё ("Fyodor")."""
    words = normal.split()
    for i, (w, n) in enumerate(zip(written.split(), words, strict=False)):
        at = w.lower().find("ё")
        if 0 <= at < len(n) and n[at] in "еЕ" and n[:at].lower() == w[:at].lower():
            words[i] = n[:at] + ("ё" if n[at] == "е" else "Ё") + n[at + 1:]
    return " ".join(words) if words != normal.split() else normal


def nominative(written: str, normal: str | None = None) -> str:
    """The nominative form of a written name: natasha's ``normal`` when it changed the name,
    else the written form with oblique surname endings undone ("Тухачевскому М.Н." ->
    "Тухачевский М.Н."), and a surname alone in the plural made singular ("братья
    Дзержинские" -> "Дзержинский"). Whitespace is collapsed and stray punctuation dropped."""
    base = _yo_kept(written, normal) if normal and normal != written and not _only_yo(written, normal) else written
    base = " ".join(base.replace("\u0301", "").replace("\u0300", "").split()).strip(" ,;:—–-")
    if base.isupper() and len(base) > 3:  # "ЯКОВ ГРИГОРЬЕВИЧ" in a heading
        base = " ".join(w.capitalize() if len(w) > 2 else w for w in base.split())
        written = base
    words = base.split()
    if len(words) == 1 and singular(base) != base:
        return singular(base)
    if base != " ".join(written.split()).strip(" ,;:—–-"):
        return base
    if any(_INITIAL.match(w) or re.match(r"^(?:[А-ЯЁ]\.){2,3}$", w) for w in words):
        return " ".join(w if "." in w else _surname_nominative(w) for w in words)
    return base


def read_name(text: str) -> RussianName:
    """Given name, patronymic and surname of a nominative name in either order
    ("Яков Семенович Блюмкин", "Блюмкин Яков Семенович", "Дзержинский, Феликс Эдмундович")."""
    words = _WORD.findall(text.replace(",", " "))
    if not words:
        return RussianName(None, None, None, None)
    patronymic = next((w for w in words if is_patronymic(w)), None)
    female = None
    if patronymic:
        female = bool(_FEMALE_PATRONYMIC.search(patronymic))
    rest = [w for w in words if w != patronymic]
    if "," in text or (patronymic and words.index(patronymic) == 2 and len(words) == 3):
        surname, given = rest[0], (rest[1] if len(rest) > 1 else None)
    elif len(rest) >= 2:
        given, surname = rest[0], rest[-1]
    elif rest:
        given, surname = (None, rest[0]) if not patronymic else (rest[0], None)
    else:
        given, surname = None, None
    if female is None and surname:
        female = surname.endswith(("ова", "ева", "ёва", "ина", "ская", "цкая", "ая"))
    return RussianName(given, patronymic, surname, female)
