"""Two values that look different but say the same thing: not rivals in a dispute.

Reconciliation flags a single-valued property as disputed when two of its agreement groups
conflict. Some pairs of values conflict only on the surface, and flagging them would be a
false alarm a researcher has to dismiss by hand:

* one day written in two calendars, when the page giving the Julian day says so: a page
  writes "8 (19) December 1741" and further down "died on 8 December" (the Julian, Old
  Style, day), another gives "19 December 1741" (the Gregorian). A page that gives the
  Julian day alone stays in a dispute, whatever other pages write: nothing in it says it
  counted in the old calendar, and a researcher must see that the sources differ;
* one place name written in two languages' grammar: a Russian or Czech text names the town
  in an inflected case ("в Хорсенсе", "u Dmitrijevky") and, transliterated, it differs from
  the nominative another source writes ("Horsens", "Dmitrievka") only in its ending.

Both stay values of their own groups (neither is known to be the other's wording); they
just do not dispute each other, as ``values.may_agree`` does for a district and a village.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from factoid import dates, schema
from factoid.dates._calendar import gregorian_of_julian
from factoid.gazetteer import place_key
from factoid.names import fold

__all__ = ["one_day_two_calendars", "one_place_two_endings", "same_thing", "stated_as_one_day"]

_DAY = re.compile(r"^(-?\d{1,4})-(\d\d)-(\d\d)$")

#: Shortest stem (after folding and dropping the ending) that two spellings must share: a
#: short name ("Gori", "Goris") leaves too little to tell one town from another.
MIN_STEM = 5

#: Letters a case ending is made of once folded to ASCII: vowels and the "m" of an
#: instrumental ("-om", "-em"); at most two of them are dropped.
_ENDING = re.compile(r"[aeiouy]m?$|[aeiouy]{1,2}$")

#: Loose transliteration: spellings of one sound in the transliteration schemes of Cyrillic
#: and the Slavic Latin alphabets ("kh"/"h", "j"/"y" in "Dmitrijevka"/"Dmitriyevka").
_LOOSE = (("kh", "h"), ("ch", "c"), ("sh", "s"), ("zh", "z"), ("ts", "c"), ("tz", "c"), ("w", "v"),
          ("ph", "f"), ("j", ""), ("y", "i"), ("ie", "i"), ("ii", "i"))


def _day(edtf: str) -> tuple[int, int, int] | None:
    found = _DAY.match(edtf.strip())
    return (int(found[1]), int(found[2]), int(found[3])) if found else None


def one_day_two_calendars(a: str, b: str) -> bool:
    """Whether two exact days are one day, one given in the Julian calendar and the other in
    the Gregorian: the earlier, read as Julian, is the later. Approximate or partial dates
    never are (a year or a month has no calendar shift to match)."""
    da, db = _day(a), _day(b)
    if da is None or db is None or da == db:
        return False
    early, late = sorted((da, db))
    return gregorian_of_julian(*early) == late


def _says_both(quote: str, early: str, late: str) -> bool:
    """Whether a quote gives the Gregorian day with its Julian day beside it ("8 (19) December
    1741", "19 December 1741 (8 December Old Style)"), or writes both days apart."""
    found = dates.find_dates(quote)
    if any(m.value.edtf == late and m.value.julian == early for m in found):
        return True
    days = {m.value.edtf[-5:] for m in found if m.value.precision == "day"}
    return late in {m.value.edtf for m in found} and early[-5:] in days


def stated_as_one_day(cited: Iterable[tuple[str, str, str]], a: str, b: str) -> bool:
    """Whether two days are one day in two calendars as the pages themselves say: ``cited``
    holds (value, document, quote) of every citation of either; each document that gives the
    Julian day has a quote that gives both ("8 (19) December 1741", then "died ... 8
    December" further down the same page). Another page's bare Julian day stays a dispute:
    nothing in that page says it counted in the old calendar, and a researcher must see that
    the sources differ (a third page's "8 (19) December" explains it, it does not erase it)."""
    if not one_day_two_calendars(a, b):
        return False
    early, late = sorted((a, b))
    cited = list(cited)
    julian_pages = {doc for value, doc, _ in cited if value == early}
    explained = {doc for _, doc, quote in cited if _says_both(quote, early, late)}
    return bool(julian_pages) and julian_pages <= explained


def _stem(name: str) -> str:
    s = fold(name)
    for old, new in _LOOSE:
        s = s.replace(old, new)
    s = re.sub(r"(.)\1+", r"\1", s)
    return _ENDING.sub("", s)


@lru_cache(maxsize=16384)
def one_place_two_endings(a: str, b: str) -> bool:
    """Whether two one-word place names are one name with a different case ending, once
    transliterated loosely: "Khorsense" (Russian locative) and "Horsens"; "Dmitrijevky"
    (Czech genitive) and "Dmitrievka". Not when the gazetteer knows them as two places."""
    if a == b or len(a.split()) != 1 or len(b.split()) != 1:
        return False
    sa, sb = _stem(a), _stem(b)
    if len(sa) < MIN_STEM or sa != sb:
        return False
    ka, kb = place_key(a), place_key(b)
    return ka == kb or ka.startswith("name:") or kb.startswith("name:")


def same_thing(prop: str, a: str, b: str, cited: Iterable[tuple[str, str, str]] = ()) -> bool:
    """Two values of ``prop`` that differ only in calendar (as the pages giving the Julian day
    say, in ``cited``: (value, document, quote) of the citations of either) or in grammatical
    case."""
    if not schema.known(prop):
        return False
    kind = schema.get(prop).type
    if kind == "date":
        return stated_as_one_day(cited, a, b)
    return kind == "place" and one_place_two_endings(a, b)
