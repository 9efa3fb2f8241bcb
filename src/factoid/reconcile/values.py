"""When do two claimed values say the same thing? Asked of the property registry.

Each property's value type (``factoid.schema.types``) decides: dates agree when one refines
or contains the other ("1945" and "1945-08-19"); places when the gazetteer knows them as one
place; offices when their wording differs only in synonyms; people's names when the name
matcher finds them compatible; manners of death when one is a kind of the other. This module
keeps the names reconciliation and export import.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from factoid import dates, schema
from factoid.gazetteer import located
from factoid.gazetteer import places_may_agree as _places_may_agree
from factoid.lang import load_every
from factoid.names.parse import parse_name
from factoid.model import Claim
from factoid.schema.types import compatible as _compatible
from factoid.names import fold, skeleton
from factoid.schema.types import names_agree, specificity

__all__ = ["compatible", "distinct_names", "may_agree", "placed_within", "specificity"]

#: Asked for every pair of a person's groups at every rebuild; the answer depends on the names.
_places_may_agree_cached = lru_cache(maxsize=16384)(_places_may_agree)


def compatible(prop: str, a: str, b: str) -> bool:
    """The registry's agreement, widened for a person-valued property a person has one of
    (a parent): two forms with one surname whose given names begin alike ("Lady Annabella
    Byron", "Anne Isabella Milbanke Byron") are one person written two ways; only a
    different surname or given name ("Jacob" against "John") is a dispute. Narrowed for
    approximate dates finer than a year (:func:`_near`)."""
    known = schema.known(prop) and schema.get(prop)
    if _compatible(prop, a, b):
        return not (known and known.type == "date") or _near(a, b)
    return bool(known) and known.type == "person" and known.single and (_one_name(a, b) or _one_word_forms(a, b))


def _one_word_forms(a: str, b: str) -> bool:
    """One single name in two languages' forms or grammatical cases (a Roman's "Germanicus"
    and the Italian "Germanico", a Romanian genitive "Agrippinei"): a parent known by one
    name, written by sources in different languages."""
    fa, fb = fold(a).split(), fold(b).split()
    return len(fa) == 1 and len(fb) == 1 and _inflected(fa[0], fb[0])


def _approximate(edtf: str) -> bool:
    return edtf.endswith(("~", "%"))


def _widened(edtf: str) -> tuple[datetime.date, datetime.date] | None:
    """The bounds of a date, an approximate one widened by one unit of its own precision:
    "c. 1227" is 1226-1228, "c. August 1227" July to September, "c. 25 August 1227" the
    24th to the 26th."""
    bounds = dates.edtf_bounds(edtf)
    if bounds is None or not _approximate(edtf):
        return bounds
    rank = dates.precision_rank(edtf)
    step = datetime.timedelta(days=1 if rank >= 3 else 31 if rank == 2 else 366)
    lo = bounds[0] - step if bounds[0] > datetime.date.min + step else bounds[0]
    hi = bounds[1] + step if bounds[1] < datetime.date.max - step else bounds[1]
    return lo, hi


def _near(a: str, b: str) -> bool:
    """Whether two dates that ``factoid.dates`` finds compatible stay so when an approximate
    one is widened by its own precision rather than by a year: "c. 25 August 1227" and
    "18 August 1227" are two days a historian must see disputed, while "c. 1227" and "1226"
    agree."""
    if not (_approximate(a) or _approximate(b)) or "XXXX" in a or "XXXX" in b:
        return True
    sa, sb, wa, wb = dates.edtf_bounds(a), dates.edtf_bounds(b), _widened(a), _widened(b)
    if sa is None or sb is None or wa is None or wb is None:
        return True
    return (wb[0] <= sa[0] and sa[1] <= wb[1]) or (wa[0] <= sb[0] and sb[1] <= wa[1])


def may_agree(prop: str, a: str, b: str) -> bool:
    """Two values of separate agreement groups that are not known to say the same thing but
    not known to conflict either: a district and a village the gazetteer cannot locate.
    Both stay values of their own; neither is disputed by the other."""
    known = schema.known(prop) and schema.get(prop)
    return bool(known) and known.type == "place" and _places_may_agree_cached(a, b)


#: What a source writes right after a place to say where it lies: an opening bracket or a
#: comma, then up to the bracket's end or the clause's ("Onalua (territory of K, in Kasai)",
#: "Lesnoye, in the Gorki district"); the place may close a wiki link or a quote first
#: ("[[Lesnoye]], [[Gorki District]]").
_AFTER_PLACE = re.compile(r"^[\]\"'”»]*\s*(?:\(|,)(?P<rest>[^().;]{1,80})")


@lru_cache(maxsize=1)
def _rival_words() -> re.Pattern[str]:
    """Words that turn what follows into a rival, not a wider place ("X (or Y)", "X, not Y",
    "X, though others say Y"): ``rivals.toml`` of every language, folded as the quotes are."""
    words = sorted({fold(w) for _, data in load_every("rivals.toml") for w in data.get("words", ())})
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


@lru_cache(maxsize=1)
def _near_place() -> re.Pattern[str]:
    """A place's locator by a nearby one ("Kew near Richmond"), folded: ``near`` of every
    language's ``rivals.toml``; what follows it is a wider place, as after a bracket."""
    words = sorted({fold(w) for _, data in load_every("rivals.toml") for w in data.get("near", ())}, key=len,
                   reverse=True)
    return re.compile(r"^(?:" + "|".join(re.escape(w) for w in words) + r")\s+(?P<rest>[^().;,]{1,60})")


#: An elided article or preposition's apostrophe ("près d'Arles"): a word break.
_ELISION = re.compile(r"(?<=\b[dDlL])['’]")


def _wider_text(quote: str, at: int, value_text: str) -> str:
    """The folded text after a place that names where it lies: after a bracket or a comma,
    or after a word that places it near another ("X bei Y")."""
    after = _AFTER_PLACE.match(quote[at + len(value_text):])
    if after:
        return fold(_ELISION.sub(" ", after.group("rest")))
    tail = _ELISION.sub(" ", quote[at + len(value_text):])
    near = _near_place().match(fold(tail)) if tail[:1].isspace() else None
    return near.group("rest") if near else ""


def placed_within(prop: str, claims: Sequence[Claim], others: Sequence[Claim]) -> bool:
    """Whether a source giving one place puts it inside the other in the same breath:
    "born at Onalua (territory of Katako-Kombe)" against another source's "Katako-Kombe".
    The gazetteer knows neither, but the first source itself says the village lies in the
    district: one birthplace at two precisions, not a dispute. Both stay values."""
    known = schema.known(prop) and schema.get(prop)
    if not (known and known.type == "place"):
        return False
    # the other side's places, and each one's own name without the wider places it carries
    # ("Arles, France": "Arles")
    wider = {fold(n) for c in others for n in (c.value, c.value_text, located(c.value)[0]) if n and fold(n)}
    # the other side's own place, its most precise value: not a country its sources also give
    finest = max(specificity(prop, c.value) for c in others) if others else 0
    own = {fold(n) for c in others if specificity(prop, c.value) == finest for n in (c.value, c.value_text) if n and fold(n)}
    for c in claims:
        at = c.span.quote.find(c.value_text) if c.value_text else -1
        rest = _wider_text(c.span.quote, at, c.value_text) if at >= 0 and c.value_text else ""
        if rest and not _rival_words().search(rest) and (
                any(re.search(rf"\b{re.escape(w)}\b", rest) for w in wider) or any(_names_within(w, rest) for w in own)):
            return True
        # the value itself may carry the wider places, as an infobox writes them
        # ("Kommunarka shooting ground, Moscow Oblast, Soviet Union")
        outer = fold(", ".join(located(c.value)[1]))
        if outer and any(_names_within(w, outer) for w in own):
            return True
    return False


#: The shortest stem an inflected place or surname keeps, and the longest case ending it
#: may carry ("v Kalifornii", "George Fosseyho"): a shorter stem tells too little apart.
_MIN_STEM, _MAX_ENDING = 5, 3


def _inflected(a: str, b: str) -> bool:
    """Whether two words are one name in two grammatical cases or languages' spellings: their
    phonetic keys share a stem (the shorter key without its final vowels) that each goes on
    from by at most a case ending ("Kalifornii" and "California", "Moravanech" and "Moravany")."""
    ka, kb = skeleton(a), skeleton(b)
    stem = min(ka.rstrip("aeiou"), kb.rstrip("aeiou"), key=len)
    return len(stem) >= _MIN_STEM and all(k.startswith(stem) and len(k) - len(stem) <= _MAX_ENDING for k in (ka, kb))


def _names_within(place: str, rest: str) -> bool:
    """Whether the folded text ``rest`` names ``place`` (folded): as a phrase, or, for a
    one-word place, as a word that is its form in another case or language (``_inflected``)."""
    if re.search(rf"\b{re.escape(place)}\b", rest):
        return True
    return " " not in place and any(_inflected(word, place) for word in re.findall(r"\w+", rest))


def _one_name(a: str, b: str) -> bool:
    pa, pb = parse_name(a), parse_name(b)
    if not (pa.surname and pb.surname and pa.given and pb.given) or not _one_surname(pa.surname, pb.surname):
        return False
    ga, gb = fold(pa.given), fold(pb.given)
    return len(ga) >= 3 and len(gb) >= 3 and ga[:3] == gb[:3]


def _one_surname(a: str, b: str) -> bool:
    """One surname, or one in a case another language's grammar gives it ("George Fosseyho",
    Czech for George Fossey's): a parent named in a Czech or Polish sentence."""
    fa, fb = fold(a), fold(b)
    if fa == fb:
        return True
    short, long = sorted((fa, fb), key=len)
    return " " not in long and long.startswith(short) and len(short) >= _MIN_STEM and len(long) - len(short) <= _MAX_ENDING


def distinct_names(values: Iterable[str | list[str] | None]) -> list[str]:
    """People's names from qualifier values (a name or a list of them), each person once:
    "M. M. Zapadny" and "Zapadny" are one successor."""
    out: list[str] = []
    for v in values:
        for name in [v] if isinstance(v, str) else v or []:
            if name and not any(name == seen or names_agree(name, seen) for seen in out):
                out.append(name)
    return out
