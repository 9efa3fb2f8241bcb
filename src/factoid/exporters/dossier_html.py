"""The dossier as one printable HTML page (the content of :mod:`factoid.exporters.dossier`).

Standalone: its small stylesheet is inside the page (print-friendly, one person per printed
page), nothing is loaded from elsewhere, and every text is escaped.
"""

from __future__ import annotations

from html import escape as _escape

from factoid.exporters import ExportOptions, ExportReport, Sink
from factoid.exporters.common import value_text, xml_safe
from factoid.exporters.dossier import PersonDossier, ValueEntry, dossiers, qualifier_text
from factoid.exporters.view import ExportView, rank

__all__ = ["write"]


def escape(text: str) -> str:
    """Escaped, and without the control characters HTML does not allow."""
    return _escape(xml_safe(text))

STYLE = """body{font:11pt/1.45 Georgia,serif;max-width:46em;margin:2em auto;padding:0 1em;color:#111}
h1{font-size:1.7em;margin-bottom:.2em}h2{border-bottom:1px solid #999;margin-top:1.6em}h3{font-size:1.05em;margin:1em 0 .3em}
blockquote{margin:.2em 0 .5em 1.5em;color:#333;font-style:italic}.meta,.notes{color:#444;font-size:.92em}
.disputed{color:#a40000;font-weight:bold}sup a{text-decoration:none}
article+article{break-before:page;page-break-before:always}@media print{a{color:inherit}}"""


def _refs(e: ValueEntry) -> str:
    return "".join(f'<sup><a href="#fn{n.n}">{n.n}</a></sup>' for n in e.notes)


def _value(e: ValueEntry) -> str:
    ln = e.line
    extra = [x for x in (qualifier_text(ln["qualifiers"]), f"confidence {round(ln['confidence'] * 100)}%",
                         rank(ln) if rank(ln) != "normal" else "",
                         f"implausible: {ln['implausible']}" if ln.get("implausible") else "") if x]
    flag = ' <span class="disputed">disputed</span>' if ln["disputed"] else ""
    quotes = "".join(f'<blockquote>“{escape(n.source["quote"])}”<sup><a href="#fn{n.n}">{n.n}</a></sup></blockquote>'
                     for n in e.notes)
    return f"<li><strong>{escape(value_text(ln['value']))}</strong> ({escape(', '.join(extra))}){flag}{_refs(e)}{quotes}</li>"


def article(d: PersonDossier) -> str:
    p = d.person
    out = [f"<article><h1>{escape(p.name)}</h1>"]
    meta = [f"Also written: {' · '.join(p.aliases)}" if p.aliases else "", f"Lifespan: {p.lifespan}" if p.lifespan else "",
            f"{p.claims} claims from {len({n.doc.id for n in d.notes})} sources"]
    out += [f'<p class="meta">{escape(m)}</p>' for m in meta if m]
    if d.disputes:
        out.append("<h2>Disputes</h2><ul>")
        for x in d.disputes:
            sides = " vs ".join(f"{value_text(s['value'])} ({s['witnesses']} source{'s' * (s['witnesses'] != 1)}"
                                + (f"; implausible: {s['implausible']}" if s.get("implausible") else "") + ")" for s in x["sides"])
            out.append(f"<li>{escape(x['topic'])}: {escape(sides)}</li>")
        out.append("</ul>")
    out.append("<h2>Values</h2>")
    for label, entries in d.properties:
        out.append(f"<h3>{escape(label)}</h3><ul>" + "".join(_value(e) for e in entries) + "</ul>")
    if d.relations:
        out.append("<h2>Relations</h2><ul>")
        out += [f"<li>{escape(r.kind)} ({escape(r.property)}): {escape(d.other(r))}"
                f"{escape(', ' + r.office) if r.office else ''}</li>" for r in d.relations]
        out.append("</ul>")
    out.append('<h2>Sources</h2><ol class="notes">')
    for n in d.notes:
        url = f', <a href="{escape(n.doc.url)}">{escape(n.doc.url)}</a>' if n.doc.url and n.doc.url.startswith(("http://", "https://")) else ""
        out.append(f'<li id="fn{n.n}" value="{n.n}">{escape(n.doc.citation())}{url} '
                   f'({escape(n.doc.id)}, characters {n.source["start"]}–{n.source["end"]})</li>')
    out.append("</ol></article>")
    return "\n".join(out)


def write(view: ExportView, sink: Sink, options: ExportOptions) -> ExportReport:
    ds = dossiers(view, options)
    title = ds[0].person.name if len(ds) == 1 else "Dossiers"
    body = "\n".join(article(d) for d in ds) or "<p>No claims to export.</p>"
    with sink.open("dossier.html") as out:
        out.write(f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>'
                  f"<style>{STYLE}</style></head>\n<body>\n{body}\n</body></html>\n")
    return ExportReport(format="dossier-html", records=len(ds), unit="dossiers", files=["dossier.html"])
