"""Opening the knowledge base: engine, SQLite settings, Alembic migrations, one writer at a time.

The default store is a SQLite file ``factoid.db`` in the current folder; ``--db URL`` or the
``FACTOID_DB`` environment variable selects another (any SQLAlchemy URL, PostgreSQL included).

Safety rules, and why:

* **One writer, readers never blocked.** SQLite runs in WAL mode, so the web workspace keeps
  reading while a build writes. Every write transaction (``write_transaction``) starts with
  ``BEGIN IMMEDIATE``: it takes the write lock before it reads anything, so a second ingest or
  build waits for the first (up to ``FACTOID_LOCK_TIMEOUT`` seconds, then a clear error) and a
  build reads the documents and writes their claims inside one snapshot. PostgreSQL uses a
  transaction-scoped advisory lock for the same effect (waiting at most ``lock_timeout``), its
  writers run at READ COMMITTED so each statement after the lock sees the previous writer's
  commit, and its readers at REPEATABLE READ so a page cut from several queries sees one state
  of the knowledge base, as a SQLite reader's transaction does.
* **Atomic creation.** pysqlite commits DDL as it goes, so an interrupted first migration used
  to leave half a schema. Transactions here are explicit (``BEGIN`` is issued by us), and a new
  SQLite file is built under a temporary name and renamed into place once complete.
* **Refuse what is not ours.** A database with tables but no factoid revision belongs to
  another application; a revision this code does not know is a newer factoid's. Both are
  refused with one line instead of being altered.
"""

from __future__ import annotations

import contextlib
import glob
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, insert, inspect, make_url, select, text, update
from sqlalchemy.exc import SQLAlchemyError

from factoid.errors import StoreError

__all__ = [
    "DEFAULT_URL",
    "generation",
    "migrate",
    "open_engine",
    "require_existing",
    "resolve_url",
    "shown",
    "sqlite_path",
    "write_transaction",
]

DEFAULT_URL = "sqlite:///factoid.db"
_MIGRATIONS = Path(__file__).parent / "migrations"
#: How long a writer waits for another writer before giving up, in seconds.
DEFAULT_LOCK_TIMEOUT = 60.0
#: The key of the PostgreSQL advisory lock that serialises factoid writers ("fact" in ASCII).
_PG_LOCK_KEY = 0x66616374
_WRITE = "factoid_write"
#: The full-text index (migration 0002) and the shadow tables SQLite keeps for it.
_FTS = "passages_fts"


def resolve_url(url: str | None = None) -> str:
    """The store URL: the explicit one, else ``FACTOID_DB``, else ``factoid.db`` here.

    A bare file path is accepted and taken as a SQLite file, since that is what a historian
    will type.
    """
    url = url or os.environ.get("FACTOID_DB") or DEFAULT_URL
    if "://" not in url:
        url = f"sqlite:///{url}"
    return url


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL; None for other databases and in-memory SQLite."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    if parsed.database.startswith("file:"):
        return None
    return Path(parsed.database)


def require_existing(url: str | None = None) -> None:
    """Raise StoreError when ``url`` names a SQLite file that does not exist: read commands
    must not create an empty knowledge base because of a typo in ``--db``."""
    resolved = resolve_url(url)
    path = sqlite_path(resolved)
    if path is not None and not path.exists():
        raise StoreError(
            f"cannot open knowledge base {resolved}: no such file "
            "(check --db; only `factoid ingest` creates a new one)"
        )


def _alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(_MIGRATIONS))
    return cfg


def _lock_timeout() -> float:
    try:
        return max(0.0, float(os.environ.get("FACTOID_LOCK_TIMEOUT", DEFAULT_LOCK_TIMEOUT)))
    except ValueError:
        return DEFAULT_LOCK_TIMEOUT


def _sqlite_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    """Foreign keys on (cascading deletes of a pruned document); WAL so readers never wait for
    a writer; a busy timeout so a second writer waits; explicit transactions (see ``_begin``)."""
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={int(_lock_timeout() * 1000)}")
    # A build reads every mention, claim and passage in sorted order: sorts in memory rather
    # than in temporary files, and a page cache that holds a million-word corpus (64 MB at
    # most, SQLite's default is 2 MB). Neither changes what is stored or how safely.
    cursor.execute("PRAGMA temp_store=MEMORY")
    cursor.execute("PRAGMA cache_size=-65536")
    with contextlib.suppress(Exception):  # a read-only file keeps its journal mode
        cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    """Issue BEGIN ourselves (pysqlite would not, before DDL); IMMEDIATE for writers."""
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(_WRITE) else "BEGIN")


def _pg_write_lock(conn: Connection) -> None:
    """Take the writers' advisory lock, waiting at most ``FACTOID_LOCK_TIMEOUT`` seconds (a zero
    timeout means "do not wait", not PostgreSQL's "wait forever"). The timeout stays on for the
    transaction, so a migration waiting for a reader's table lock gives up the same way."""
    conn.execute(text(f"SET LOCAL lock_timeout = '{max(1, int(_lock_timeout() * 1000))}ms'"))
    conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})


@contextlib.contextmanager
def write_transaction(engine: Engine, *, bump: bool = True) -> Iterator[Connection]:
    """A transaction that holds the knowledge base's single write lock from its first statement.

    A second writer waits up to ``FACTOID_LOCK_TIMEOUT`` seconds, then fails with "database is
    locked" (SQLite) or "canceling statement due to lock timeout" (PostgreSQL), which the CLI
    words as "the knowledge base is busy". Unless ``bump`` is off (migrations, which run before
    the counter's table exists), the transaction raises the generation counter (see
    ``generation``) just before it commits, so readers notice the change in one lookup."""
    with engine.connect() as conn:
        conn.execution_options(**{_WRITE: True})
        if engine.dialect.name == "postgresql":
            conn.execution_options(isolation_level="READ COMMITTED")
        with conn.begin():
            if engine.dialect.name == "postgresql":
                _pg_write_lock(conn)
            yield conn
            if bump:
                _bump_generation(conn)


def _bump_generation(conn: Connection) -> None:
    """Raise the counter by one, inside the writer's transaction (so it commits with the data).
    A schema older than migration 0007 (a transaction that runs migrations by hand) has no
    counter yet: nothing to raise."""
    from factoid.store.schema import generation as g

    if not inspect(conn).has_table(g.name):
        return
    if conn.execute(update(g).where(g.c.id == 1).values(n=g.c.n + 1)).rowcount == 0:
        conn.execute(insert(g).values(id=1, n=1))


def generation(conn: Connection) -> int | None:
    """The knowledge base's generation: a number that changes with every committed write.
    Why: the web workspace's snapshot cache asks "did anything change?" on every request, and
    this is one primary-key lookup whatever the size of the corpus."""
    from factoid.store.schema import generation as g

    return conn.execute(select(g.c.n).where(g.c.id == 1)).scalar()


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision; a no-op when it is already there.

    Refuses (StoreError) a database of another application and a schema newer than this code.
    """
    cfg = _alembic_config()
    script = ScriptDirectory.from_config(cfg)
    head = script.get_current_head()
    with engine.connect() as conn:
        if MigrationContext.configure(conn).get_current_revision() == head:
            return
    with write_transaction(engine, bump=False) as conn:
        current = MigrationContext.configure(conn).get_current_revision()
        if current == head:
            return
        known = {rev.revision for rev in script.walk_revisions()}
        if current is not None and current not in known:
            raise StoreError(
                f"the knowledge base has schema {current}, newer than this factoid knows "
                f"(up to {head}); upgrade factoid to open it"
            )
        if current is None:
            _check_empty_or_ours(conn)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def _check_empty_or_ours(conn: Connection) -> None:
    """A database without a factoid revision must be empty, or hold only empty factoid tables
    left by an interrupted creation of an old version (then they are dropped and remade)."""
    from factoid.store.schema import metadata

    tables = [t for t in inspect(conn).get_table_names() if not t.startswith("sqlite_")]
    if not tables:
        return
    ours = {t.name for t in metadata.sorted_tables} | {"alembic_version"}
    foreign = sorted(t for t in tables if t not in ours and not t.startswith(_FTS))
    if foreign or any(conn.execute(text(f'SELECT 1 FROM "{t}" LIMIT 1')).first() for t in tables):
        shown = ", ".join(foreign[:5] or tables[:5])
        raise StoreError(f"not a factoid knowledge base (it holds other tables: {shown}); refusing to change it")
    if _FTS in tables:  # the virtual table first: dropping it drops its shadow tables
        conn.execute(text(f'DROP TABLE "{_FTS}"'))
    for name in tables:
        if not name.startswith(_FTS):
            conn.execute(text(f'DROP TABLE IF EXISTS "{name}"'))


def _reason(exc: SQLAlchemyError) -> str:
    """One line: the driver's own message when there is one, without SQLAlchemy's
    "(Background on this error at: ...)" trailer."""
    orig = getattr(exc, "orig", None)
    text_ = str(orig) if orig is not None else str(exc)
    name = type(orig if orig is not None else exc).__name__
    first = text_.strip().splitlines()[0] if text_.strip() else ""
    return f"{name}: {first}" if first else name


def _with_driver(url: str) -> str:
    """``postgresql://`` means psycopg2 to SQLAlchemy; factoid ships psycopg 3, so a URL that
    names no driver uses it when psycopg2 is absent (what a user types should just work)."""
    parsed = make_url(url)
    if parsed.drivername != "postgresql":
        return url
    try:
        import psycopg2  # noqa: F401
    except ImportError:
        try:
            import psycopg  # noqa: F401
        except ImportError:
            return url
        return parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    return url


def _engine(url: str) -> Engine:
    """An engine with each dialect's settings: SQLite's pragmas and explicit BEGIN; PostgreSQL's
    snapshot reads (writers switch to READ COMMITTED in ``write_transaction``)."""
    url = _with_driver(url)
    if make_url(url).get_backend_name() == "postgresql":
        return create_engine(url, isolation_level="REPEATABLE READ", pool_pre_ping=True)
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
    return engine


def shown(url: str) -> str:
    """A URL as it may be printed: any password replaced by ``***``."""
    try:
        parsed = make_url(url)
    except Exception:  # noqa: BLE001 - not parseable: nothing to hide
        return url
    return parsed.render_as_string(hide_password=True) if parsed.password else url


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: alive
        return True
    return True


def _sweep_abandoned(path: Path) -> None:
    """Remove temporary files of creations whose process was killed (``kill -9`` leaves them
    behind); a creation still running in another process keeps its file."""
    for leftover in path.parent.glob(f".{glob.escape(path.name)}.*.creating*"):
        pid = leftover.name[len(path.name) + 2 :].split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()


def _create_sqlite_file(url: str, path: Path) -> None:
    """Build a new knowledge base under a temporary name and move it into place when complete,
    so an interrupted creation leaves either no file or a whole one."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.creating")
    tmp_url = make_url(url).set(database=str(tmp))
    engine = _engine(tmp_url.render_as_string(hide_password=False))
    try:
        migrate(engine)
        engine.dispose()
        with contextlib.suppress(FileNotFoundError):
            if path.stat().st_size == 0:  # an empty file left by an earlier interrupted run
                path.unlink()
        with contextlib.suppress(FileExistsError):  # another process finished first: use its file
            os.link(tmp, path)
    finally:
        engine.dispose()
        for leftover in (tmp, tmp.with_name(tmp.name + "-wal"), tmp.with_name(tmp.name + "-shm")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()


def open_engine(url: str | None = None, *, create: bool = True) -> Engine:
    """Connect to the store and migrate it. Raises StoreError with the URL on failure."""
    url = resolve_url(url)
    label = shown(url)
    try:
        path = sqlite_path(url)
        if path is not None:
            _sweep_abandoned(path)
        if create and path is not None and (not path.exists() or path.stat().st_size == 0):
            _create_sqlite_file(url, path)
        engine = _engine(url)
        if create:
            migrate(engine)
        return engine
    except StoreError as exc:
        raise StoreError(f"cannot open knowledge base {label}: {exc}") from exc
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot open knowledge base {label}: {_reason(exc)}") from exc
    except OSError as exc:  # the folder of a new SQLite file is missing or not writable
        raise StoreError(f"cannot open knowledge base {label}: {(exc.strerror or str(exc)).lower()}") from exc
    except ImportError as exc:  # a URL whose database driver is not installed (psycopg, MySQLdb, ...)
        raise StoreError(f"cannot open knowledge base {label}: database driver not installed ({exc})") from exc
