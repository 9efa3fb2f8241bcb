"""The one grounding gate: every claim is admitted only when grounded, of a registry
property, with a non-empty normalised value and allowed qualifiers; refusals are counted."""

from __future__ import annotations

from factoid.extract.gate import admit, check
from factoid.model import Claim, Document, SourceSpan

TEXT = "Ada Quill was born in Lyon in 1851 and buried at Montparnasse."
DOC = Document("quill.txt", TEXT, "h", len(TEXT), "txt")


def claim(prop: str, value: str, quote: str, *, shift: int = 0, qualifiers=None, extractor="extract.test.v1") -> Claim:
    start = TEXT.index(quote) + shift
    span = SourceSpan(DOC.id, start, start + len(quote), quote)
    return Claim("quill.txt@0", "Ada Quill", prop, value, value, span, extractor, qualifiers or {})


def test_a_grounded_registry_claim_is_admitted():
    c = claim("place_of_birth", "Lyon", "born in Lyon")
    assert check(DOC, c) == (c, None)


def test_quote_not_at_its_offsets_is_refused():
    assert check(DOC, claim("place_of_birth", "Lyon", "born in Lyon", shift=3)) == (None, "ungrounded")


def test_quote_of_another_document_is_refused():
    other = Document("other.txt", TEXT, "h", len(TEXT), "txt")
    assert check(other, claim("place_of_birth", "Lyon", "born in Lyon"))[1] == "ungrounded"


def test_property_outside_the_registry_is_refused():
    assert check(DOC, claim("hometown", "Lyon", "born in Lyon"))[1] == "unknown_property"


def test_empty_value_after_normalising_is_refused():
    assert check(DOC, claim("place_of_birth", " ; ", "born in Lyon"))[1] == "empty_value"
    assert check(DOC, claim("date_of_birth", "in", "in 1851"))[1] == "empty_value"


def test_qualifier_the_property_does_not_allow_is_refused():
    c = claim("date_of_birth", "1851", "in 1851", qualifiers={"replaces": "Someone"})
    assert check(DOC, c)[1] == "qualifier_not_allowed"
    office = claim("position_held", "curator", "Ada Quill", qualifiers={"start": "1880"})
    assert check(DOC, office)[1] is None


def test_value_is_normalised_by_its_type():
    admitted, _ = check(DOC, claim("place_of_burial", "  Montparnasse\n", "buried at Montparnasse"))
    assert admitted is not None and admitted.value == "Montparnasse"


def test_admit_counts_refusals_by_extractor_and_reason():
    claims = [
        claim("place_of_birth", "Lyon", "born in Lyon"),
        claim("place_of_birth", "Lyon", "born in Lyon", shift=1, extractor="extract.a.v1"),
        claim("hometown", "Lyon", "born in Lyon", extractor="extract.a.v1"),
        claim("hometown", "Lyon", "born in Lyon", extractor="extract.b.v2"),
    ]
    kept, refused = admit(DOC, claims)
    assert kept == claims[:1]
    assert refused == {("extract.a.v1", "ungrounded"): 1, ("extract.a.v1", "unknown_property"): 1,
                       ("extract.b.v2", "unknown_property"): 1}
