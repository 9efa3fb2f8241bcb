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
from factoid.errors import FactoidError, UsageError, explain
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
    sources: Annotated[Optional[list[Path]], typer.Option("--sources", exists=True, dir_okay=False, help="A sources.csv describing the files (file, title, url, author, date, publisher, language, notes); repeatable.")] = None,
    bibliography: Annotated[Optional[list[Path]], typer.Option("--bibliography", exists=True, dir_okay=False, help="A BibTeX or CSL-JSON export (Zotero) describing the files; repeatable.")] = None,
    workers: Annotated[Optional[int], typer.Option(
        "--workers", min=1, help="Processes that split documents into passages (default: every core; "
        "helpers start only once there is enough text to pay for them).")] = None,
) -> None:
    """Add documents to the knowledge base; unchanged files are skipped, bad ones reported.

    A sources.csv, *.bib or CSL-JSON *.json among the inputs describes the other files
    (title, URL, author, date) instead of being ingested itself."""
    try:
        kb = _kb(write=True)
        with _progress() as bar:
            task = bar.add_task("ingesting", total=None)
            report = api.ingest(kb, paths, prune=prune, progress=lambda s, n, t: bar.update(task, completed=n),
                                sources=[*(sources or []), *(bibliography or [])], workers=workers)
    except FactoidError as exc:
        _fail(exc)
    for failure in report.failed:
        err.print(f"[red]failed:[/] {escape(failure.path)}: {escape(failure.reason)}", soft_wrap=True)
    for warning in report.warnings:
        err.print(f"[yellow]warning:[/] {escape(warning.path)}: {escape(warning.reason)}", soft_wrap=True)
    summary = {"new": len(report.new), "changed": len(report.changed), "unchanged": len(report.unchanged),
               "failed": len(report.failed), "pruned": len(report.pruned)}
    if report.described:  # metadata updated on unchanged files (a sidecar edit)
        summary["described"] = len(report.described)
    if as_json:
        extra = {"warnings": [{"path": w.path, "reason": w.reason} for w in report.warnings]} if report.warnings else {}
        _json(summary | {"errors": [{"path": f.path, "reason": f.reason} for f in report.failed]} | extra)
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
    if report.orphaned:  # curation: say it even with --json (on stderr), a decision stopped applying
        err.print(f"[yellow]orphaned:[/] {report.orphaned} decision(s) no longer find their quote "
                  "(factoid decisions --orphaned)", soft_wrap=True)
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
def docs(
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
    site: Annotated[Optional[str], typer.Option("--site", help="Only sources whose site, publisher or URL host contains this.")] = None,
    author: Annotated[Optional[str], typer.Option("--author", help="Only sources whose author contains this.")] = None,
    language: Annotated[Optional[str], typer.Option("--language", help="Only sources in this language (en, ru, ...).")] = None,
    after: Annotated[Optional[str], typer.Option("--after", help="Only sources written in or after this date (1998, 1998-03, ...).")] = None,
    before: Annotated[Optional[str], typer.Option("--before", help="Only sources written in or before this date.")] = None,
    search: Annotated[Optional[str], typer.Option("--search", help="Only sources whose id, title, author, site, URL or notes contain every word.")] = None,
) -> None:
    """List documents as sources (title, site, date) with their passage-role counts."""
    try:
        rows = api.documents(_kb(), site=site, author=author, language=language, after=after, before=before,
                             search=search)
    except FactoidError as exc:
        _fail(exc)
    if as_json:
        _json(rows)
        return
    # the id is what `factoid passages` takes: never squeeze it to "docu…" on a narrow terminal
    widest = max((len(r["id"]) for r in rows), default=8)
    table = Table(Column("document", min_width=min(widest, 40), overflow="fold"),
                  Column("title", max_width=30, ratio=1),
                  Column("format", no_wrap=True), Column("size", justify="right", no_wrap=True),
                  *(Column(role[:4], justify="right", no_wrap=True) for role in ROLE_STYLE),
                  Column("dup", justify="right", no_wrap=True),
                  Column("encoding", no_wrap=True),
                  box=box.SIMPLE_HEAD, pad_edge=False, collapse_padding=True)
    for r in rows:
        encoding = escape(r.get("encoding") or "") + (" [yellow]?[/]" if r.get("encoding_doubt") else "")
        table.add_row(escape(r["id"]), _source_cell(r), r["format"], str(r["size"]),
                      *(str(r["roles"].get(role, 0)) for role in ROLE_STYLE), str(r["duplicate"]), encoding)
    out.print(table)
    for r in rows:  # a doubtful decoding is worth a full sentence, not a question mark only
        if r.get("encoding_doubt"):
            err.print(f"[yellow]encoding:[/] {escape(r['id'])}: {escape(r['encoding_doubt'])}", soft_wrap=True)


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _source_cell(r: dict) -> str:
    """The title, and under it the site (or publisher) and date, of a ``docs`` row."""
    title = escape(_cut(r["title"] or "", 70))
    extra = " · ".join(escape(_cut(x, 40)) for x in (r.get("site") or r.get("publisher"), r.get("published")) if x)
    return f"{title}\n[dim]{extra}[/]" if extra else title


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
    cited = f"{escape(s['citation'])} " if s.get("citation") and s["citation"] != s["document"] else ""
    url = f" [dim]{escape(s['url'])}[/]" if s.get("url") else ""
    return f"  {cited}[dim]{escape(s['document'])}:{s['start']}-{s['end']}[/]{role}{hedge}{url} “{escape(s['quote'][:160])}”"


@app.command()
def claims(
    person: Annotated[str, typer.Argument(help="Person name, alias or id.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """Every claim about one person, with its sources."""
    try:
        kb = _kb()
        who, lines = api.person_claims(kb, person)
        cited = api.citations(kb)
    except FactoidError as exc:
        _fail(exc)
    if as_json:  # the export's lines, as FORMAT.md has them
        _json(lines)
        return
    out.print(f"[bold]{escape(who['name'])}[/] ({escape(who['id'])})")
    for line in lines:
        flag = " [red]disputed[/]" if line["disputed"] else ""
        rank = line.get("rank", "normal")
        head = f"[bold]{line['property']}[/] = {escape(str(line['value']))} {escape(str(line['qualifiers'] or ''))} conf {line['confidence']:.2f}{flag}"
        if rank == "deprecated":  # kept, struck through, with the reason (curation)
            head = f"[strike dim]{line['property']} = {escape(str(line['value']))}[/] [red]wrong[/]"
        elif rank == "preferred":
            head += " [green]preferred[/]"
        out.print(f"{head} [dim]{line.get('key', '')}[/]", soft_wrap=True)
        if line.get("rank_reason"):
            out.print(f"  [dim]{escape(line['rank_reason'])}[/]", soft_wrap=True)
        for s in line["sources"]:
            out.print(_source_line(s | cited.get(s["document"], {}))
                      + (f" [dim]{s['key']}[/]" if len(line["sources"]) > 1 and s.get("key") else ""))


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
def search(
    query: Annotated[str, typer.Argument(help='Words to find, in any script or spelling: "Ljushkov", "Люшков", "Reiß".')],
    page: Annotated[int, typer.Option("--page", min=1, help="Which page of results.")] = 1,
    limit: Annotated[int, typer.Option("--limit", min=1, max=200, help="Results per page.")] = 30,
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """Find people, claims and passages; spellings, scripts and accents are folded (as on the web)."""
    try:
        r = api.search(_kb(), query, page, limit)
    except FactoidError as exc:
        _fail(exc)
    if as_json:
        _json(r)
        return
    for p in r["people"]:
        also = f" [dim](as {escape(', '.join(p['matched']))})[/]" if p["matched"] != [p["name"]] else ""
        out.print(f"[bold]person[/] {escape(p['name'])}{also}")
    for c in r["claims"]:
        out.print(f"[bold]claim[/] {escape(c['person'])}: {escape(c['property'])} = {escape(str(c['value']))}"
                  f"  [dim]{escape(c.get('citation') or c['document'] or '')}[/]")
    for x in r["passages"]:
        snippet = "".join(f"[bold]{escape(t)}[/]" if hit else escape(t) for t, hit in x["snippet"])
        out.print(f"[bold]passage[/] {escape(x.get('citation') or x['document'])} #{x['index']}: {snippet}")
    if not r["total"]:
        out.print("Nothing found.")
    elif r["pages"] > 1:
        out.print(f"[dim]page {r['page']} of {r['pages']} ({r['total']} results; --page N for more)[/]")


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


def _formats_help() -> str:
    from factoid import exporters

    return "Export format: " + "; ".join(f"{f.name} ({f.description})" for f in exporters.FORMATS.values()) + "."


def _export_sink(fmt: str, output: Optional[Path]):  # type: ignore[no-untyped-def]
    """Where the export goes: standard output or one file, or for a several-file format a
    folder or (``-o NAME.zip``) a zip."""
    from factoid import exporters

    if not exporters.get(fmt).multi:
        return exporters.FileSink(output) if output else exporters.StreamSink(sys.stdout)
    if output is None:
        raise UsageError(f"{fmt} writes several files; give -o FOLDER or -o FILE.zip")
    return exporters.ZipSink(output) if output.suffix.lower() == ".zip" else exporters.DirSink(output)


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", "-f", help=_formats_help())] = "claims-jsonl",
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write to this file (default: standard output); a folder or FILE.zip for csv.")] = None,
    person: Annotated[Optional[str], typer.Option("--person", help="Only this person (name, alias or id).")] = None,
    include_comments: Annotated[bool, typer.Option("--include-comments", help="Also export claims made only in reader comments.")] = False,
    include_deprecated: Annotated[bool, typer.Option("--include-deprecated", help="Also export claims curation marked deprecated.")] = False,
    mapping: Annotated[Optional[Path], typer.Option("--mapping", help="CSV with a 'wikidata' column mapping people (id or name) and places, offices, awards (value) to Wikidata items.")] = None,
) -> None:
    """Export the knowledge base in a format of the field (claims-jsonl: the format of FORMAT.md)."""
    try:
        kb = _kb()
        sink = _export_sink(fmt, output)
        report = api.export_to(kb, fmt, sink, include_comments=include_comments,
                               include_deprecated=include_deprecated, person=person, mapping=mapping)
        if hasattr(sink, "close"):
            sink.close()
    except FactoidError as exc:
        _fail(exc)
    except OSError as exc:  # an output folder that does not exist, a full disk, ...
        _fail(exc)
    for line in report.skipped[:20]:
        err.print(f"left out: {escape(line)}")
    if len(report.skipped) > 20:
        err.print(f"left out: {len(report.skipped) - 20} more")
    if output is not None:
        err.print(f"{report.records} {report.unit} written to {escape(str(output))}")


# ---- curation (issue 11): judge, decisions, review -----------------------------------------------

judge_app = typer.Typer(cls=_OneLineErrors, no_args_is_help=True,
                        help="Record a decision; it is applied at once and on every later build.")
decisions_app = typer.Typer(cls=_OneLineErrors, invoke_without_command=True,
                            help="List the decisions (the append-only log); undo, export or import them.")
app.add_typer(judge_app, name="judge")
app.add_typer(decisions_app, name="decisions")
UserOpt = Annotated[Optional[str], typer.Option("--user", help="Who decides (default: the OS user).")]
ReasonOpt = Annotated[str, typer.Option("--reason", help="Why (shown beside the decision).")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print as JSON.")]
TARGET_HELP = "A person id, name or alias, a mention or claim key, or PERSON@DOCUMENT."


def _decided(row: dict, as_json: bool) -> None:
    if as_json:
        _json(row)
    else:
        out.print(f"decision {row['id']} recorded ({row['kind']}{' ' + row['verdict'] if row.get('verdict') else ''})")


def _judge(kind: str, *targets: str, as_json: bool = False, **kw: Any) -> None:
    try:
        row = api.judge(_kb(), kind, *targets, **kw)
    except FactoidError as exc:
        _fail(exc)
    _decided(row, as_json)


def _pair_command(kind: str, doc: str) -> None:
    def command(
        a: Annotated[str, typer.Argument(help=TARGET_HELP)],
        b: Annotated[str, typer.Argument(help=TARGET_HELP)],
        reason: ReasonOpt = "",
        user: UserOpt = None,
        as_json: JsonOpt = False,
    ) -> None:
        _judge(kind, a, b, reason=reason, user=user, as_json=as_json)

    command.__doc__ = doc
    judge_app.command(kind)(command)


_pair_command("same", "A and B are one person (merged on every build).")
_pair_command("different", "A and B are two people (split on every build, at the weakest link).")
_pair_command("unsure", "Undecided about A and B: the pair is not proposed for review again.")


@judge_app.command("claim")
def judge_claim(
    key: Annotated[str, typer.Argument(help="Claim key (factoid claims PERSON --json).")],
    verdict: Annotated[str, typer.Argument(help="wrong, confirmed or unsure.")],
    reason: ReasonOpt = "",
    user: UserOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Judge a claim: wrong ones are kept, ranked deprecated and left out of answers and exports."""
    _judge("claim", key, verdict=verdict, reason=reason, user=user, as_json=as_json)


@judge_app.command("prefer")
def judge_prefer(
    person: Annotated[str, typer.Argument(help="Person id, name or alias.")],
    prop: Annotated[str, typer.Argument(metavar="PROPERTY", help="Property, e.g. date_of_birth.")],
    value: Annotated[str, typer.Argument(help="The preferred value, as the sources give it.")],
    reason: ReasonOpt = "",
    user: UserOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Prefer one value of a disputed property (shown beside the computed preference)."""
    _judge("prefer", person, prop=prop, value=value, reason=reason, user=user, as_json=as_json)


@judge_app.command("note")
def judge_note(
    target: Annotated[str, typer.Argument(help="A person, a claim key or a document id.")],
    text: Annotated[str, typer.Argument(help="The note.")],
    user: UserOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Annotate a person, a claim or a source."""
    _judge("note", target, value=text, user=user, as_json=as_json)


def _target_text(t: dict) -> str:
    return f"{t['document']}:{t['start']}-{t['end']} “{t['quote'][:60]}”" if t["type"] != "document" else t["document"]


@decisions_app.callback()
def decisions_list(
    ctx: typer.Context,
    as_json: JsonOpt = False,
    orphaned: Annotated[bool, typer.Option("--orphaned", help="Only decisions whose quote cannot be found any more.")] = False,
) -> None:
    """List the decisions, oldest first."""
    if ctx.invoked_subcommand is not None:
        return
    try:
        rows = api.decisions(_kb(), orphaned=orphaned)
    except FactoidError as exc:
        _fail(exc)
    if as_json:
        _json(rows)
        return
    table = Table("id", "kind", "targets", "value", "user", "reason", "time", "state")
    for r in rows:
        state = "orphaned" if r["orphaned"] else (f"undone by {r['undone_by']}" if r["undone_by"] else "")
        what = r.get("verdict") or ""
        value = " = ".join(x for x in (r.get("property"), r.get("value")) if x)
        targets = "; ".join(_target_text(t) for t in r["targets"]) or f"undoes {r['undoes']}"
        table.add_row(str(r["id"]), f"{r['kind']} {what}".strip(), escape(targets), escape(value), escape(r["user"]),
                      escape(r["reason"]), r["created_at"], state)
    out.print(table)


@decisions_app.command("undo")
def decisions_undo(
    decision: Annotated[str, typer.Argument(help="Decision id (or uid).")],
    reason: ReasonOpt = "",
    user: UserOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Undo a decision (a new row in the log; nothing is deleted)."""
    try:
        row = api.undo(_kb(), decision, user=user, reason=reason)
    except FactoidError as exc:
        _fail(exc)
    _decided(row, as_json)


@decisions_app.command("export")
def decisions_export(
    output: Annotated[Path, typer.Option("-o", "--output", help="The JSON-lines file to write (atomically).")],
) -> None:
    """Write the decisions log to a file a team can version and share."""
    try:
        kb = _kb()
        with open_output(output) as fh:
            n = api.export_decisions(kb, fh)
    except (FactoidError, OSError) as exc:
        _fail(exc)
    err.print(f"{n} decisions written to {escape(str(output))}")


@decisions_app.command("import")
def decisions_import(
    file: Annotated[Path, typer.Argument(help="A file written by `factoid decisions export`.")],
    as_json: JsonOpt = False,
) -> None:
    """Add the decisions of an exported file (known ones are skipped; bad lines reported)."""
    try:
        report = api.import_decisions(_kb(), file)
    except FactoidError as exc:
        _fail(exc)
    for problem in report.errors:
        err.print(f"[red]skipped:[/] {escape(problem)}", soft_wrap=True)
    if as_json:
        _json({"added": report.added, "known": report.known, "errors": report.errors})
    else:
        out.print(f"added {report.added}, known {report.known}, skipped {len(report.errors)}")
    if report.errors:
        raise typer.Exit(2)


@app.command()
def review(
    as_json: JsonOpt = False,
    limit: Annotated[int, typer.Option("--limit", min=1, help="At most this many items.")] = 20,
) -> None:
    """What most deserves a human look, most impact first, each with why and the command to judge it."""
    try:
        items = api.review(_kb(), limit=limit)
    except FactoidError as exc:
        _fail(exc)
    if as_json:
        _json(items)
        return
    for n, item in enumerate(items, 1):
        out.print(f"[bold]{n}. {escape(item['title'])}[/] [dim]({item['kind']}, impact {item['impact']:.2f})[/]", soft_wrap=True)
        for why in item["why"]:
            out.print(f"   {escape(why)}", soft_wrap=True)
        for cmd in item["commands"]:
            out.print(f"   [cyan]{escape(cmd)}[/]", soft_wrap=True)


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to bind; only this machine by default.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8000,
    allow_host: Annotated[Optional[list[str]], typer.Option("--allow-host", help="Also answer requests for this host name (repeatable), e.g. a name the server is reached by.")] = None,
    user: Annotated[Optional[str], typer.Option(help="Name recorded on each decision made in the workspace (default: the OS user).")] = None,
    allow_edits: Annotated[bool, typer.Option("--allow-edits", help="Allow curation forms to write when listening on a non-loopback address.")] = False,
) -> None:
    """Open the knowledge base as a web workspace: browse, and curate (merge, split, mark
    wrong, prefer, note) from this machine; writing is off on a network address unless
    --allow-edits."""
    import uvicorn

    from factoid.web.app import create_app, hosts_for
    from factoid.web.routes_curation import edits_allowed

    edits = edits_allowed(host, allow_edits)
    try:
        application = create_app(_kb(), allowed_hosts=hosts_for(host, allow_host or ()), user=user, edits=edits)
    except FactoidError as exc:
        _fail(exc)
    who = application.state.workspace.user
    mode = f"decisions recorded as {escape(who)}" if edits else "read-only (add --allow-edits to curate)"
    out.print(f"factoid workspace on http://{escape(host)}:{port}/ · {mode}")
    uvicorn.run(application, host=host, port=port, log_level="warning")


def main() -> None:
    app()
