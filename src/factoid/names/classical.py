"""Classical (Latin) names across the Romance languages: Marcus Tullius Cicero is Marco
Tullio Cicerone on an Italian page, Marc Tul·li Ciceró on a Catalan one and Marco Tulio
Cicerón on a Spanish one.

Each word keeps its stem and trades its Latin ending for the language's (the ``[classical]``
table of ``name_forms.toml``), so given-name tables and surname spelling scores, which see
Marcus and Marco as two names and Cicero and Cicerone as two surnames, cannot join them.
A word alone proves little (Mario and Mari, Carlo and Carl), so the rule asks for the whole
Roman name: a praenomen, a nomen and a cognomen, each a form of the other's
(``one_classical_name``). Resolution asks this only of the people documents are about
(``names.exonyms``), as it does for other translated names.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from factoid.names.forms import FORMS
from factoid.names.parse import NameParts
from factoid.names.translit import fold

__all__ = ["classical_keys", "classical_stems", "one_classical_name", "same_classical_word"]

#: A stem shorter than this is too little to say two words are one (Leo, Le).
MIN_STEM = 3
_DOUBLE = re.compile(r"(\w)\1")


@cache
def _ending_classes() -> tuple[tuple[str, ...], ...]:
    """The endings of one Latin ending across languages, longest first within each."""
    rows = FORMS.get("classical", {}).get("endings", [])
    return tuple(tuple(sorted((fold(e) if e else "" for e in row), key=len, reverse=True)) for row in rows)


def _word(word: str) -> str:
    """The folded word, a Catalan middle dot (Tul·li) joining its letters and a doubled
    letter written once, as Spanish writes Tullius's (Tulio)."""
    return _DOUBLE.sub(r"\1", fold(word.replace("·", "")).replace(" ", ""))


@lru_cache(maxsize=1 << 12)
def classical_stems(word: str) -> frozenset[tuple[int, str]]:
    """(ending class, stem) for each Latin ending class the word may end in: Marcus ->
    (us, marc); Marco -> (us, marc) and (o, marc); Cicerone -> (o, cicer)."""
    folded = _word(word)
    out: set[tuple[int, str]] = set()
    for n, endings in enumerate(_ending_classes()):
        for ending in endings:
            stem = folded[: len(folded) - len(ending)] if ending else folded
            if folded.endswith(ending) and len(stem) >= MIN_STEM:
                out.add((n, stem))
    return frozenset(out)


def same_classical_word(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` one Latin word in two languages (Tullius, Tullio, Tul·li)?"""
    return _word(a) == _word(b) or bool(classical_stems(a) & classical_stems(b))


def _roman(p: NameParts) -> tuple[str, str, str] | None:
    """Praenomen, nomen and cognomen of a three-word name, or None for any other shape."""
    if p.given and p.surname and len(p.middle) == 1 and not (p.patronymic or p.number):
        return p.given, p.middle[0], p.surname
    return None


def one_classical_name(a: NameParts, b: NameParts) -> bool:
    """Two three-word Roman names of which every word is a form of the other's, written
    differently (a translation, not one spelling): Marcus Tullius Cicero and Marco Tullio
    Cicerone; not Marcus Tullius Cicero and Quintus Tullius Cicero, his brother."""
    ra, rb = _roman(a), _roman(b)
    if not (ra and rb) or [_word(w) for w in ra] == [_word(w) for w in rb]:
        return False
    return all(same_classical_word(x, y) for x, y in zip(ra, rb))


def classical_keys(p: NameParts) -> set[str]:
    """Keys two forms of one Roman name share: the stems of praenomen and cognomen."""
    roman = _roman(p)
    if not roman:
        return set()
    return {f"l:{g}|{s}" for _, g in classical_stems(roman[0]) for _, s in classical_stems(roman[2])}
