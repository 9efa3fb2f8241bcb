"""Finding files and reading them safely: folders, symlinks, stdin, size limits, permissions.

``iter_documents`` is a generator with one error policy (spaCy's ``Language.pipe`` with an
error handler, in miniature): every input yields either a ``Document`` or an ``IngestError``,
so one bad file is reported and the run goes on.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import BinaryIO

from factoid.errors import IngestError
from factoid.ingest import metadata
from factoid.ingest.names import display_name, storable_path, unique_id
from factoid.ingest.readers import document_from_bytes
from factoid.ingest.sidecar import SourceIndex, is_source_file, read_source_file
from factoid.model import Document

__all__ = ["iter_documents", "load_document"]

DEFAULT_MAX_BYTES = 50_000_000
STDIN = "-"
_STDIN_NAME = "<stdin>"


@dataclass(frozen=True)
class _Found:
    """An entry found under a root: its document id, the path to read it through, and the
    error when the entry cannot even be followed (a loop or a dangling link)."""

    doc_id: str
    path: Path
    error: IngestError | None = None


def iter_documents(
    paths: Sequence[str | Path],
    *,
    stdin: BinaryIO | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    taken: Mapping[str, str] | None = None,
    sources: Sequence[str | Path] = (),
) -> Iterator[Document | IngestError]:
    """Walk files and folders (recursive), and ``-`` meaning stdin; yield a Document for each
    readable file and an IngestError (never raise) for each bad one, so one bad file never
    stops a run.

    Inputs are taken in the order given; inside a folder, files come out sorted by id (the path
    relative to that folder, with ``/``). Hidden files and folders inside a folder are skipped;
    a path given explicitly is read even if hidden. An error's ``path`` is the file's path as
    the caller spelled it (``<stdin>`` for stdin), undecodable bytes written ``\\xNN``.

    Ids are unique per source file: ``taken`` maps the ids already in use (in the knowledge
    base) to their stored source paths, and an id another file holds gets a variant
    (``names.unique_id``) instead of overwriting that file's document.

    Source metadata the user supplies (``factoid.ingest.sidecar``) is read first: the files in
    ``sources`` and, among the inputs, every ``sources.csv``, ``*.bib`` and CSL-JSON ``*.json``
    (these are descriptions of the sources, not sources, so they yield no Document). Each
    document gets its entry's metadata over what its file carries. Problems with that metadata
    are yielded as ``SourceWarning`` (an ``IngestError``): rows no file matched come last.
    """
    if isinstance(paths, (str, Path)):  # one path, not a sequence of one-letter paths
        paths = [paths]
    seen = dict(taken or {})
    index = SourceIndex()
    for source in sources:
        yield from _read_sources(Path(source), index)
    plan: list[tuple[str | None, list[_Found]]] = []  # (root, files); root None for stdin
    for raw in paths:
        if str(raw) == STDIN:
            plan.append((None, []))
            continue
        path = Path(raw)
        found = _iter_folder(path) if path.is_dir() else [_Found(display_name(path.name), path)]
        root = display_name(path.name) if path.is_dir() else display_name(path.parent.name)
        documents = []
        for item in found:
            if item.error is None and _describes_sources(item.path):
                yield from _read_sources(item.path, index)
            else:
                documents.append(item)
        plan.append((root, documents))
    for root, documents in plan:
        if root is None:
            yield _guarded(_STDIN_NAME, lambda: _stdin_document(stdin, max_bytes))
        for item in documents:
            yield _described(_load_found(item, root, seen, max_bytes), item.path, index)
    yield from index.unmatched()


def _describes_sources(path: Path) -> bool:
    """A sidecar or bibliography among the inputs (see ``sidecar.is_source_file``). Only a
    regular ``.json`` file is opened (to look for CSL-JSON): a FIFO would block."""
    head = b""
    if path.suffix.lower() == ".json":
        try:
            if not path.is_file():
                return False
            with path.open("rb") as handle:
                head = handle.read(4096)
        except OSError:
            return False  # unreadable: the document reader reports it
    return is_source_file(path, head)


def _read_sources(path: Path, index: SourceIndex) -> Iterator[IngestError]:
    entries, problems = read_source_file(path)
    index.add(entries)
    yield from problems


def _described(result: Document | IngestError, path: Path, index: SourceIndex) -> Document | IngestError:
    """A loaded document with the user's metadata for its file applied."""
    if isinstance(result, IngestError):
        return result
    return metadata.apply(result, index.lookup(os.path.realpath(path), result.url))


def _load_found(item: _Found, root: str, seen: dict[str, str], max_bytes: int) -> Document | IngestError:
    """Load one found file under an id no other file holds, and claim that id in ``seen``."""
    if item.error is not None:
        return _printable(item.error)
    source = storable_path(os.path.abspath(item.path))
    doc_id = unique_id(item.doc_id, source, root, seen)
    seen[doc_id] = source
    return _printable(_guarded(str(item.path), partial(load_document, item.path, doc_id, max_bytes=max_bytes)))


def _printable(result: Document | IngestError) -> Document | IngestError:
    """An error naming a path with undecodable bytes names it with ``\\xNN`` instead."""
    if isinstance(result, IngestError) and storable_path(result.path) != result.path:
        return IngestError(storable_path(result.path), result.reason)
    return result


def load_document(path: Path, doc_id: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read one file into a Document; raise ``IngestError`` naming ``path`` as given.

    The size is checked with ``stat`` before reading, so a huge file costs nothing; reading
    stops one byte past the limit in case the file grew in between.
    """
    name = str(path)
    info = _stat(path)
    if stat.S_ISDIR(info.st_mode):
        raise IngestError(name, "is a directory")
    if not stat.S_ISREG(info.st_mode):
        raise IngestError(name, "not a regular file")
    _check_size(name, info.st_size, max_bytes)
    try:
        data = _read_bytes(path, max_bytes + 1)
    except OSError as exc:
        raise IngestError(name, _os_reason(exc)) from exc
    _check_size(name, len(data), max_bytes)
    try:
        return document_from_bytes(
            data, doc_id, source_path=storable_path(os.path.abspath(path)), suffix=path.suffix
        )
    except IngestError as exc:
        raise IngestError(name, exc.reason) from exc


def _read_bytes(path: Path, limit: int) -> bytes:
    """The one place a file's bytes are read (tests replace it to simulate unreadable files)."""
    with path.open("rb") as handle:
        return handle.read(limit)


def _stdin_document(stdin: BinaryIO | None, max_bytes: int) -> Document:
    """Stdin has no name, so its id is made from its content: ``stdin-<sha256[:12]>.txt``."""
    stream = stdin if stdin is not None else sys.stdin.buffer
    data = stream.read(max_bytes + 1)
    _check_size(_STDIN_NAME, len(data), max_bytes)
    doc_id = f"stdin-{hashlib.sha256(data).hexdigest()[:12]}.txt"
    try:
        return document_from_bytes(data, doc_id)
    except IngestError as exc:
        raise IngestError(_STDIN_NAME, exc.reason) from exc


def _iter_folder(root: Path) -> list[_Found]:
    """Every file under ``root`` in id order; walk errors are reported in the same order."""
    return sorted(_walk(root, "", frozenset()), key=lambda found: found.doc_id)


def _walk(folder: Path, prefix: str, ancestors: frozenset[Path]) -> Iterator[_Found]:
    """Recursive listing that follows symlinks but never into a folder it is already inside.

    ``ancestors`` holds the real paths of the folders on the way down: a link that resolves to
    one of them is a loop. A link to a folder elsewhere is followed (once per place it appears).
    """
    real = folder.resolve()
    ancestors = ancestors | {real}
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as exc:
        yield _Found(prefix.rstrip("/"), folder, IngestError(str(folder), _os_reason(exc)))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path, doc_id = Path(entry.path), prefix + display_name(entry.name)
        target = _follow(path) if entry.is_symlink() else path
        if isinstance(target, IngestError):
            yield _Found(doc_id, path, target)
        elif target.is_dir() and target.resolve() in ancestors:
            yield _Found(doc_id, path, IngestError(str(path), "symlink loop"))
        elif target.is_dir():
            yield from _walk(path, doc_id + "/", ancestors)
        else:
            yield _Found(doc_id, path)


def _follow(link: Path) -> Path | IngestError:
    """Resolve a symlink, turning loops and dangling links into errors."""
    try:
        return link.resolve(strict=True)
    except RuntimeError:  # Python 3.11 reports a loop of links this way
        return IngestError(str(link), "symlink loop")
    except OSError as exc:
        if exc.errno == errno.ENOENT:
            return IngestError(str(link), "dangling symlink")
        return IngestError(str(link), _os_reason(exc))


def _stat(path: Path) -> os.stat_result:
    try:
        return path.stat()
    except RuntimeError as exc:
        raise IngestError(str(path), "symlink loop") from exc
    except OSError as exc:
        if exc.errno == errno.ENOENT and path.is_symlink():
            raise IngestError(str(path), "dangling symlink") from exc
        raise IngestError(str(path), _os_reason(exc)) from exc


def _check_size(name: str, size: int, max_bytes: int) -> None:
    if size > max_bytes:
        raise IngestError(name, f"too large ({_size(size)} > {_size(max_bytes)} limit)")


def _size(size: int) -> str:
    """Decimal megabytes, matching the decimal default limit (50,000,000 bytes = 50.0 MB);
    plain bytes below 0.1 MB, where one decimal of a megabyte would read "0.0 MB"."""
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{size} bytes"


def _os_reason(exc: OSError) -> str:
    """A short lower-case reason for an OS error ("permission denied", "symlink loop", ...)."""
    if isinstance(exc, PermissionError):
        return "permission denied"
    if exc.errno == errno.ELOOP:
        return "symlink loop"
    if exc.errno == errno.ENOENT:
        return "no such file or directory"
    return (exc.strerror or type(exc).__name__).lower()


def _guarded(name: str, load: Callable[[], Document]) -> Document | IngestError:
    """Run one load, turning any failure into an error record: the run must go on."""
    try:
        return load()
    except IngestError as exc:
        return exc
    except Exception as exc:  # a library bug on one odd file must not end the whole run
        return IngestError(name, f"unexpected error ({type(exc).__name__}: {exc})")

