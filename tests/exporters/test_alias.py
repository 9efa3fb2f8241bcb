"""``factoid.export`` keeps working for code written before the exporters package."""

from __future__ import annotations

import io

import pytest

from factoid import api, exporters
from factoid.export import DATE_PROPERTIES, FORMATS, claim_lines, merge_qualifiers, write_claims_jsonl
from tests.exporters.conftest import export

pytestmark = pytest.mark.slow


def test_old_names(kb: api.KnowledgeBase) -> None:
    assert FORMATS == exporters.names() and FORMATS[0] == "claims-jsonl"
    assert "date_of_birth" in DATE_PROPERTIES and callable(merge_qualifiers)
    out = io.StringIO()
    with kb.engine.connect() as conn:
        n = write_claims_jsonl(conn, out)
        assert n == len(out.getvalue().splitlines())
        assert out.getvalue() == export(kb, "claims-jsonl")[0]["claims.jsonl"]
        assert len(list(claim_lines(conn))) > n  # claim_lines keeps comment-only lines, as before
    old = io.StringIO()
    assert api.export(kb, "claims-jsonl", old) == n and old.getvalue() == out.getvalue()
