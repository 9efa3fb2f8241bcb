"""GraphML of the people network (yEd, Cytoscape, Gephi); see :mod:`factoid.exporters.network`."""

from __future__ import annotations

import networkx as nx

from factoid.exporters import ExportOptions, ExportReport, Sink
from factoid.exporters.network import graph
from factoid.exporters.view import ExportView

__all__ = ["write"]


def write(view: ExportView, sink: Sink, options: ExportOptions) -> ExportReport:
    g = graph(view)
    with sink.open("factoid.graphml") as out:
        for line in nx.generate_graphml(g, prettyprint=True, named_key_ids=True):
            out.write(line + "\n")
    return ExportReport(format="graphml", records=g.number_of_nodes() + g.number_of_edges(), unit="nodes and edges",
                        files=["factoid.graphml"])
