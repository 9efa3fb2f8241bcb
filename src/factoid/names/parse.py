"""Split a written person name into given name, patronymic, surname and initials.

Sources write one Russian name in many shapes: "Genrikh Samoilovich Lyushkov", "G. S.
Lyushkov", "Lyushkov G.S.", "LYUSHKOV Genrikh Samoilovich", "Генрих Самойлович Люшков",
"Marshal V.K. Blucher". Parsing is heuristic and never fails: the worst case is a
``NameParts`` with the whole name as a surname, which still matches itself.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from factoid.names.arabic import latin_article
from factoid.names.forms import FORMS, is_marked_feminine
from factoid.names.given import is_known_given_name, looks_like_patronymic
from factoid.names.translit import fold, transliterate

__all__ = ["NameParts", "is_feminine_surname", "nickname_of", "parse_name"]


@dataclass(frozen=True)
class NameParts:
    """One written name form, split into parts.

    ``initials`` are the initials of the given name and patronymic, whether the source wrote
    them ("G. S. Lyushkov" -> ("G", "S")) or they follow from the full name ("Genrikh
    Samoilovich Lyushkov" -> ("G", "S")), so two forms can always be compared initial by
    initial. A transliterated digraph stays whole ("Yu. V. Andropov" -> ("Yu", "V")).
    ``middle`` holds extra given names of non-Russian names ("Jaime Ramón Mercader" ->
    middle ("Ramón",)), which a source may use as the name the person went by.
    ``nickname`` is a quoted name written inside the full name (John Henry "Doc" Holliday ->
    "Doc"): the person also goes by it in place of the given name.
    ``number`` is a ruler's number as a Roman numeral ("Haile Selassie I", "Hailé Sélassié
    Ier", "Olav II. Haraldsson" -> "I", "I", "II"): not a part of the name to match, but two
    different numbers are two different rulers.
    """

    given: str | None
    patronymic: str | None
    surname: str | None
    initials: tuple[str, ...]
    feminine: bool
    middle: tuple[str, ...] = ()
    nickname: str | None = None
    number: str | None = None
    #: written family name first, as East Asian names are ("Yu Gwan-sun", "Kim Il-sung")
    surname_first: bool = False


#: Titles, ranks and honorifics stripped from the front of a name (compared folded).
TITLES: frozenset[str] = frozenset(
    """gen general lt lieut lieutenant maj major col colonel capt captain cpt cmdr comdr
    commander brigadier field marshal admiral adm vice rear commissar commissioner comrade
    cde tovarishch prince princess count countess baron baroness duke grand tsar tsarina
    dr doctor prof professor academician mr mrs ms miss sir lord lady madame mme monsieur
    herr frau sgt sergeant komdiv komkor komandarm kombrig rev reverend father bishop
    peoples people saint st king queen emperor empress sultan shah emir caliph pope
    rani maharani maharaja""".split()
)
#: Words that may continue a title ("People's Commissar of Internal Affairs").
TITLE_CONTINUATIONS: frozenset[str] = frozenset(
    """of the for state security internal affairs defence defense rank 1st 2nd 3rd first
    second third nkvd ogpu army""".split()
)
#: Generational suffixes dropped from the end.
SUFFIXES: frozenset[str] = frozenset({"jr", "sr", "ii", "iii", "iv"})


#: A regnal number written as a word ("Ier") -> its Roman numeral.
_ORDINAL_WORDS: dict[str, str] = {k.lower(): v for k, v in FORMS["regnal"]["ordinals"].items()}
#: Titles written after the name ("Tamar Mepe"), compared folded.
TITLES_AFTER: frozenset[str] = frozenset(w.lower() for w in FORMS["titles"]["after"])
#: A Roman numeral as rulers are numbered (I to XXXIX), a German ordinal dot allowed.
_ROMAN = re.compile(r"^(?:X{0,3})(?:IX|IV|V?I{0,3})\.?$")
#: Lower-case surname particles (von Ribbentrop, de Gaulle, Mercader del Río).
PARTICLES: frozenset[str] = frozenset(
    {"de", "del", "della", "di", "da", "dos", "das", "do", "van", "von", "der", "den", "du",
     "la", "le", "ter", "ten", "zu", "bin", "ibn", "y",
     # the "of" and "the" of a name made with an epithet: Joan of Arc, Timur the Lame
     "of", "the"}
)
#: The particles of a byname, a place after one name ("Bernward of Lorsch", "Bernward von
#: Lorsch", "Giacomo da Recanati"): the name resolution and a catalogue heading read.
BYNAME_PARTICLES: frozenset[str] = frozenset({"of", "von", "van", "de", "da", "di", "du", "del"})
#: Particles that join the preceding word to the surname (Spanish: Mercader del Río).
JOINING_PARTICLES: frozenset[str] = frozenset({"del", "y"})

#: Russian feminine surname endings, as they look after ``fold``.
_FEMININE_ENDINGS = ("ova", "eva", "yova", "ina", "yna", "aya", "skaya", "tskaya")
#: Names that end like a Russian feminine surname but are not one.
_NOT_FEMININE = frozenset({"casanova", "cordova", "cordoba", "villanova", "terranova", "medina"})


def is_feminine_surname(surname: str | None) -> bool:
    """Is (any part of) the surname in a Russian feminine form (Lyushkova, Pismennaya), or in
    a woman's form of ``name_forms.toml`` (Nováková, Radziwiłłówna)?"""
    if not surname:
        return False
    if any(is_marked_feminine(w) for w in surname.split()):
        return True
    parts = fold(surname).split()
    return any(p.endswith(_FEMININE_ENDINGS) and p not in _NOT_FEMININE for p in parts)


#: "Salah ad-Din", "Salah al-Din", "Salah ed-Din", "Salaheddin": one Arabic compound given
#: name ("righteousness of the faith"), joined the way "Salahuddin" writes it so that every
#: transliteration parses alike.
_ARABIC_DIN = re.compile(r"\b([A-Z][a-z]+)(?:[ \-]+(?:a[dl]|u[dl]|e[dl])[ \-]*|(?:ud|ed))d[iī]n\b", re.IGNORECASE)


#: A quoted word or two inside a name: the nickname of John Henry "Doc" Holliday.
_QUOTED = re.compile(r"[\"“”«»„]\s*([^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*)?)\s*[\"“”«»]")


def nickname_of(text: str) -> str | None:
    """The quoted nickname inside a written name, if any ("Doc" of John Henry "Doc" Holliday,
    "Babe" of George Herman (Babe) Ruth); a name that is all quote (a quoted title) has none."""
    m = _QUOTED.search(text) or _BRACKETED.search(text)
    if m is None or not text[: m.start()].strip() or not m.group(1)[0].isupper():
        return None
    return m.group(1)


#: One word in brackets inside a name, a newspaper's nickname ("George Herman (Babe) Ruth");
#: words follow it, so a trailing aside ("Ruth (1895)") is none.
_BRACKETED = re.compile(r"\s\(([^\W\d_][\w'’-]*)\)\s+(?=[^\W\d_])")


def _clean(text: str) -> str:
    """Romanise, drop bracketed asides and quoted nicknames, split glued initials."""
    text = latin_article(unicodedata.normalize("NFC", transliterate(text)))
    text = _ARABIC_DIN.sub(r"\1uddin", text)
    text = re.sub(r"\([^)]*\)|\[[^\]]*\]|\"[^\"]*\"|“[^”]*”|«[^»]*»", " ", text)
    text = re.sub(r"\.(?=\S)", ". ", text)  # "M.P.Frinovsky" -> "M. P. Frinovsky"
    text = text.replace(",", " , ")
    return " ".join(text.split()).strip(" ;:")


def _regnal(token: str) -> str | None:
    """The Roman numeral ``token`` stands for as a ruler's number, or None. A dotted
    one-letter numeral is an initial ("Ivanov I.", "I. V. Ivanov"), an undotted one a number
    ("Haile Selassie I", "Olaf I Tryggvason"); two letters and more are numerals, dot or not
    ("Olav II. Haraldsson")."""
    word = _ORDINAL_WORDS.get(token.lower())
    if word:
        return word
    bare = token.rstrip(".")
    if not bare or not _ROMAN.match(token) or (len(bare) == 1 and token.endswith(".")):
        return None
    return bare


def _split_number(tokens: list[str]) -> tuple[list[str], str | None]:
    """The tokens without a regnal number after the first word, and that number; a title
    that follows the name ("Tamar Mepe") is dropped the same way."""
    kept: list[str] = []
    number = None
    for i, token in enumerate(tokens):
        found = _regnal(token) if i and number is None and token != "," else None
        if found:
            number = found
        elif not (i and fold(token) in TITLES_AFTER and len(tokens) > 1):
            kept.append(token)
    return kept or tokens, number


def _drop_appositive_title(tokens: list[str]) -> list[str]:
    """The name without a title set after it by a comma ("Elisabeth I, Empress of Austria",
    "Pedro II, Emperor of Brazil"): the words after the comma are a title and its realm, not
    a given name as in a catalogue's "Lyushkov, Genrikh". A title followed by a name
    ("Smith, Captain John") stays for the catalogue reading."""
    if "," not in tokens:
        return tokens
    cut = tokens.index(",")
    rest = [fold(t) for t in tokens[cut + 1:]]
    if cut and rest and rest[0] in TITLES and (len(rest) == 1 or rest[1] in _REALM_WORDS):
        return tokens[:cut]
    return tokens


#: What follows a title set after a name and says it is a title of a realm ("of Russia").
_REALM_WORDS = frozenset({"of", "de", "du", "des", "von", "di", "del", "da", "af", "av"})


def _strip_titles(tokens: list[str]) -> list[str]:
    """Drop leading titles/ranks and trailing Jr./III, keeping at least one token."""
    start = 1 if len(tokens) > 1 and tokens[0] == "the" else 0  # an epithet: "the Lame" names no given name
    while start < len(tokens) - 1:
        word = fold(tokens[start])
        if word in TITLES or (start and word in TITLE_CONTINUATIONS):
            start += 1
        else:
            break
    end = len(tokens)
    while end - start > 1 and fold(tokens[end - 1]) in SUFFIXES:
        end -= 1
    return tokens[start:end]


def _initials_of(token: str, *, all_caps: bool) -> list[str] | None:
    """The initials a token stands for, or None if it is a word.

    "N." / "Yu." / "Shch." are initials (a dotted abbreviation of up to four letters). An
    undotted capital letter is an initial; so is a run of two or three capitals ("GS") in
    mixed-case text. In an all-caps name ("LYUSHKOV GS") only vowel-less runs count, since
    there every word is capitals.
    """
    letters = token.rstrip(".")
    if not letters.isalpha() or not letters[0].isupper():
        return None
    if token.endswith(".") and len(letters) <= 4:
        return [letters.capitalize()]
    if len(letters) == 1:
        return [letters]
    if letters.isupper() and len(letters) <= 3:
        if not all_caps or not any(c in "AEIOUY" for c in letters):
            return list(letters)
    return None


def _title_case(word: str) -> str:
    """LYUSHKOVA-PISMENNAYA -> Lyushkova-Pismennaya."""
    return "-".join(part.capitalize() for part in word.split("-"))


def _initial(name: str | None) -> str | None:
    return name[0].upper() if name else None


def _surname_span(words: list[str]) -> int:
    """Index where the surname starts in given-first order: the last word plus particles."""
    start = len(words) - 1
    while start > 1 and words[start - 1].lower() in PARTICLES:
        start -= 1
    if start < len(words) - 1 and words[start].lower() in JOINING_PARTICLES and start > 1:
        start -= 1
    return start


def _assign(words: list[str], caps_surname: str | None, comma_surname: list[str] | None,
            has_initials: bool) -> tuple[str | None, str | None, str | None, list[str]]:
    """Decide which word is which: returns (given, patronymic, surname, middle)."""
    if comma_surname is not None:
        return _rest_after_surname(" ".join(comma_surname), words)
    if caps_surname is not None:
        return _rest_after_surname(caps_surname, words)
    if not words:
        return None, None, None, []
    if len(words) == 1:
        only = words[0]
        if has_initials:
            return None, None, only, []
        if looks_like_patronymic(only, strict=True):
            return None, only, None, []
        if is_known_given_name(only) and not _looks_russian_surname(only):
            return only, None, None, []
        return None, None, only, []
    if len(words) == 2:
        first, second = words
        if _east_asian_order(first, second):
            return second, None, first, []
        if looks_like_patronymic(second, strict=True) and not looks_like_patronymic(
            first, strict=False
        ):
            return first, second, None, []
        if (_looks_russian_surname(first) and is_known_given_name(second)
                and not is_known_given_name(first)):
            return second, None, first, []
        return first, None, second, []
    if looks_like_patronymic(words[-1], strict=False) and not looks_like_patronymic(
        words[-2], strict=False
    ):
        return words[1], words[-1], words[0], words[2:-1]
    split = _surname_span(words)
    given, inner = words[0], words[1:split]
    patronymic = next((w for w in inner if looks_like_patronymic(w, strict=False)), None)
    middle = [w for w in inner if w is not patronymic]
    return given, patronymic, " ".join(words[split:]), middle


def _rest_after_surname(surname: str, words: list[str]) -> tuple[
        str | None, str | None, str | None, list[str]]:
    """Surname known (comma or capitals): the rest is given [middle...] [patronymic]."""
    if not words:
        return None, None, surname, []
    given, rest = words[0], words[1:]
    patronymic = rest[-1] if rest and looks_like_patronymic(rest[-1], strict=False) else None
    middle = rest[:-1] if patronymic else rest
    return given, patronymic, surname, middle


#: A romanised East Asian given name of two syllables joined by a hyphen, the second in
#: lower case ("Gwan-sun", "Il-sung", "Kai-shek"): written after the family name.
_SYLLABLE_PAIR = re.compile(r"^[A-Z][a-z]{0,5}-[a-z]{1,6}$")
#: The same with the second syllable capitalised ("Kai-Shek"), which only a family name that
#: is no Western given name may stand before ("Anne Smith-Jones" is given name first).
_SYLLABLE_PAIR_CAPITAL = re.compile(r"^[A-Z][a-z]{0,5}-[A-Z][a-z]{0,5}$")
#: A one-syllable family name as romanisations write it ("Yu", "Kim", "Chiang").
_FAMILY_SYLLABLE = re.compile(r"^[A-Z][a-z]{0,5}$")


def _east_asian_order(first: str, second: str) -> bool:
    """"Yu Gwan-sun": a short family name, then a hyphenated two-syllable given name whose
    second syllable is written small, is family name first (a Western double surname writes
    both halves capitalised: "Smith-Jones"); so is "Chiang Kai-Shek" when the first word is no
    Western given name."""
    if not _FAMILY_SYLLABLE.match(first) or is_known_given_name(second):
        return False
    return bool(_SYLLABLE_PAIR.match(second) or (_SYLLABLE_PAIR_CAPITAL.match(second) and not is_known_given_name(first)))


_RUSSIAN_SURNAME_ENDINGS = ("ov", "ev", "yov", "in", "yn", "sky", "skiy", "skii", "skoy",
                            "tsky", "ova", "eva", "ina", "aya", "enko", "uk", "yuk")


def _looks_russian_surname(word: str) -> bool:
    return fold(word).endswith(_RUSSIAN_SURNAME_ENDINGS)


def _classify(tokens: list[str], all_caps: bool) -> tuple[list[str], list[str], str | None]:
    """Sort tokens into (initials, words, surname written in capitals)."""
    initials: list[str] = []
    words: list[str] = []
    caps_surname: str | None = None
    for token in tokens:
        found = _initials_of(token, all_caps=all_caps)
        if found is not None:
            initials.extend(found)
        elif not all_caps and len(token) > 3 and token.isupper():
            caps_surname = _title_case(token)  # "LYUSHKOV Genrikh Samoilovich"
        elif all_caps and token.lower() in BYNAME_PARTICLES:
            words.append(token.lower())  # "ELEANOR OF ARDEN": the byname's particle stays small
        else:
            words.append(_title_case(token) if all_caps else token.strip("."))
    return initials, words, caps_surname


#: A dictionary's entry head, surname in capitals and given names in brackets ("BASSI (Laura
#: Maria)"): read as "BASSI, Laura Maria", since brackets are otherwise asides to drop.
_CAPS_THEN_BRACKET = re.compile(r"^\s*([^\W\d_][^\W\d_-]*(?:-[^\W\d_]+)?)\s*\(([^()]+)\)\s*$")


def _dictionary_head(text: str) -> str:
    m = _CAPS_THEN_BRACKET.match(text)
    if m and m.group(1).isupper() and len(m.group(1)) > 2 and not m.group(2).isupper():
        return f"{m.group(1).title()}, {m.group(2)}"
    return text


def parse_name(text: str) -> NameParts:
    """Parse one name form (any script, any of the orders sources use)."""
    text = _dictionary_head(text)
    cleaned = _clean(text)
    letters = [c for c in cleaned if c.isalpha()]
    all_caps = bool(letters) and all(c.isupper() for c in letters)
    tokens, number = _split_number(_drop_appositive_title(cleaned.split()))
    tokens = _strip_titles(tokens)
    comma_surname: list[str] | None = None
    if "," in tokens:  # "Lyushkov, Genrikh Samoilovich"
        cut = tokens.index(",")
        comma_surname = [_title_case(t) if all_caps else t for t in tokens[:cut]] or None
        tokens = [t for t in tokens[cut + 1:] if t != ","]
        # a catalogue puts the surname's particles after the given names ("Ruyter, Michiel de")
        while comma_surname and len(tokens) > 1 and tokens[-1].lower() in PARTICLES:
            comma_surname.insert(0, tokens.pop().lower())
    initials, words, caps_surname = _classify(tokens, all_caps)
    given, patronymic, surname, middle = _assign(words, caps_surname, comma_surname,
                                                 bool(initials))
    if number and surname and not given and not initials and len(words) == 1 and comma_surname is None:
        given, surname = surname, None  # a ruler is numbered by the given name: "Erzsébet I"
    if given or patronymic:
        derived = [i for i in (_initial(given), _initial(patronymic)) if i]
        # "Genrikh S. Lyushkov": written initials follow the spelled-out given name.
        initials = derived if patronymic else derived + initials
    return NameParts(
        given=given,
        patronymic=patronymic,
        surname=surname,
        initials=tuple(initials),
        feminine=is_feminine_surname(surname),
        middle=tuple(middle),
        nickname=nickname_of(text),
        number=number,
        surname_first=bool(given and surname and len(words) == 2 and words[0] == surname and words[1] == given
                           and comma_surname is None and caps_surname is None),
    )


def fullness(p: NameParts) -> int:
    """How much of a name a form gives: given name 2 (initials 1), surname 2, patronymic 1.
    Resolution lets the fullest form stand for a person."""
    return (2 if p.given else (1 if p.initials else 0)) + (2 if p.surname else 0) + (1 if p.patronymic else 0)


def is_full_name(p: NameParts) -> bool:
    """A surname with a given name or initials: enough to tell namesakes apart."""
    return bool(p.surname and (p.given or p.initials))
