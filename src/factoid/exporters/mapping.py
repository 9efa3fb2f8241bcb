"""The user's mapping of people and values to Wikidata items, read from a CSV file.

Why a file: factoid never looks anything up on the web, so which item a person, a place, an
office or an award is must come from the user. One CSV serves all of them: a ``wikidata``
column with the item id, and the thing it names in any of ``id``, ``name``, ``label`` or
``value`` (a person id such as ``person/nikolai-yezhov``, a name or alias, or a value as the
knowledge base writes it, such as ``Moscow`` or ``Order of Lenin``). Keys are folded, so case
and accents do not matter.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from factoid.errors import UsageError
from factoid.names import fold

__all__ = ["load_mapping", "lookup"]

QID = re.compile(r"^Q[1-9]\d*$")
KEY_COLUMNS = ("id", "name", "label", "value", "person")


def _key(text: str) -> str:
    return text if text.startswith("person/") else fold(text)


def load_mapping(path: Path | str) -> tuple[dict[str, str], list[str]]:
    """Folded key -> item id, and one line per row that could not be used (file, row, why)."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.DictReader(fh))
            columns = [c.strip().lower() for c in (rows[0].keys() if rows else [])]
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise UsageError(f"{path}: cannot read the mapping file ({exc})") from exc
    if rows and "wikidata" not in columns:
        raise UsageError(f"{path}: the mapping file needs a 'wikidata' column (found: {', '.join(columns)})")
    mapping: dict[str, str] = {}
    problems: list[str] = []
    for n, row in enumerate(rows, 2):
        clean = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}
        qid = clean.get("wikidata", "").upper()
        if not qid:
            continue
        if not QID.match(qid):
            problems.append(f"{path}:{n}: {qid!r} is not a Wikidata item id (Q123)")
            continue
        keys = [clean[c] for c in KEY_COLUMNS if clean.get(c)]
        if not keys:
            problems.append(f"{path}:{n}: no id, name, label or value for {qid}")
        for k in keys:
            mapping[_key(k)] = qid
    return mapping, problems


def lookup(mapping: dict[str, str], *keys: str | None) -> str | None:
    """The item id of the first key the mapping knows."""
    for k in keys:
        if k and (hit := mapping.get(_key(k))):
            return hit
    return None
