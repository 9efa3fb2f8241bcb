"""The infobox vocabulary as data: field labels and relation markers.

Every ``lang/<code>/labels.toml`` maps label variants to what the field holds. The reader
takes the union over languages: a page's infobox is often in another language than its prose
(a Bulgarian box above an English article), and a label of one language is not a word of
another's box. Dates in values go to ``factoid.dates``, which reads the month names of every
language from ``lang/<code>/dates.toml``.
"""

from __future__ import annotations

import re
from functools import cache

from factoid import dates, lang

#: Kinds a field can hold; what each means is documented in lang/en/labels.toml.
KINDS = frozenset({
    "born", "died", "date_of_birth", "place_of_birth", "date_of_death", "place_of_death",
    "manner", "spouse", "child", "father", "mother", "parents", "sibling",
    "relatives", "office", "in_office", "replaces", "replaced_by", "rank", "award", "party",
    "alias", "ignore",
})


def typed_kind(kind: str) -> str | None:
    """The value type of a kind that names a registry property of type date or place, which
    the reader handles by type: a new such property needs a label entry, no code."""
    from factoid import schema

    if kind in schema.names() and schema.get(kind).type in {"date", "place"}:
        return schema.get(kind).type
    return None


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
    for _, data in lang.load_every("labels.toml"):
        for kind, variants in data.get("labels", {}).items():
            if kind not in KINDS and not typed_kind(kind):
                raise lang.LanguageDataError(f"labels.toml: unknown kind {kind!r}")
            for variant in variants:
                table.setdefault(normalise(variant)[0], kind)
    return table


@cache
def relations() -> dict[str, str]:
    """Relation word -> property, for sub-labels ("Brothers:") and markers ("(brother)")."""
    table: dict[str, str] = {}
    for _, data in lang.load_every("labels.toml"):
        for prop, words in data.get("relations", {}).items():
            for word in words:
                table.setdefault(word.lower(), prop)
    return table


@cache
def styled_offices() -> tuple[frozenset[str], frozenset[str]]:
    """Labels naming a ruler's office ("succession") and labels that hold a style of address
    in such a box ("title"): a box with the first reads the second as no office."""
    succession: set[str] = set()
    styles: set[str] = set()
    for _, data in lang.load_every("labels.toml"):
        section = data.get("styles", {})
        succession.update(normalise(w)[0] for w in section.get("succession", []))
        styles.update(normalise(w)[0] for w in section.get("styles", []))
    return frozenset(succession), frozenset(styles)


@cache
def empty_values() -> frozenset[str]:
    """Placeholder values ("N/A", "Not Available") that say nothing."""
    return frozenset(v.lower() for _, data in lang.load_every("labels.toml") for v in data.get("empty", {}).get("values", []))


@cache
def patronymic_endings() -> tuple[str, ...]:
    """Endings of patronymics, to recognise "Surname, Given Patronymic" as one name."""
    return tuple(sorted({e.lower() for _, data in lang.load_every("labels.toml")
                         for e in data.get("names", {}).get("patronymic_endings", [])}))


@cache
def particles() -> frozenset[str]:
    """Lower-case words a person's name may hold ("de", "von", "ibn")."""
    return frozenset(p.lower() for _, data in lang.load_every("labels.toml") for p in data.get("names", {}).get("particles", []))


@cache
def award_heads() -> tuple[str, ...]:
    """Words that open an award's name, where a flattened award list restarts."""
    return tuple(h for _, data in lang.load_every("labels.toml") for h in data.get("awards", {}).get("heads", []))


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


def find_dates(text: str) -> list[dates.DateMatch]:
    """Dates in an infobox value, in any language ``factoid.dates`` reads (its month names
    are per-language data; an Old Style/New Style pair gives the New Style date)."""
    return dates.find_dates(text)