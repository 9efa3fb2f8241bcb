"""Small pieces every format needs: EDTF dates taken apart, confidence as a word, values as text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

__all__ = ["DateParts", "cert", "date_parts", "value_text", "xml_safe"]

_DAY = re.compile(r"^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?([~?%]?)$")
_DECADE = re.compile(r"^(-?\d{3})X([~?%]?)$")
_CENTURY = re.compile(r"^(-?\d{2})XX([~?%]?)$")
#: Characters XML 1.0 does not allow (control characters, lone surrogates, U+FFFE/U+FFFF).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


@dataclass(frozen=True)
class DateParts:
    """An EDTF date that one calendar point can carry: year, and month and day when known.

    ``precision`` uses Wikidata's scale: 7 century, 8 decade, 9 year, 10 month, 11 day."""

    year: int
    month: int | None
    day: int | None
    precision: int
    approximate: bool

    @property
    def iso(self) -> str:
        """``1895``, ``1895-10`` or ``1895-10-04`` (what TEI's @when and schema.org take)."""
        y = f"{self.year:05d}" if self.year < 0 else f"{self.year:04d}"
        return y + (f"-{self.month:02d}" if self.month else "") + (f"-{self.day:02d}" if self.day else "")


def date_parts(edtf: str | None) -> DateParts | None:
    """The parts of a single EDTF date; ``None`` for an interval, a set or anything else
    (formats report such values rather than guess)."""
    if not edtf:
        return None
    value = edtf.strip()
    if m := _DAY.match(value):
        month = int(m[2]) if m[2] else None
        day = int(m[3]) if m[3] else None
        if (month and not 1 <= month <= 12) or (day and not 1 <= day <= 31):
            return None
        return DateParts(int(m[1]), month, day, 11 if day else 10 if month else 9, bool(m[4]))
    if m := _DECADE.match(value):
        return DateParts(int(m[1]) * 10, None, None, 8, bool(m[2]))
    if m := _CENTURY.match(value):
        return DateParts(int(m[1]) * 100, None, None, 7, bool(m[2]))
    return None


def cert(confidence: float | None) -> str:
    """A confidence as TEI's certainty words (high, medium, low, unknown)."""
    if confidence is None:
        return "unknown"
    return "high" if confidence >= 0.75 else "medium" if confidence >= 0.4 else "low"


def value_text(value: Any) -> str:
    """A claim value as text (a list of names joined)."""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)


def xml_safe(text: str) -> str:
    """Text an XML file can hold: a scraped page's stray control character becomes U+FFFD
    instead of making the whole export unreadable (or, with lxml, impossible to write)."""
    return _NOT_XML.sub("\ufffd", text)
