"""Rich renderings of dossiers and disputes for the terminal."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.markup import escape as esc
from rich.panel import Panel
from rich.table import Table

from factoid import schema


def _quote(s: dict[str, Any], width: int = 200) -> str:
    hedge = f" [yellow]({esc(s['hedge'])})[/]" if s.get("hedge") else ""
    role = f" [cyan]{s['role']}[/]" if s.get("role") not in (None, "main") else ""
    return f"[dim]{esc(s['document'])}:{s['start']}-{s['end']}[/]{role}{hedge}\n“{esc(s['quote'][:width])}”"


def _copy(c: dict[str, Any]) -> str:
    """One copy relation: shared text, or shared minority values (likely copying)."""
    if c.get("kind") == "values":
        return f"{esc(c['document'])} (repeats {c['minority_values']} minority values)"
    return f"{esc(c['document'])} ({c['passages']} passages, {c['share']:.0%})"


def print_disputes(out: Console, rows: list[dict[str, Any]]) -> None:
    if not rows:
        out.print("No disputes.")
    for d in rows:
        table = Table(title=esc(f"{d['person']}: {d['topic']}"), show_lines=True, expand=True)
        for side in d["sides"]:
            n = side["witnesses"]
            conf = f", confidence {side['confidence']:.2f}" if side.get("confidence") is not None else ""
            table.add_column(esc(f"{side['value']} ({n} independent source{'s' if n != 1 else ''}{conf})"))
        depth = max((len(side["sources"]) for side in d["sides"]), default=0)
        for i in range(min(depth, 4)):
            table.add_row(*(_quote(side["sources"][i]) if i < len(side["sources"]) else "" for side in d["sides"]))
        if d.get("preferred_by_user"):  # curation: the researcher's choice beside the computed one
            table.caption = esc(f"preferred by the researcher: {d['preferred_by_user']}"
                                + (f" (computed: {d['preferred_computed']})"
                                   if d.get("preferred_computed") not in (None, d["preferred_by_user"]) else ""))
        out.print(table)


def print_dossier(out: Console, d: dict[str, Any]) -> None:
    p = d["person"]
    aliases = ", ".join(sorted(a for a in p["aliases"] if a != p["name"]))
    out.print(Panel(f"[bold]{esc(p['name'])}[/]  [dim]{esc(p['id'])}[/]\n{esc(aliases)}", title="dossier"))
    box = Table("property", "preferred value", "independent sources", "citations", "confidence", title="infobox")
    for row in d["infobox"]:
        flag = " [red](disputed)[/]" if row["disputed"] else ""
        if row.get("computed_value") is not None:
            flag += f" [green]preferred by the researcher[/] (computed: {esc(str(row['computed_value']))})"
        box.add_row(schema.label(row["property"]), f"{esc(str(row['value']))}{flag}", str(row["witnesses"]), str(row["citations"]), f"{row['confidence']:.2f}")
    out.print(box)
    print_disputes(out, d["disputes"])
    career = Table("office", "start", "end", "predecessor", "successor", "sources", title="career")
    for line in d["career"]:
        q = line["qualifiers"]
        join = lambda v: v if isinstance(v, str) else " / ".join(v or [])  # noqa: E731
        career.add_row(esc(str(line["value"])), q.get("start", ""), q.get("end", ""), join(q.get("replaces")), join(q.get("replaced_by")),
                       str(len({s["document"] for s in line["sources"]})))
    out.print(career)
    rel = Table("relation", "person", "sources", title="relations")
    for line in d["relations"]:
        rel.add_row(schema.label(line["property"]), esc(str(line["value"])), str(len({s["document"] for s in line["sources"]})))
    for c in d["colleagues"]:
        rel.add_row("mentioned with", esc(c["name"]), f"{c['passages']} passages")
    out.print(rel)
    src = Table("document", "reliability", "citations", "copies", title="sources")
    for s in d["sources"]:
        copies = ", ".join(_copy(c) for c in s["copies"]) or "independent"
        rel_txt = f"{s['reliability']:.2f}" if s["reliability"] is not None else "-"
        src.add_row(esc(s["document"]), rel_txt, str(s["citations"]), copies)
    out.print(src)
