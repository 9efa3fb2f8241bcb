"""A person's name as another language writes it: the keys under which two translated forms
of one name may meet.

Names of people famous across languages are translated whole: the given name takes the
language's own form (Fernão, Fernando, Ferdinand) and the surname its exonym, which keeps the
first consonants and changes the rest (a Portuguese -lh-, a Spanish -ll-, an English ending
cut short). Spelling scores (``match.surnames_match``) rightly keep such surnames apart: a
translated given name is what says the two forms are one name in two languages, and only
then does the surname's consonant stem decide (``translated``). Resolution asks this of the
people documents are about (``resolve._merge_translations``), not of everyone they mention.
"""

from __future__ import annotations

import re

from factoid.names.classical import classical_keys, one_classical_name
from factoid.names.given import given_keys, given_names_equivalent
from factoid.names.match import SURNAME_MATCH_THRESHOLD, _parts, surnames_match
from factoid.names.parse import NameParts
from factoid.names.phonetic import skeleton
from factoid.names.translit import fold

__all__ = [
    "consonant_stem",
    "designation_stem",
    "exonym_keys",
    "regnal_keys",
    "reversed_keys",
    "reversed_name",
    "same_regnal_name",
    "translated",
]

#: How many consonants of a surname's phonetic key an exonym keeps (Magalhães, Magallanes,
#: Magellan: m-g-l).
STEM_CONSONANTS = 3
#: Sibilants one language writes where another writes its neighbour: German writes a voiced s
#: (Seidel) where Russian writes з (Зайдель, Zaydel), and z (Zetkin) for ц (Цеткин, Tsetkin).
_SIBILANTS = re.compile(r"t[sz]|z")


def consonant_stem(surname: str | None, fewest: int = STEM_CONSONANTS) -> str | None:
    """The first letter and first ``STEM_CONSONANTS`` consonants of the surname's last word's
    phonetic key (particles dropped), or None for a surname too short to tell by them: with
    fewer than ``fewest`` consonants."""
    words = _parts(surname or "")
    if not words:
        return None
    key = _SIBILANTS.sub("s", skeleton(words[-1]))
    consonants = [ch for ch in key if ch not in "aeiou"]
    if len(consonants) < fewest:
        return None
    return key[:1] + "".join(consonants[:STEM_CONSONANTS])


def exonym_keys(p: NameParts) -> set[str]:
    """Keys two translated forms of one name share: each class of the given name (the
    registry's, or its skeleton when the registry does not know it) with the surname's stem,
    and for a Roman name the stems of its praenomen and cognomen (``names.classical``)."""
    stem = consonant_stem(p.surname) if p.given and p.surname else None
    keys = {f"{g}|{stem}" for g in given_keys(p.given or "")} if stem else set()
    return keys | classical_keys(p)


def translated(a: NameParts, b: NameParts) -> bool:
    """Two full names that are one name in two languages: the given names are renderings of
    one name spelled differently (a translation, not the same spelling), the surnames do not
    match as spellings but keep one consonant stem, and no regnal number or patronymic differs."""
    if not (a.given and b.given and a.surname and b.surname):
        return False
    if one_classical_name(a, b):
        return True  # Marcus Tullius Cicero, Marco Tullio Cicerone: ``names.classical``
    if fold(a.given) == fold(b.given) or not given_names_equivalent(a.given, b.given):
        return False
    if a.number != b.number or (a.patronymic and b.patronymic and fold(a.patronymic) != fold(b.patronymic)):
        return False
    if surnames_match(a.surname, b.surname) >= SURNAME_MATCH_THRESHOLD:
        return False  # a spelling of one surname: ``name_compatibility`` decided them already
    return consonant_stem(a.surname) == consonant_stem(b.surname) is not None


def regnal_keys(p: NameParts) -> set[str]:
    """Keys two forms of one ruler's name share across languages: each class of the regnal
    given name with the number ("Elizabeth I", "Elisabetta I", "Елизавета I";
    "Henri VII de Navarre", "Henry VII of Navarre")."""
    if not (p.number and p.given):
        return set()
    return {f"{g}#{p.number}" for g in given_keys(p.given)}


def designation_stem(p: NameParts) -> str | None:
    """The consonant stem of a ruler's territorial designation ("of Navarre", "de Navarre"
    both give one stem), or None when the form has none."""
    # a realm's name may be short ("of Rus'", "of Russia"): what consonants it has, however few
    return consonant_stem(p.surname, fewest=0)


def same_regnal_name(a: NameParts, b: NameParts) -> bool:
    """One ruler in two languages: the same number, given names that are one name (its
    renderings, or one spelling), no two patronymics that differ, and designations of one
    stem where both forms have one (Henry IV of England is not Henry IV of France)."""
    if not (a.number and a.number == b.number and a.given and b.given):
        return False
    if fold(a.given) != fold(b.given) and not given_names_equivalent(a.given, b.given):
        return False
    if a.patronymic and b.patronymic and fold(a.patronymic) != fold(b.patronymic):
        return False
    stems = (designation_stem(a), designation_stem(b))
    return None in stems or stems[0] == stems[1]


def reversed_keys(p: NameParts) -> set[str]:
    """The key of a two-word name whichever word comes first: encyclopaedias of several
    languages put the surname first ("Bartók Béla"), others the given name ("Béla Bartók")."""
    if not (p.given and p.surname) or p.middle or p.patronymic or " " in p.given or " " in p.surname:
        return set()
    return {"reversed|" + "|".join(sorted((skeleton(p.given), skeleton(p.surname))))}


def reversed_name(a: NameParts, b: NameParts) -> bool:
    """The two words of one two-word name, each in the other's place."""
    if not (reversed_keys(a) and reversed_keys(b)):
        return False
    return (skeleton(a.given or "") == skeleton(b.surname or "")
            and skeleton(a.surname or "") == skeleton(b.given or ""))
