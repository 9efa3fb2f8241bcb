"""Answering simple questions from the knowledge base, always with citations.

Question understanding is deliberately simple: the person is the best name match among the
question's words, the property comes from the registry's question words ("die" -> date, place
and manner of death; ``ask_group`` in ``schema/properties.toml``).
The answer is assembled from the claims export, so it says when sources disagree and cites
the quotes behind each version.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import Connection

from factoid import schema
from factoid.errors import NotFoundError, UsageError
from factoid.lang import load_every
from factoid.readmodel import Snapshot, explain_line, witness_snapshot
from factoid.views import find_person, person_lines

_STOP = {"when", "where", "who", "what", "how", "did", "does", "was", "were", "is", "the", "of", "and", "his", "her",
         "die", "born", "killed", "kill", "whom", "which", "a", "an", "in", "to", "by", "he", "she"}


@dataclass
class Answer:
    question: str
    person: dict[str, Any] | None
    properties: tuple[str, ...]
    text: str
    citations: list[dict[str, Any]] = field(default_factory=list)


@cache
def _other_languages() -> tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]:
    """Question groups of other languages (``lang/<code>/questions.toml``: "Когда умер ...?"),
    tried after the registry's English ones."""
    return tuple((re.compile(g["pattern"]), tuple(g["properties"]))
                 for _, data in load_every("questions.toml") for g in data.get("ask_group", ()))


@cache
def _question_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """Question words of other languages, and the case endings tried off an inflected name."""
    tables = [data for _, data in load_every("questions.toml")]
    return (frozenset(w for t in tables for w in t.get("stopwords", ())),
            tuple(sorted({e for t in tables for e in t.get("endings", ())}, key=len, reverse=True)))


def _properties(question: str) -> tuple[str, ...]:
    """The properties the first matching question group of the registry asks for."""
    q = question.lower()
    for group in schema.ask_groups():
        if group.pattern.search(q):
            return group.properties
    for pattern, properties in _other_languages():
        if pattern.search(q):
            return properties
    return ()


def _person(conn: Connection, question: str):  # type: ignore[no-untyped-def]
    stop, endings = _question_words()
    words = [w for w in re.findall(r"[\w'’.-]+", question)
             if w.lower() not in _STOP and w.lower() not in stop and w[0].isupper()]
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            name = " ".join(words[i : i + size]).rstrip("'’s").rstrip("?")
            for form in (name, *_uninflected(name, endings)):
                try:
                    return find_person(conn, form)
                except NotFoundError:
                    continue
    raise NotFoundError(f"no person of the knowledge base is named in {question!r}")


def _uninflected(name: str, endings: tuple[str, ...]) -> list[str]:
    """A Cyrillic name with a case ending taken off its last word ("Люшкова" -> "Люшков"),
    for questions that inflect the name; Latin names are left alone."""
    if not re.search(r"[а-яё]$", name):
        return []
    return [name[: -len(e)] for e in endings if name.endswith(e) and len(name) - len(e) >= 3]


def _describe(line: dict[str, Any], snap: Snapshot) -> str:
    # independent sources as reconcile counted them: two copies of one text are one witness
    n = explain_line(snap, line)["witnesses"]
    q = line["qualifiers"]
    extra = ", ".join(f"{k} {v if isinstance(v, str) else ' / '.join(v)}" for k, v in q.items())
    value = f"{line['value']} ({extra})" if extra else str(line["value"])
    said = f"{value} ({n} independent source{'s' if n != 1 else ''})"
    if line.get("preferred_by_user"):  # curation: the researcher's preference, said as such
        said += " [preferred by the researcher]"
    return said


def ask(conn: Connection, question: str, snap: Snapshot | None = None) -> Answer:
    """Answer a question about one person, citing every quote used.

    ``snap`` is the read model the witness counts come from (the web passes its cached one);
    without it only the part those counts need is read (:func:`readmodel.witness_snapshot`)."""
    if not question.strip():
        raise UsageError("empty question")
    person = _person(conn, question)
    props = _properties(question)
    if not props:
        raise UsageError("cannot tell what the question asks (try: born, die, killed, wife, arrested, defect, office)")
    snap = snap if snap is not None else witness_snapshot(conn)  # the witness counts need no more
    # claims a researcher marked wrong (rank deprecated) are never part of an answer
    lines = [line for line in person_lines(conn, person.id, include_deprecated=False) if line["property"] in props]
    parts, citations = [], []
    for prop in props:
        mine = sorted((line for line in lines if line["property"] == prop), key=lambda r: -r["confidence"])
        if not mine:
            continue
        label = schema.label(prop)
        if any(line["disputed"] for line in mine):
            parts.append(f"{label}: Sources disagree: " + " vs ".join(_describe(line, snap) for line in mine))
        else:
            parts.append(f"{label}: " + "; ".join(_describe(line, snap) for line in mine))
        citations += [s for line in mine for s in line["sources"]]
    text = "\n".join(parts) if parts else f"The knowledge base holds nothing on that for {person.name}."
    return Answer(question, {"id": person.id, "name": person.name}, props, text, citations)
