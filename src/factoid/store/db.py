"""Opening the knowledge base: engine, SQLite pragmas and Alembic migrations.

The default store is a SQLite file ``factoid.db`` in the current folder; ``--db URL`` or the
``FACTOID_DB`` environment variable selects another (any SQLAlchemy URL, PostgreSQL included).
"""

from __future__ import annotations

import os
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import SQLAlchemyError

from factoid.errors import StoreError

DEFAULT_URL = "sqlite:///factoid.db"
_MIGRATIONS = Path(__file__).parent / "migrations"


def resolve_url(url: str | None = None) -> str:
    """The store URL: the explicit one, else ``FACTOID_DB``, else ``factoid.db`` here.

    A bare file path is accepted and taken as a SQLite file, since that is what a historian
    will type.
    """
    url = url or os.environ.get("FACTOID_DB") or DEFAULT_URL
    if "://" not in url:
        url = f"sqlite:///{url}"
    return url


def _alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(_MIGRATIONS))
    return cfg


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    """Foreign keys on (cascading deletes of a pruned document); a busy timeout so a reader
    (the web app) and a writer (a build) can share the file."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision; a no-op when it is already there."""
    cfg = _alembic_config()
    head = ScriptDirectory.from_config(cfg).get_current_head()
    with engine.connect() as conn:
        if MigrationContext.configure(conn).get_current_revision() == head:
            return
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def _reason(exc: SQLAlchemyError) -> str:
    """One line: the driver's own message when there is one, without SQLAlchemy's
    "(Background on this error at: ...)" trailer."""
    orig = getattr(exc, "orig", None)
    text = str(orig) if orig is not None else str(exc)
    name = type(orig if orig is not None else exc).__name__
    first = text.strip().splitlines()[0] if text.strip() else ""
    return f"{name}: {first}" if first else name


def open_engine(url: str | None = None, *, create: bool = True) -> Engine:
    """Connect to the store and migrate it. Raises StoreError with the URL on failure."""
    url = resolve_url(url)
    try:
        engine = create_engine(url, future=True)
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        if create:
            migrate(engine)
        return engine
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot open knowledge base {url}: {_reason(exc)}") from exc
    except ImportError as exc:  # a URL whose database driver is not installed (psycopg, MySQLdb, ...)
        raise StoreError(f"cannot open knowledge base {url}: database driver not installed ({exc})") from exc
