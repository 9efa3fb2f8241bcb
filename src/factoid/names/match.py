"""Scores for "could these two name forms denote the same person?".

Scores are evidence strengths in 0..1, not probabilities. The resolver should treat
``surnames_match`` >= ``SURNAME_MATCH_THRESHOLD`` as a surname match; ``name_compatibility``
is 0.0 whenever the forms contradict each other (different given names, a wife's feminine
surname, different patronymics) and otherwise grows with how much the forms share. The
factors are tuned so that any two non-contradicting full forms (a surname plus a given
name or initials) of one surname variant score at least 0.75, and a bare surname 0.6.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import OSA

from factoid.names.forms import feminine_base, is_marked_feminine, romanisation_key
from factoid.names.given import (
    equivalents,
    is_known_given_name,
    father_name,
    given_names_equivalent,
    is_female_patronymic,
    looks_female,
)
from factoid.names.parse import PARTICLES, NameParts, is_feminine_surname
from factoid.names.phonetic import skeleton
from factoid.names.translit import fold

__all__ = [
    "SURNAME_MATCH_THRESHOLD",
    "initials_consistent",
    "is_woman",
    "marked_pair",
    "name_compatibility",
    "patronymics_match",
    "surnames_match",
]

#: Below this, two surnames are different names.
SURNAME_MATCH_THRESHOLD = 0.8
#: Same skeleton: a transliteration variant or an h/sk-type typo (Mekhlis/Mehlis).
SKELETON_SCORE = 0.95
#: One edit (incl. a transposition) away, in a name long enough for that to be a typo.
ONE_EDIT_SCORE = 0.85
ONE_EDIT_MIN_LENGTH = 6
#: Only one part of a double surname matched (Pismennaya-Lyushkova vs Lyushkova).
PART_FACTOR = 0.9
#: A woman's marked surname form against the unmarked form (Nováková vs Novák).
MARKED_FEMININE_SCORE = 0.9
#: Scaling for everything else, so that non-matches stay below the threshold.
FUZZY_FACTOR = 0.75

#: name_compatibility factors, multiplied onto the surname score.
SAME_GIVEN = 1.0
EQUIVALENT_GIVEN = 0.95  # Genrikh ~ Henry: only the equivalence table links them
MIDDLE_GIVEN = 0.85  # "Ramón Mercader" vs "Jaime Ramón Mercader"
NICKNAME_GIVEN = 0.9  # "Doc Holliday" vs 'John Henry "Doc" Holliday': the source names the nickname
INITIAL_VS_GIVEN = 0.9  # "G. S. Lyushkov" vs "Genrikh Lyushkov"
INITIAL_VS_INITIAL = 0.9  # "G. Lyushkov" vs "G. S. Lyushkov": one initial agrees
BOTH_INITIALS = 0.95  # "G. S. Lyushkov" vs "G. S. Lyushkov": two initials agree
BARE_SURNAME = 0.6  # "Lyushkov" vs anything with more detail
GIVEN_PATRONYMIC_ONLY = 0.85  # "Genrikh Samoilovich" vs "Genrikh Samoilovich Lyushkov"
GIVEN_ONLY = 0.4  # "Genrikh" vs "Genrikh Lyushkov": a first name alone is weak evidence
ONE_VOWEL_GIVEN = 0.85  # "Sokollu" vs "Sokullu": romanisations of one name, one inner vowel apart
#: The shortest given name whose one inner vowel may vary (``_one_inner_vowel``).
ONE_VOWEL_MIN_LENGTH = 6


def _typo_of_a_variant(a: str, b: str, ka: str, kb: str) -> bool:
    """Phonetic keys one edit apart (Lyushkov ~ Liuskhov: a transliteration and a typo),
    unless the key only swapped letters and the spellings, read with only the letters that
    are one sound in every scheme (``_letters``), still differ in two: Soekarno and Soeharto are k/h and n/t apart, and
    the key's k = h hides just one; Skowroński and Skavronsky (Polish and Russian forms)
    differ in one vowel once w = v and y = i."""
    if OSA.distance(ka, kb) > 1:
        return False
    if not (len(a) == len(ka) and len(b) == len(kb)):
        return True  # the key read a cluster (Pugatcheff ~ Pugachev): a scheme, not a typo
    return OSA.distance(_letters(a), _letters(b)) <= 1


def _letters(folded: str) -> str:
    """A folded spelling with only the letters equated that are one sound in every
    romanisation (w = v, j = y = i), unlike the phonetic key's looser k = h."""
    return folded.replace("w", "v").replace("j", "y").replace("y", "i")


def _single_surname_score(a: str, b: str) -> float:
    """Score two one-word surnames (already folded)."""
    if a == b:
        return 1.0
    if is_feminine_surname(a) != is_feminine_surname(b):
        return 0.0  # Lyushkov vs Lyushkova: a wife or daughter is not her husband or father
    ka, kb = skeleton(a), skeleton(b)
    if ka == kb:
        return SKELETON_SCORE
    shortest = min(len(a), len(b))
    if shortest >= ONE_EDIT_MIN_LENGTH and (OSA.distance(a, b) <= 1 or _typo_of_a_variant(a, b, ka, kb)):
        return ONE_EDIT_SCORE
    return FUZZY_FACTOR * max(OSA.normalized_similarity(a, b), OSA.normalized_similarity(ka, kb))


#: An elided French or Italian particle glued to the name: d'Arc is Arc, l'Ouverture Ouverture.
_ELISION = re.compile(r"\b[dDlL]['’]")


def _parts(surname: str) -> list[str]:
    """Folded words of a (double, particled) surname, particles dropped."""
    return [p for p in fold(_ELISION.sub("", surname)).split() if p not in PARTICLES]


def surnames_match(a: str, b: str) -> float:
    """How likely two surname spellings are the same surname (0..1): ``_spelled_match`` of the
    spellings, else of their romanisation keys (Khandzhyan ~ Khanjian, ``name_forms.toml``),
    else, when one is a woman's form of a language that marks it (Litvjaková, Radziwiłłówna),
    of its unmarked form with the other, at most ``MARKED_FEMININE_SCORE``: whether the other
    names a woman is ``name_compatibility``'s to ask (``marked_pair``)."""
    score = _spelled_match(a, b)
    if score >= SURNAME_MATCH_THRESHOLD:
        return score
    ka, kb = romanisation_key(a), romanisation_key(b)
    if (ka, kb) != (a.lower(), b.lower()):
        score = max(score, min(_spelled_match(ka, kb), SKELETON_SCORE))
    if score < SURNAME_MATCH_THRESHOLD and marked_pair(a, b):
        base = _spelled_match(feminine_base(a) or a, feminine_base(b) or b)
        if base >= SURNAME_MATCH_THRESHOLD:
            return min(base, MARKED_FEMININE_SCORE)
    return score


def marked_pair(a: str | None, b: str | None) -> bool:
    """One surname in a woman's form of the ``[feminine]`` table, the other in no woman's form
    at all (Litvjaková and Litvyak; not Litvjaková and Litvyakova, which compare as written)."""
    if not (a and b):
        return False
    ma, mb = is_marked_feminine(a), is_marked_feminine(b)
    return ma != mb and not is_feminine_surname(b if ma else a)


def _spelled_match(a: str, b: str) -> float:
    """How likely two surname spellings are the same surname (0..1), as spelled.

    1.0 when equal after ``fold``; ``SKELETON_SCORE`` for transliteration variants;
    ``ONE_EDIT_SCORE`` for a one-letter typo in a long name; 0.0 for a masculine/feminine
    pair. For a double surname (Pismennaya-Lyushkova) the best-matching part counts, scaled
    by ``PART_FACTOR`` — and each part pair obeys the gender rule, so Lyushkova-Pismennaya
    never matches Lyushkov.
    """
    pa, pb = _parts(a), _parts(b)
    if not pa or not pb:
        return 0.0
    if pa == pb:
        return 1.0
    if sorted(pa) == sorted(pb):
        return SKELETON_SCORE  # Lyushkova-Pismennaya vs Pismennaya-Lyushkova
    if len(pa) == 1 and len(pb) == 1:
        return _single_surname_score(pa[0], pb[0])
    best = max(_single_surname_score(x, y) for x in pa for y in pb)
    return PART_FACTOR * best


def initials_consistent(a: str, b: str) -> bool:
    """Could initial/abbreviation ``a`` and ``b`` stand for the same name (Yu ~ Y, Ye ~ E)?"""
    fa, fb = fold(a), fold(b)
    if not fa or not fb:
        return False
    if fa.startswith(fb) or fb.startswith(fa):
        return True
    ka, kb = skeleton(fa), skeleton(fb)
    return bool(ka and kb) and (ka.startswith(kb) or kb.startswith(ka))


def _initial_fits_given(initial: str, given: str) -> bool:
    """G fits Genrikh; H fits Genrikh too, because Henry ~ Genrikh."""
    return any(initials_consistent(initial, name[: len(initial)]) for name in equivalents(given))


def patronymics_match(a: str, b: str) -> bool:
    """Same patronymic? Same skeleton, or built from equivalent father's names, same sex.

    Samoilovich ~ Samuilovich: sources write both for one man, and they are two spellings of
    one patronymic because Samoil and Samuil are forms of one name (Samuel). The skeleton
    keeps them apart on purpose; the father's-name check joins them.
    """
    if is_female_patronymic(a) != is_female_patronymic(b):
        return False
    if skeleton(a) == skeleton(b):
        return True
    fa, fb = father_name(a), father_name(b)
    return bool(fa and fb) and given_names_equivalent(fa, fb)


def _goes_by_middle(short: NameParts, full: NameParts) -> bool:
    """"Ramón Mercader" for "Jaime Ramón Mercader": ``short``'s given name is one of
    ``full``'s middle names, and ``short`` names no middle name that ``full`` lacks (so the
    father "Henry Burroughs Holliday" is not his son "John Henry Holliday")."""
    if not any(given_names_equivalent(short.given or "", m) for m in full.middle):
        return False
    theirs = [full.given or "", *full.middle]
    return all(any(given_names_equivalent(m, t) for t in theirs) for m in short.middle)


def _middles_clash(a: NameParts, b: NameParts) -> bool:
    """Two spelled-out middle names of which neither side's are all among the other's: "John
    Henry Holliday" is not his uncle "John Stiles Holliday", though "Harold Russell Philby"
    may be "Harold Adrian Russell Philby"."""
    if not (a.middle and b.middle):
        return False

    def within(xs: tuple[str, ...], ys: tuple[str, ...]) -> bool:
        return all(any(given_names_equivalent(x, y) for y in ys) for x in xs)

    return not (within(a.middle, b.middle) or within(b.middle, a.middle))


def _goes_by_nickname(short: NameParts, full: NameParts) -> bool:
    """"Doc Holliday" for 'John Henry "Doc" Holliday': the given name of one form is the
    nickname the other form quotes."""
    return bool(full.nickname and short.given) and (
        fold(full.nickname or "") == fold(short.given or "") or skeleton(full.nickname or "") == skeleton(short.given or "")
    )


def _one_inner_vowel(a: str, b: str) -> bool:
    """Two long given names that differ in one vowel inside the word: romanisations of one
    name (Turkish "Sokullu", Bosnian-Ottoman "Sokollu"). Not the first or last letter, which
    may say a gender (Daniela, Daniele) or another name (Osman, Usman)."""
    fa, fb = fold(a), fold(b)
    if len(fa) != len(fb) or len(fa) < ONE_VOWEL_MIN_LENGTH:
        return False
    if is_known_given_name(fa) and is_known_given_name(fb) and not given_names_equivalent(fa, fb):
        return False  # two names the tables know apart
    diff = [i for i, (x, y) in enumerate(zip(fa, fb)) if x != y]
    return len(diff) == 1 and 0 < diff[0] < len(fa) - 1 and fa[diff[0]] in "aeiou" and fb[diff[0]] in "aeiou"


def _given_factor(a: NameParts, b: NameParts) -> float:
    """Given-name agreement factor; 0.0 means a contradiction."""
    if a.given and b.given:
        if fold(a.given) == fold(b.given) or skeleton(a.given) == skeleton(b.given):
            return 0.0 if _middles_clash(a, b) else SAME_GIVEN
        if given_names_equivalent(a.given, b.given):
            return 0.0 if _middles_clash(a, b) else EQUIVALENT_GIVEN
        if _goes_by_middle(a, b) or _goes_by_middle(b, a):
            return MIDDLE_GIVEN
        if _goes_by_nickname(a, b) or _goes_by_nickname(b, a):
            return NICKNAME_GIVEN
        if _one_inner_vowel(a.given, b.given) and not _middles_clash(a, b):
            return ONE_VOWEL_GIVEN
        return 0.0
    if a.given and b.initials:
        return INITIAL_VS_GIVEN if _initial_fits_given(b.initials[0], a.given) else 0.0
    if b.given and a.initials:
        return INITIAL_VS_GIVEN if _initial_fits_given(a.initials[0], b.given) else 0.0
    if a.initials and b.initials:
        if not initials_consistent(a.initials[0], b.initials[0]):
            return 0.0
        return BOTH_INITIALS if min(len(a.initials), len(b.initials)) >= 2 else INITIAL_VS_INITIAL
    return BARE_SURNAME if (a.initials or a.given or b.initials or b.given) else 1.0


def _patronymic_ok(a: NameParts, b: NameParts) -> bool:
    """Patronymics agree, or a written second initial agrees with the other's patronymic."""
    if a.patronymic and b.patronymic:
        return patronymics_match(a.patronymic, b.patronymic)
    if len(a.initials) >= 2 and len(b.initials) >= 2:
        return initials_consistent(a.initials[1], b.initials[1])
    return True


def is_woman(p: NameParts) -> bool:
    """Does the name itself say a woman: a female patronymic, else a given name that looks a
    woman's (``given.looks_female``)?"""
    if p.patronymic:
        return is_female_patronymic(p.patronymic)
    return bool(p.given) and looks_female(p.given or "")


def _woman_if_marked(a: NameParts, b: NameParts) -> bool:
    """A woman's marked surname (Nováková) meets the unmarked one (Novák) only in a name that
    says a woman too ("Lydia Litvyak", which English writes unmarked) or spells her own given
    name (``_same_given``): Jan Novák and a bare "Novák" are her father or husband, or unknown."""
    if not marked_pair(a.surname, b.surname):
        return True
    marked, unmarked = (a, b) if is_marked_feminine(a.surname) else (b, a)
    return is_woman(unmarked) or _same_given(marked, unmarked)


def _same_given(a: NameParts, b: NameParts) -> bool:
    """Both forms spell out one given name: "Dian Fosseyová" in a Czech text and "Dian
    Fossey" in an English one are one woman whose given name the gender guess cannot read
    (no -a), nor "Alžbeta Bátoriová" in a Slovak one and "Elizabeth Báthory" in an English one,
    whose given names the table makes one (``given_names_equivalent``); a father or husband
    does not share the woman's own given name."""
    return bool(a.given and b.given) and given_names_equivalent(a.given or "", b.given or "")


def name_compatibility(a: NameParts, b: NameParts) -> float:
    """Could these two name forms denote the same person? 0.0 = no; higher = more shared.

    The surname must match; given names must be equivalent, or an initial must fit the other
    side's given name; patronymics and regnal numbers, when both present, must match. A bare surname matches
    any fuller form of it at ``BARE_SURNAME``. Without a surname on one side, only given
    name + patronymic together ("Genrikh Samoilovich") are strong evidence.
    """
    if not _patronymic_ok(a, b) or (a.number and b.number and a.number != b.number):
        return 0.0  # different patronymics, or two rulers of one name ("Olaf I", "Olaf II")
    if a.surname and b.surname:
        surname = surnames_match(a.surname, b.surname)
        if surname < SURNAME_MATCH_THRESHOLD or not _woman_if_marked(a, b):
            return 0.0
        factor = _given_factor(a, b)
        if factor == BARE_SURNAME:
            return BARE_SURNAME  # "Ayub" vs "Najm ad-Din Ayyub": a spelling variant is no weaker
        return surname * factor
    if not (a.given and b.given):
        return 0.0  # nothing comparable: a surname on one side, none on the other
    given = _given_factor(a, b)
    if not given:
        return 0.0
    both_patronymics = a.patronymic and b.patronymic
    return given * (GIVEN_PATRONYMIC_ONLY if both_patronymics else GIVEN_ONLY)
