"""The infobox vocabulary as data: field labels, relation markers and month names.

Every ``lang/<code>/labels.toml`` maps label variants to what the field holds, and every
``lang/<code>/months.toml`` lists month names. The reader takes the union over languages: a
page's infobox is often in another language than its prose (a Bulgarian box above an English
article), and a label of one language is not a word of another's box. ``factoid.dates`` reads
English only, so a foreign month name is replaced by the English abbreviation padded to the
same length before parsing, which keeps every offset valid.
"""

from __future__ import annotations

import re
from functools import cache

from factoid import dates, lang

#: Kinds a field can hold; what each means is documented in lang/en/labels.toml.
KINDS = frozenset({
    "born", "died", "date_of_birth", "place_of_birth", "date_of_death", "place_of_death",
    "manner", "burial", "spouse", "child", "father", "mother", "parents", "sibling",
    "relatives", "office", "in_office", "replaces", "replaced_by", "rank", "award", "party",
    "alias", "ignore",
})
_ENGLISH_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _files(name: str) -> list[dict]:
    out = []
    for code in lang.available():
        try:
            out.append(lang.load_toml(code, name))
        except lang.LanguageDataError:
            continue
    return out


def normalise(label: str) -> tuple[str, int | None]:
    """A label as the tables write it, and its field number: "Spouse(s)" -> ("spouse", None),
    "Office 2" -> ("office", 2), "Names (details)" -> ("names", None)."""
    text = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", label).lower()
    text = re.sub(r"\s+", " ", text).strip(" :|-–•*\t")
    number = re.search(r"\s*(\d{1,2})$", text)
    if number and text[: number.start()].strip():
        return text[: number.start()].strip(), int(number.group(1))
    return text, None


@cache
def labels() -> dict[str, str]:
    """Normalised label -> kind, over every language that has a labels.toml."""
    table: dict[str, str] = {}
    for data in _files("labels.toml"):
        for kind, variants in data.get("labels", {}).items():
            if kind not in KINDS:
                raise lang.LanguageDataError(f"labels.toml: unknown kind {kind!r}")
            for variant in variants:
                table.setdefault(normalise(variant)[0], kind)
    return table


@cache
def relations() -> dict[str, str]:
    """Relation word -> property, for sub-labels ("Brothers:") and markers ("(brother)")."""
    table: dict[str, str] = {}
    for data in _files("labels.toml"):
        for prop, words in data.get("relations", {}).items():
            for word in words:
                table.setdefault(word.lower(), prop)
    return table


@cache
def empty_values() -> frozenset[str]:
    """Placeholder values ("N/A", "Not Available") that say nothing."""
    return frozenset(v.lower() for data in _files("labels.toml") for v in data.get("empty", {}).get("values", []))


@cache
def patronymic_endings() -> tuple[str, ...]:
    """Endings of patronymics, to recognise "Surname, Given Patronymic" as one name."""
    return tuple(sorted({e.lower() for data in _files("labels.toml")
                         for e in data.get("names", {}).get("patronymic_endings", [])}))


@cache
def particles() -> frozenset[str]:
    """Lower-case words a person's name may hold ("de", "von", "ibn")."""
    return frozenset(p.lower() for data in _files("labels.toml") for p in data.get("names", {}).get("particles", []))


@cache
def award_heads() -> tuple[str, ...]:
    """Words that open an award's name, where a flattened award list restarts."""
    return tuple(h for data in _files("labels.toml") for h in data.get("awards", {}).get("heads", []))


def kind_of(label: str) -> tuple[str | None, int | None]:
    """The kind a written label holds (None when unknown) and its field number."""
    name, number = normalise(label)
    return labels().get(name), number


@cache
def prefix_pattern() -> re.Pattern[str]:
    """Known labels at the start of a line with no separator after them ("Born 1899",
    "BornMarch 3, 1850", "Preceded byV. A. Balitsky"): longest first, any whitespace."""
    words = sorted(labels(), key=len, reverse=True)
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?i:{alternatives})")


@cache
def _month_pattern() -> tuple[re.Pattern[str] | None, dict[str, int]]:
    forms: dict[str, int] = {}
    for data in _files("months.toml"):
        for number, names in data.get("months", {}).items():
            for name in names:
                forms.setdefault(name.lower(), int(number))
    if not forms:
        return None, forms
    alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?i:{alternatives})(?!\w)"), forms


def englished(text: str) -> str:
    """The text with foreign month names replaced by English abbreviations of the same length
    ("30 августа 1877" -> "30 Aug     1877"); offsets stay valid."""
    pattern, forms = _month_pattern()
    if pattern is None:
        return text

    def swap(m: re.Match[str]) -> str:
        word = m.group(0)
        english = _ENGLISH_MONTHS[forms[word.lower()] - 1]
        return english + " " * (len(word) - len(english)) if len(word) >= 3 else word

    text = pattern.sub(swap, text)
    # a German day ordinal ("14. März") loses its dot: "14  Mar  "
    return re.sub(r"(?<!\d)(\d{1,2})\.(?=\s+(?:" + "|".join(_ENGLISH_MONTHS) + r")\b)", r"\1 ", text)


_MON = "(?:" + "|".join(_ENGLISH_MONTHS) + r")[a-z]*\.?"
#: A dual date, Old Style and New Style, one of them in brackets: "30 August (11 September)
#: 1877", "11 (24) April 1908" (Russian sources before 1918).
_DUAL_MONTHS = re.compile(
    rf"(?<!\d)(?P<d1>\d{{1,2}})\s+(?P<m1>{_MON})\s*[(\[]\s*(?P<d2>\d{{1,2}})\s+(?P<m2>{_MON})\s*[)\]]"
)
_DUAL_DAYS = re.compile(rf"(?<!\d)(?P<d1>\d{{1,2}})\s*[(\[]\s*(?P<d2>\d{{1,2}})\s*[)\]](?=\s+{_MON})")


def _month_number(m: re.Match[str], group: str) -> int:
    if group not in m.groupdict() or m.group(group) is None:
        return 0
    return _ENGLISH_MONTHS.index(m.group(group).rstrip(".")[:3]) + 1


def _blank_all_but(m: re.Match[str], day: str, month: str | None) -> str:
    """The match with everything blanked except one day (and its month)."""
    whole, base = m.group(0), m.start()
    out = [" "] * len(whole)
    for group in (day, month):
        if group:
            a, b = m.start(group) - base, m.end(group) - base
            out[a:b] = whole[a:b]
    return "".join(out)


def gregorian(text: str) -> str:
    """The text with the Old Style half of a dual date blanked out, so the New Style
    (Gregorian) date is the one read: whichever of the two is later, since the Julian
    calendar runs behind. Same length, offsets stay valid."""

    def months(m: re.Match[str]) -> str:
        first = (_month_number(m, "m1"), int(m.group("d1")))
        second = (_month_number(m, "m2"), int(m.group("d2")))
        wraps = first[0] == 12 and second[0] == 1
        return _blank_all_but(m, "d2", "m2") if second > first or wraps else _blank_all_but(m, "d1", "m1")

    def days(m: re.Match[str]) -> str:
        return _blank_all_but(m, "d2" if int(m.group("d2")) > int(m.group("d1")) else "d1", None)

    text = _DUAL_MONTHS.sub(months, text)
    text = _DUAL_DAYS.sub(days, text)
    return re.sub(r"(?<!\d)(1)er\b", r"\1  ", text)  # French "1er janvier"


def find_dates(text: str) -> list[dates.DateMatch]:
    """Dates in an infobox value in any language with a months table; each match's text is
    the original text at its offsets."""
    found = dates.find_dates(gregorian(englished(text)))
    return [dates.DateMatch(m.start, m.end, text[m.start : m.end], m.value) for m in found]
