"""The property registry: what a claim's property means, read from ``properties.toml``.

Why data: adding a property used to mean editing eight modules, each with its own list of
property names. Now every stage asks the registry (value type, single- or multi-valued,
qualifiers, label, dossier section, timeline kind, question words) and adding a property is
one TOML table plus the patterns that find it. This module has no dependency inside factoid,
so ``factoid.model`` can derive its vocabulary from it; the value types' behaviour (which calls
dates, the gazetteer, the office matcher) lives in :mod:`factoid.schema.types`.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

__all__ = [
    "AskGroup",
    "Property",
    "SchemaError",
    "VALUE_TYPES",
    "ask_groups",
    "get",
    "known",
    "label",
    "names",
    "properties",
    "qualifier_type",
    "with_section",
]

#: Value types a property may have; each has a behaviour in ``factoid.schema.types``.
VALUE_TYPES = ("date", "place", "person", "office", "rank", "award", "party", "manner")
SECTIONS = ("infobox", "infobox_all", "relations", "career")
TIMELINE_KINDS = ("event", "term")


class SchemaError(ValueError):
    """The registry file is malformed or a property is unknown; the message names it."""


@dataclass(frozen=True)
class Property:
    """One property of the registry (see the header of ``properties.toml`` for each key)."""

    name: str
    type: str
    single: bool
    wikidata: str
    label: str
    qualifiers: tuple[str, ...] = ()
    timeline: str | None = None
    show: tuple[str, ...] = ()
    relation: str | None = None
    event_window: int | None = None

    @property
    def disputable(self) -> bool:
        """Whether incompatible values can be a dispute: always for a single-valued property,
        and for a multi-valued event when two dates fall inside its event window."""
        return self.single or self.event_window is not None


@dataclass(frozen=True)
class AskGroup:
    """Words of a question (a regular expression) and the properties they ask for."""

    pattern: re.Pattern[str]
    properties: tuple[str, ...]


def _property(name: str, raw: dict) -> Property:
    known = {"type", "single", "wikidata", "label", "qualifiers", "timeline", "show", "relation", "event_window"}
    if extra := set(raw) - known:
        raise SchemaError(f"schema/properties.toml [{name}]: unknown keys {sorted(extra)}")
    try:
        prop = Property(name=name, type=raw["type"], single=bool(raw["single"]), wikidata=raw["wikidata"],
                        label=raw["label"], qualifiers=tuple(raw.get("qualifiers", ())), timeline=raw.get("timeline"),
                        show=tuple(raw.get("show", ())), relation=raw.get("relation"), event_window=raw.get("event_window"))
    except KeyError as exc:
        raise SchemaError(f"schema/properties.toml [{name}]: missing key {exc}") from exc
    if prop.type not in VALUE_TYPES:
        raise SchemaError(f"schema/properties.toml [{name}]: unknown value type {prop.type!r}")
    if set(prop.show) - set(SECTIONS) or prop.timeline not in (None, *TIMELINE_KINDS):
        raise SchemaError(f"schema/properties.toml [{name}]: bad show or timeline")
    if prop.timeline == "event" and prop.type != "date":
        raise SchemaError(f"schema/properties.toml [{name}]: an event timeline needs a date value")
    return prop


@cache
def _load() -> tuple[dict[str, Property], tuple[AskGroup, ...], dict[str, str]]:
    text = resources.files(__package__).joinpath("properties.toml").read_text(encoding="utf-8")
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SchemaError(f"schema/properties.toml: {exc}") from exc
    groups = raw.pop("ask_group", [])
    qualifiers = raw.pop("qualifier", {})
    props = {name: _property(name, entry) for name, entry in raw.items()}
    for p in props.values():
        if unknown := [q for q in p.qualifiers if q not in qualifiers]:
            raise SchemaError(f"schema/properties.toml [{p.name}]: qualifiers without a [qualifier] type: {unknown}")
    if bad := {k: v for k, v in qualifiers.items() if v not in VALUE_TYPES}:
        raise SchemaError(f"schema/properties.toml [qualifier]: unknown value types {bad}")
    asks = tuple(AskGroup(re.compile(g["pattern"]), tuple(g["properties"])) for g in groups)
    for g in asks:
        if unknown := [p for p in g.properties if p not in props]:
            raise SchemaError(f"schema/properties.toml ask_group {g.pattern.pattern!r}: unknown {unknown}")
    return props, asks, qualifiers


def properties() -> tuple[Property, ...]:
    """Every property, in registry order."""
    return tuple(_load()[0].values())


def names() -> tuple[str, ...]:
    """Every property name, in registry order."""
    return tuple(_load()[0])


def get(name: str) -> Property:
    """One property by name; raises :class:`SchemaError` for a name the registry lacks."""
    try:
        return _load()[0][name]
    except KeyError:
        raise SchemaError(f"unknown property {name!r}") from None


def known(name: str) -> bool:
    return name in _load()[0]


def with_section(*sections: str) -> tuple[Property, ...]:
    """The properties a dossier shows in the given sections, in registry order."""
    return tuple(p for p in properties() if set(p.show) & set(sections))


def ask_groups() -> tuple[AskGroup, ...]:
    return _load()[1]


def qualifier_type(key: str) -> str | None:
    """The value type of a qualifier key (``start`` -> ``date``), ``None`` for an unknown key."""
    return _load()[2].get(key)


def label(name: str) -> str:
    """The display label of a property; an unknown one is shown with spaces for underscores."""
    return _load()[0][name].label if name in _load()[0] else name.replace("_", " ")
