"""Helpers of the robustness suite: the CLI run in-process, and small generated inputs."""

from __future__ import annotations

import io
import sqlite3
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factoid.cli import app

runner = CliRunner()

CONTROL_BYTES = ("\x1b", "\x9b", "\x07", "\x9d")


def cli(db: Path | str, *args: str, code: int = 0, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    """``factoid --db DB ARGS`` in-process; the exit status must be ``code`` and no traceback."""
    result = runner.invoke(app, ["--db", str(db), *args], env=env)
    detail = f"\nstdout:\n{result.stdout}\nstderr:\n{result.stderr}\nexception: {result.exception!r}"
    assert result.exit_code == code, detail
    assert result.exception is None or isinstance(result.exception, SystemExit), detail
    assert "Traceback" not in result.stderr, detail
    return result


def quote_mismatches(db: Path) -> int:
    """Claims whose quote is not the document text at their offsets (must always be 0)."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            'SELECT c.quote, substr(d.text, c.start + 1, c."end" - c.start) '
            "FROM claims c JOIN documents d ON d.id = c.document_id"
        ).fetchall()
    return sum(1 for quote, text in rows if quote != text)


def make_docx(body_xml: str) -> bytes:
    """A minimal DOCX whose main part holds ``body_xml`` (paragraph elements)."""
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        z.writestr(
            "_rels/.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        )
        z.writestr("word/document.xml", f'<?xml version="1.0"?><w:document xmlns:w="{w}"><w:body>{body_xml}</w:body></w:document>')
    return buf.getvalue()


@pytest.fixture(autouse=True)
def _no_env_db(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FACTOID_DB", raising=False)
