"""A throwaway PostgreSQL server for the tests, started from the Debian packages.

Why a real server rather than a mock: what differs between SQLite and PostgreSQL (types, locking,
text search, DDL inside transactions) only shows on the real thing. The server lives in a temporary
folder (``initdb``), listens on 127.0.0.1 at a free port with its unix socket inside that folder,
runs without fsync (the data is thrown away), and is stopped and removed at the end of the session.
PostgreSQL refuses to run as root, so under root it runs as the ``postgres`` (else ``nobody``) user.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

#: The backends every ``kb_url`` test runs on.
BACKENDS = ("sqlite", "postgresql")
DEBIAN_BINDIRS = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
SUPERUSER = "factoid"


def find_bindir() -> Path | None:
    """The folder of ``initdb`` and ``postgres``: ``pg_config --bindir``, Debian's versioned
    folders, else the PATH; None when PostgreSQL's server binaries are not installed."""
    candidates: list[Path] = []
    pg_config = shutil.which("pg_config")
    if pg_config:
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, check=True, timeout=10)
            candidates.append(Path(out.stdout.strip()))
    candidates += DEBIAN_BINDIRS
    initdb = shutil.which("initdb")
    if initdb:
        candidates.append(Path(initdb).resolve().parent)
    for folder in candidates:
        if (folder / "initdb").is_file() and (folder / "postgres").is_file():
            return folder
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _run_as() -> pwd.struct_passwd | None:
    """The unprivileged account to run the server under, when we are root."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            return pwd.getpwnam(name)
    raise RuntimeError("running as root and neither a postgres nor a nobody user exists")


class PgServer:
    """One PostgreSQL cluster in a temporary folder; ``database()`` hands out fresh databases."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.port = 0
        self.user = _run_as()
        # under root, /tmp: the server's user must reach its folder (a TMPDIR may be root's own),
        # and a short path keeps the unix socket's name within its 107-character limit
        self.folder = Path(tempfile.mkdtemp(prefix="factoid-pg-", dir="/tmp" if self.user else None))
        self.proc: subprocess.Popen[bytes] | None = None
        self._names = itertools.count(1)
        self.icu: bool | None = None  # whether new databases can use an ICU collation

    def _as_user(self) -> dict:
        """Popen arguments that run a server binary as the unprivileged user (when root)."""
        if self.user is None:
            return {}
        return {"user": self.user.pw_uid, "group": self.user.pw_gid, "extra_groups": []}

    def _cmd(self, *args: str, **kwargs) -> subprocess.CompletedProcess[bytes]:  # type: ignore[no-untyped-def]
        done = subprocess.run(list(args), capture_output=True, cwd=self.folder, **self._as_user(), **kwargs)
        if done.returncode != 0:
            said = (done.stderr or done.stdout).decode(errors="replace").strip()
            raise RuntimeError(f"{Path(args[0]).name} failed ({done.returncode}): {said[-2000:]}")
        return done

    def start(self) -> None:
        data, sockets = self.folder / "data", self.folder / "sockets"
        sockets.mkdir()
        if self.user is not None:
            for path in (self.folder, sockets):
                os.chown(path, self.user.pw_uid, self.user.pw_gid)
        env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
        self._cmd(str(self.bindir / "initdb"), "-D", str(data), "-U", SUPERUSER, "--auth=trust",
                  "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync", env=env)
        self.port = _free_port()
        log = open(self.folder / "server.log", "wb")  # noqa: SIM115 - closed with the process
        self.proc = subprocess.Popen(
            [str(self.bindir / "postgres"), "-D", str(data), "-p", str(self.port), "-k", str(sockets),
             "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "synchronous_commit=off",
             "-c", "full_page_writes=off", "-c", "max_connections=300", "-c", "shared_buffers=32MB"],
            stdout=log, stderr=subprocess.STDOUT, cwd=self.folder, env=env,
            **self._as_user(),
        )
        log.close()
        self._wait_ready()

    def _wait_ready(self, timeout: float = 30.0) -> None:
        import psycopg

        deadline = time.monotonic() + timeout
        while True:
            if self.proc is not None and self.proc.poll() is not None:
                raise RuntimeError(f"postgres exited: {self.log()[-2000:]}")
            try:
                psycopg.connect(self.dsn("postgres"), connect_timeout=2).close()
                return
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"postgres did not start in {timeout:.0f} s: {self.log()[-2000:]}") from None
                time.sleep(0.1)

    def log(self) -> str:
        with contextlib.suppress(OSError):
            return (self.folder / "server.log").read_text(errors="replace")
        return ""

    def dsn(self, database: str) -> str:
        return f"host=127.0.0.1 port={self.port} user={SUPERUSER} dbname={database}"

    def url(self, database: str, user: str = SUPERUSER) -> str:
        return f"postgresql+psycopg://{user}@127.0.0.1:{self.port}/{database}"

    def admin(self, sql: str) -> None:
        """Run one statement outside a transaction (CREATE/DROP DATABASE need that)."""
        import psycopg

        with psycopg.connect(self.dsn("postgres"), autocommit=True) as conn:
            conn.execute(sql)

    def database(self, prefix: str = "kb") -> str:
        """A new empty database; returns its SQLAlchemy URL.

        Its collation is ICU's English where the server has ICU (as a database made on an
        ordinary English-language server would sort), not the cluster's C.UTF-8, whose
        code-point order would hide any listing that depends on the database's locale."""
        name = f"{prefix}_{next(self._names)}"
        if self.icu is not False:
            try:
                self.admin(f"CREATE DATABASE \"{name}\" TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US'")
                self.icu = True
                return self.url(name)
            except Exception:  # noqa: BLE001 - PostgreSQL before 15, or built without ICU
                if self.icu:
                    raise
                self.icu = False
        self.admin(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def drop(self, url: str) -> None:
        """Drop a database, closing whatever connections the test left open on it."""
        name = url.rsplit("/", 1)[1]
        with contextlib.suppress(Exception):
            self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def release(self, url: str) -> None:
        """Close the connections a test left open on a database (engines it did not dispose),
        so they do not pile up; cheaper than dropping it, which forces a checkpoint. The whole
        cluster is deleted at the end of the session anyway."""
        name = url.rsplit("/", 1)[1]
        with contextlib.suppress(Exception):
            self.admin(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGQUIT)  # immediate shutdown: no final checkpoint, the data is thrown away
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        shutil.rmtree(self.folder, ignore_errors=True)


def new_kb_url(request: pytest.FixtureRequest, backend: str, folder: Path) -> str:
    """A store URL for ``backend``: a new SQLite file in ``folder`` or a new database on the
    session's PostgreSQL server (fixture ``pg_server``), let go when the requesting fixture's
    scope ends (its connections closed)."""
    if backend == "sqlite":
        return f"sqlite:///{folder / 'kb.db'}"
    server = request.getfixturevalue("pg_server")
    url = server.database()
    request.addfinalizer(lambda: server.release(url))
    return url
