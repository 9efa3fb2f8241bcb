"""The one grounding gate every extracted claim passes before it is stored.

A claim is admitted only when

* its quote is exactly the document text at its offsets (``doc.text[start:end] == quote``),
* its property is in the registry (``schema/properties.toml``),
* its value, normalised by the property's value type, is not empty,
* it carries only the qualifiers its property allows.

Claims that fail are not dropped silently: they are counted by extractor and reason and the
counts travel up to ``factoid build``'s report. The value a claim keeps is the normalised one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from factoid import schema
from factoid.model import Claim, Document
from factoid.schema.types import normalise

__all__ = ["REASONS", "admit", "check"]

#: Why a claim can be refused, in the order they are tested.
REASONS = ("ungrounded", "unknown_property", "empty_value", "qualifier_not_allowed")


def check(doc: Document, claim: Claim) -> tuple[Claim | None, str | None]:
    """The admitted claim (its value normalised) and ``None``, or ``None`` and the reason."""
    if claim.span.document_id != doc.id or not claim.span.grounded_in(doc.text):
        return None, "ungrounded"
    if not schema.known(claim.property):
        return None, "unknown_property"
    value = normalise(claim.property, claim.value)
    if not value:
        return None, "empty_value"
    if set(claim.qualifiers) - set(schema.get(claim.property).qualifiers):
        return None, "qualifier_not_allowed"
    return (claim if value == claim.value else replace(claim, value=value)), None


def admit(doc: Document, claims: Iterable[Claim]) -> tuple[list[Claim], Counter[tuple[str, str]]]:
    """The claims that pass the gate, and the refused ones counted by (extractor, reason)."""
    kept: list[Claim] = []
    refused: Counter[tuple[str, str]] = Counter()
    for c in claims:
        ok, reason = check(doc, c)
        if ok is None:
            refused[(c.extractor, reason or "")] += 1
        else:
            kept.append(ok)
    return kept, refused
