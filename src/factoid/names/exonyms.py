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

__all__ = ["consonant_stem", "exonym_keys", "translated"]

#: How many consonants of a surname's phonetic key an exonym keeps (Magalhães, Magallanes,
#: Magellan: m-g-l).
STEM_CONSONANTS = 3
#: Sibilants one language writes where another writes its neighbour: German writes a voiced s
#: (Seidel) where Russian writes з (Зайдель, Zaydel), and z (Zetkin) for ц (Цеткин, Tsetkin).
_SIBILANTS = re.compile(r"t[sz]|z")


def consonant_stem(surname: str | None) -> str | None:
    """The first letter and first ``STEM_CONSONANTS`` consonants of the surname's last word's
    phonetic key (particles dropped), or None for a surname too short to tell by them."""
    words = _parts(surname or "")
    if not words:
        return None
    key = _SIBILANTS.sub("s", skeleton(words[-1]))
    consonants = [ch for ch in key if ch not in "aeiou"]
    if len(consonants) < STEM_CONSONANTS:
        return None
    return key[0] + "".join(consonants[:STEM_CONSONANTS])


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
