"""Choosing how to show a resolved person, and a stable id fragment for them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from factoid.names.parse import NameParts, parse_name
from factoid.names.phonetic import skeleton
from factoid.names.translit import fold, has_cyrillic

__all__ = ["display_name", "slug"]


def _vote(counts: Counter[str]) -> str | None:
    """Most frequent spelling; ties go to the alphabetically first, so output is stable."""
    if not counts:
        return None
    return min(counts, key=lambda s: (-counts[s], s))


def _tally(parsed: list[tuple[NameParts, int]]) -> tuple[Counter[str], Counter[str],
                                                          Counter[str]]:
    given: Counter[str] = Counter()
    surname: Counter[str] = Counter()
    initials: Counter[str] = Counter()
    for parts, count in parsed:
        if parts.given:
            given[parts.given] += count
        if parts.surname:
            surname[parts.surname] += count
        if parts.initials and not parts.given:
            initials[" ".join(f"{i}." for i in parts.initials)] += count
    return given, surname, initials


def _written_together(given: str, surname: str, parsed: list[tuple[NameParts, int]]) -> bool:
    """Did any source write this given name with this surname? Votes taken part by part can
    pair words no source pairs: "Chiang" counted as a surname from bare mentions and as the
    given name of "Chiang Kai-shek"."""
    g, s = skeleton(given), skeleton(surname)
    return any(p.given and p.surname and skeleton(p.given) == g and skeleton(p.surname) == s for p, _ in parsed)


def _best_full_form(parsed: list[tuple[NameParts, int]],
                    tally: tuple[Counter[str], Counter[str], Counter[str]]) -> tuple[str | None, str | None]:
    """The written given name + surname pair whose parts the sources use most."""
    fulls = [p for p, _ in parsed if p.given and p.surname]
    if not fulls:
        best = max(parsed, key=lambda pc: pc[1])[0]
        return best.given, best.surname
    top = max(fulls, key=lambda p: (tally[0][p.given or ""] + tally[1][p.surname or ""], p.given, p.surname))
    return top.given, top.surname


def display_name(forms: Iterable[tuple[str, int]]) -> str:
    """Pick a readable canonical name, "Given Surname", from (form, count) pairs.

    Spellings are voted on by count. Forms written in Latin script are preferred, because
    they are the spellings readers of the sources know; Cyrillic forms (transliterated) vote
    only for a part no Latin form supplies. Patronymics are dropped, as English usage does.
    With no given name anywhere, initials stand in for it ("G. S. Lyushkov") because a bare
    surname is a poor label when several relatives share it.
    """
    latin: list[tuple[NameParts, int]] = []
    cyrillic: list[tuple[NameParts, int]] = []
    for form, count in forms:
        if form.strip():
            (cyrillic if has_cyrillic(form) else latin).append((parse_name(form), count))
    lat, cyr = _tally(latin), _tally(cyrillic)
    given = _vote(lat[0]) or _vote(cyr[0])
    surname = _vote(lat[1]) or _vote(cyr[1])
    if given and surname and not _written_together(given, surname, latin + cyrillic):
        given, surname = _best_full_form(latin or cyrillic, lat if latin else cyr)
    if given is None and surname is None:
        patronymics = Counter({p.patronymic: c for p, c in latin + cyrillic if p.patronymic})
        return _vote(patronymics) or ""
    if given is None:
        given = _vote(lat[2]) or _vote(cyr[2])
    if given and surname and _family_name_first(given, surname, latin + cyrillic):
        return f"{surname} {given}"
    return " ".join(part for part in (given, surname) if part)


def _family_name_first(given: str, surname: str, parsed: list[tuple[NameParts, int]]) -> bool:
    """Do the sources write this name family name first ("Yu Gwan-sun"), as its language
    does? Then so does the display."""
    g, s = skeleton(given), skeleton(surname)
    return any(p.surname_first and skeleton(p.given or "") == g and skeleton(p.surname or "") == s for p, _ in parsed)


def slug(name: str) -> str:
    """URL- and id-safe fragment: "Genrikh Lyushkov" -> "genrikh-lyushkov".

    Returns "unnamed" for a name with no letters or digits, so ids are never empty.
    """
    return "-".join(fold(name).split()) or "unnamed"
