"""GEXF 1.2 (Gephi's own format) of the people network; see :mod:`factoid.exporters.network`.

The file's modification date is the latest retrieval date of its sources, not today: the same
knowledge base exports the same bytes."""

from __future__ import annotations

from networkx.readwrite.gexf import GEXFWriter

from factoid.exporters import ExportOptions, ExportReport, Sink
from factoid.exporters.network import graph
from factoid.exporters.view import ExportView

__all__ = ["write"]


def write(view: ExportView, sink: Sink, options: ExportOptions) -> ExportReport:
    g = graph(view)
    writer = GEXFWriter(encoding="utf-8", prettyprint=True)
    writer.add_graph(g)
    meta = writer.xml.find("meta")
    if meta is not None:  # the same knowledge base gives the same file: no clock in it
        meta.set("lastmodifieddate", max((d.retrieved for d in view.cited() if d.retrieved), default="1970-01-01"))
        creator = meta.find("creator")
        if creator is not None:
            creator.text = "factoid (NetworkX)"
    with sink.open("factoid.gexf") as out:
        out.write(str(writer))
    return ExportReport(format="gexf", records=g.number_of_nodes() + g.number_of_edges(), unit="nodes and edges",
                        files=["factoid.gexf"])
