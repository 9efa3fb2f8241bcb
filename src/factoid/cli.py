"""The ``factoid`` command: a thin Typer + Rich layer over ``factoid.api``.

Each command parses its arguments, calls one API function, and prints the result as a Rich
table or, with ``--json``, as JSON. Any failure becomes one clean error line and exit 1 (the
group class below catches what a command does not), never a traceback; ``FACTOID_DEBUG=1``
shows the traceback of an unexpected error. Everything printed goes through ``SafeConsole``,
so control characters in document text or file names never reach the terminal.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich import box
from rich.markup import escape
from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TaskID, TextColumn,
                           TimeElapsedColumn)
from rich.table import Column, Table
from rich.text import Text
from typer.core import TyperGroup

from factoid import __version__, api
from factoid.atomic import open_output
from factoid.errors import FactoidError, explain
from factoid.store.db import require_existing
from factoid.termsafe import SafeConsole, json_safe

out = SafeConsole()
err = SafeConsole(stderr=True)


class _OneLineErrors(TyperGroup):
    """Every command runs inside this: an exception becomes ``error: <one line>`` and exit 1.

    Click's own exits and usage errors pass through untouched; Ctrl-C exits 130 quietly."""

    def invoke(self, ctx: typer.Context) -> Any:
        try:
            return super().invoke(ctx)
        except SystemExit:
            raise
        except Exception as exc:  # noqa: BLE001 - the one place where anything may end a command
            if type(exc).__module__.startswith(("click", "typer")):  # exits and usage errors
                raise
            _fail_unexpected(exc)
        except KeyboardInterrupt:
            err.print("interrupted")
            raise typer.Exit(130) from None


def _fail_unexpected(exc: Exception) -> None:
    """Any other failure of a command: one line, unless ``FACTOID_DEBUG`` asks for the trace."""
    if os.environ.get("FACTOID_DEBUG"):
        raise exc
    _fail(exc)


app = typer.Typer(
    cls=_OneLineErrors,
    help="factoid: a cited, reconciled knowledge base of what sources say about historical people.",
    no_args_is_help=True,
    add_completion=False,
)
ROLE_STYLE = {"main": "white", "boilerplate": "dim", "comment": "cyan", "quote": "magenta", "offtopic": "red"}


class State:
    db: str | None = None


def _kb(*, write: bool = False) -> api.KnowledgeBase:
    """The knowledge base; only ``ingest`` and ``build`` (``write``) may create a new one, so a
    typo in ``--db`` on a read command is an error, not a silently created empty file."""
    if not write:
        require_existing(State.db)
    return api.open_kb(State.db)


def _json(data: Any) -> None:
    out.print_json(json_safe(json.dumps(data, ensure_ascii=False, default=str)))


def _fail(exc: BaseException) -> None:
    # escaped (a message may hold "[SQL: ...]" or a file name with brackets) and never wrapped:
    # one error, one line, whatever the width of the terminal or log file
    err.print(f"[bold red]error:[/] {escape(explain(exc))}", soft_wrap=True)
    raise typer.Exit(1)


def _version(value: bool) -> None:
    if value:
        out.print(f"factoid {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    db: Annotated[Optional[str], typer.Option("--db", envvar="FACTOID_DB", help="Knowledge base URL or SQLite file (default: factoid.db here).")] = None,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")] = False,
) -> None:
    """Global options."""
    if db is not None and not db.strip():
        raise typer.BadParameter("empty knowledge base name", param_hint="--db")
    State.db = db


def _progress() -> Progress:
    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), console=err, transient=True, disable=not err.is_terminal)


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files or folders (recursive); '-' reads standard input.")],
    prune: Annotated[bool, typer.Option("--prune", help="Remove documents whose files are gone.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Add documents to the knowledge base; unchanged files are skipped, bad ones reported."""
    try:
        kb = _kb(write=True)
        with _progress() as bar:
            task = bar.add_task("ingesting", total=None)
            report = api.ingest(kb, paths, prune=prune, progress=lambda s, n, t: bar.update(task, completed=n))
    except FactoidError as exc:
        _fail(exc)
    for failure in report.failed:
        err.print(f"[red]failed:[/] {escape(failure.path)}: {escape(failure.reason)}", soft_wrap=True)
    summary = {"new": len(report.new), "changed": len(report.changed), "unchanged": len(report.unchanged),
               "failed": len(report.failed), "pruned": len(report.pruned)}
    if as_json:
        _json(summary | {"errors": [{"path": f.path, "reason": f.reason} for f in report.failed]})
    else:
        out.print(", ".join(f"{k} {v}" for k, v in summary.items()))
    if report.failed:
        raise typer.Exit(2)


#: What each build stage's progress bar says (a stage not listed shows its own name).
BUILD_STAGES = {"extract": "documents parsed and extracted", "resolve": "resolving people",
                "reconcile": "reconciling claims"}


def _build_step(bar: Progress) -> Callable[[str, int, int], None]:
    """A progress callback with one bar per build stage, and one per worker process
    (``extract/<host:pid>``) when several share the work."""
    tasks: dict[str, TaskID] = {}

    def step(stage: str, done: int, total: int) -> None:
        if stage not in tasks:
            label = BUILD_STAGES.get(stage) or (f"  worker {stage.split('/', 1)[1]}" if "/" in stage else stage)
            tasks[stage] = bar.add_task(label, total=total or None)
        bar.update(tasks[stage], completed=done)

    return step


@app.command()
def build(
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    workers: Annotated[Optional[int], typer.Option(
        "--workers", min=1, help="Processes that parse and extract documents (default: every core; "
        "fewer when there is too little new text to pay for starting them).")] = None,
    cluster: Annotated[Optional[str], typer.Option(
        "--cluster", help="Run parsing and extraction on a Dask scheduler (tcp://HOST:8786), or 'local' "
        "for a cluster of --workers processes on this machine.")] = None,
) -> None:
    """Extract claims from new or changed documents, then resolve people and reconcile."""
    try:
        kb = _kb(write=True)
        with _progress() as bar:
            report = api.build(kb, progress=_build_step(bar), workers=workers, cluster=cluster)
    except FactoidError as exc:
        _fail(exc)
    data = {"extracted": len(report.extracted), "unchanged": report.skipped, "claims": report.claims,
            "persons": report.persons, "disputes": report.disputes, "failed": len(report.failed),
            "rejected": report.rejected_total}
    for doc_id, reason in report.failed:
        err.print(f"[red]failed:[/] {escape(doc_id)}: {escape(reason)}", soft_wrap=True)
    if as_json:
        _json(data | {"errors": [{"document": d, "reason": r} for d, r in report.failed],
                      "rejections": report.rejected})
    else:
        out.print(", ".join(f"{k} {v}" for k, v in data.items()), soft_wrap=True)
        for extractor, reasons in sorted(report.rejected.items()):
            out.print(f"rejected by the grounding gate: {extractor}: "
                      + ", ".join(f"{reason} {n}" for reason, n in sorted(reasons.items())), soft_wrap=True)
    if report.failed:
        raise typer.Exit(2)


@app.command()
def docs(as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False) -> None:
    """List documents with their passage-role counts."""
    try:
        rows = api.documents(_kb())
    except FactoidError as exc:
        _fail(exc)
    if as_json:
        _json(rows)
        return
    # the id is what `factoid passages` takes: never squeeze it to "docu…" on a narrow terminal
    widest = max((len(r["id"]) for r in rows), default=8)
    table = Table(Column("document", min_width=min(widest, 40), overflow="fold"),
                  Column("title", max_width=24, ratio=1),
                  Column("format", no_wrap=True), Column("size", justify="right", no_wrap=True),
                  *(Column(role[:4], justify="right", no_wrap=True) for role in ROLE_STYLE),
                  Column("dup", justify="right", no_wrap=True),
                  Column("encoding", no_wrap=True),
                  box=box.SIMPLE_HEAD, pad_edge=False, collapse_padding=True)
    for r in rows:
        encoding = escape(r.get("encoding") or "") + (" [yellow]?[/]" if r.get("encoding_doubt") else "")
        table.add_row(escape(r["id"]), escape((r["title"] or "")[:40]), r["format"], str(r["size"]),
                      *(str(r["roles"].get(role, 0)) for role in ROLE_STYLE), str(r["duplicate"]), encoding)
    out.print(table)
    for r in rows:  # a doubtful decoding is worth a full sentence, not a question mark only
        if r.get("encoding_doubt"):
            err.print(f"[yellow]encoding:[/] {escape(r['id'])}: {escape(r['encoding_doubt'])}", soft_wrap=True)


@app.command()
def passages(
    document: Annotated[str, typer.Argument(help="Document id (or a unique part of it).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """Show a document's passages with their roles, coloured."""
    try:
        doc, ps = api.passages(_kb(), document)
    except FactoidError as exc:
        _fail(exc)
    if as_json:
        _json([{"index": p.index, "start": p.start, "end": p.end, "role": str(p.role), "reason": p.role_reason,
                "duplicate_of": p.duplicate_of, "language": p.language, "text": p.text} for p in ps])
        return
    out.print(f"[bold]{escape(doc.id)}[/] {escape(doc.title or '')}")
    for p in ps:
        label = str(p.role) + f" {p.language or '?'}" + (f" dup of {p.duplicate_of}" if p.duplicate_of else "")
        out.print(Text(f"[{p.index:>3} {label}] ", style="bold " + ROLE_STYLE[str(p.role)]) + Text(p.text[:300], style=ROLE_STYLE[str(p.role)]))


@app.command()
def people(as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False) -> None:
    """List resolved people with aliases, documents, claims and disputes."""
    try:
        rows = api.people(_kb())
    except FactoidError as exc:
        _fail(exc)
    if as_json:
        _json(rows)
        return
    table = Table("person", "aliases", "documents", "claims", "disputes")
    for r in rows:
        table.add_row(escape(r["name"]), escape(", ".join(r["aliases"][:6])), str(r["documents"]), str(r["claims"]), str(r["disputes"]))
    out.print(table)


def _source_line(s: dict) -> str:
    hedge = f" [yellow]({escape(s['hedge'])})[/]" if s.get("hedge") else ""
    role = f" [cyan]{s['role']}[/]" if s.get("role") != "main" else ""
    return f"  [dim]{escape(s['document'])}:{s['start']}-{s['end']}[/]{role}{hedge} “{escape(s['quote'][:160])}”"


@app.command()
def claims(
    person: Annotated[str, typer.Argument(help="Person name, alias or id.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """Every claim about one person, with its sources."""
    try:
        who, lines = api.person_claims(_kb(), person)
    except FactoidError as exc:
        _fail(exc)
    if as_json:
        _json(lines)
        return
    out.print(f"[bold]{escape(who['name'])}[/] ({escape(who['id'])})")
    for line in lines:
        flag = " [red]disputed[/]" if line["disputed"] else ""
        out.print(f"[bold]{line['property']}[/] = {escape(str(line['value']))} {escape(str(line['qualifiers'] or ''))} conf {line['confidence']:.2f}{flag}")
        for s in line["sources"]:
            out.print(_source_line(s))


@app.command()
def person(
    name: Annotated[str, typer.Argument(help="Person name, alias or id.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """A dossier: preferred values, disputes side by side, career, relations, sources."""
    try:
        d = api.dossier(_kb(), name)
    except FactoidError as exc:
        _fail(exc)
    if as_json:
        _json({k: v for k, v in d.items() if k != "lines"})
        return
    from factoid.render import print_dossier

    print_dossier(out, d)


@app.command()
def disputes(
    person: Annotated[Optional[str], typer.Argument(help="Only this person's disputes.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """Disputes across the knowledge base, most contested first."""
    try:
        rows = api.disputes(_kb(), person)
    except FactoidError as exc:
        _fail(exc)
    if as_json:
        _json(rows)
        return
    from factoid.render import print_disputes

    print_disputes(out, rows)


@app.command()
def timeline(
    person: Annotated[str, typer.Argument(help="Person name, alias or id.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """Dated events in order; disputed dates are marked."""
    try:
        t = api.timeline(_kb(), person)
    except FactoidError as exc:
        _fail(exc)
    if as_json:
        _json(t)
        return
    table = Table("date", "end", "event", "value", "sources", title=escape(t["person"]["name"]))
    for e in t["events"]:
        mark = " [red](disputed)[/]" if e["disputed"] else ""
        table.add_row(e["date"] + mark, e["end"] or "", e["event"], escape(str(e["value"])), str(len({s["document"] for s in e["sources"]})))
    out.print(table)


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help='A question, e.g. "When did Lyushkov die?"')],
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """Answer a question from the knowledge base, with citations."""
    try:
        a = api.ask(_kb(), question)
    except FactoidError as exc:
        _fail(exc)
    if as_json:
        _json({"question": a.question, "person": a.person, "answer": a.text, "citations": a.citations})
        return
    out.print(f"[bold]{escape(a.person['name']) if a.person else ''}[/]")
    out.print(escape(a.text))
    for s in a.citations:
        out.print(_source_line(s))


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", "-f", help="Export format: claims-jsonl.")] = "claims-jsonl",
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write to this file (default: standard output).")] = None,
    include_comments: Annotated[bool, typer.Option("--include-comments", help="Also export claims made only in reader comments.")] = False,
) -> None:
    """Export the knowledge base (claims-jsonl: the format of FORMAT.md)."""
    try:
        kb = _kb()
        if output is None:
            api.export(kb, fmt, sys.stdout, include_comments=include_comments)
            return
        with open_output(output) as fh:  # atomic for regular files, write-through for devices
            n = api.export(kb, fmt, fh, include_comments=include_comments)
    except FactoidError as exc:
        _fail(exc)
    except OSError as exc:  # an output folder that does not exist, a full disk, ...
        _fail(exc)
    err.print(f"{n} lines written to {escape(str(output))}")


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to bind; only this machine by default.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8000,
    allow_host: Annotated[Optional[list[str]], typer.Option("--allow-host", help="Also answer requests for this host name (repeatable), e.g. a name the server is reached by.")] = None,
) -> None:
    """Open the knowledge base as a web workspace (read-only)."""
    import uvicorn

    from factoid.web.app import create_app, hosts_for

    try:
        application = create_app(_kb(), allowed_hosts=hosts_for(host, allow_host or ()))
    except FactoidError as exc:
        _fail(exc)
    out.print(f"factoid workspace on http://{escape(host)}:{port}/")
    uvicorn.run(application, host=host, port=port, log_level="warning")


def main() -> None:
    app()
