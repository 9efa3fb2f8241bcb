"""The public API is pinned: adding or removing a name from ``factoid.api`` or ``factoid.model``
must be a deliberate change to this test (and to the docs)."""

from __future__ import annotations

import inspect

import pytest

import factoid
import factoid.api as api
import factoid.errors as errors
import factoid.model as model

API = {
    "Answer", "BuildReport", "IngestReport", "KnowledgeBase", "Progress", "ask", "build", "citations", "disputes",
    "documents", "dossier", "export", "export_lines", "export_to", "ingest", "open_kb", "passages", "people",
    "person_claims", "prepare", "search", "timeline",
    # curation (issue 11)
    "DecisionImport", "decisions", "export_decisions", "import_decisions", "judge", "review", "undo",
}
MODEL = {
    "Assessment", "Claim", "Dispute", "Document", "Mention", "Passage", "PassageRole", "Person",
    "PROPERTIES", "DATE_PROPERTIES", "SINGLE_VALUED", "SourceMeta", "SourceSpan",
}
ERRORS = {"FactoidError", "IngestError", "NotFoundError", "StoreError", "UsageError"}


@pytest.mark.parametrize(
    ("module", "expected"), [(api, API), (model, MODEL), (errors, ERRORS)], ids=["api", "model", "errors"]
)
def test_all_is_pinned(module, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert set(module.__all__) == expected
    assert len(module.__all__) == len(set(module.__all__)), "no name twice"
    for name in module.__all__:
        assert hasattr(module, name), name


def test_every_public_api_function_is_documented() -> None:
    for name in api.__all__:
        obj = getattr(api, name)
        if inspect.isfunction(obj) or inspect.isclass(obj):
            assert inspect.getdoc(obj), f"factoid.api.{name} has no docstring"


def test_cli_uses_only_public_api() -> None:
    """The CLI is a thin layer over factoid.api: everything it calls there is public."""
    import re
    from pathlib import Path

    import factoid.cli as cli

    used = set(re.findall(r"\bapi\.(\w+)", Path(cli.__file__).read_text(encoding="utf-8")))
    assert used <= API, used - API


def test_errors_share_one_root() -> None:
    for name in ERRORS - {"FactoidError"}:
        assert issubclass(getattr(errors, name), errors.FactoidError)


def test_version() -> None:
    assert factoid.__all__ == ["__version__"]
    assert factoid.__version__.count(".") == 2
