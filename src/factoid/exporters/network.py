"""The people network shared by the GEXF and GraphML formats (networkx).

Nodes are the exported people (name, lifespan, claim count) and the people their relations
name; edges are typed (``family``, ``successor``, ``killed by``, ``mentioned with``) and
carry their evidence: the quotes and the citations of the claims that make them, and how sure
the knowledge base is. A multigraph, so two people linked in two ways keep both edges.
"""

from __future__ import annotations

import networkx as nx

from factoid.exporters.common import xml_safe
from factoid.exporters.view import ExportView, Relation

__all__ = ["graph"]


def _edge_attrs(view: ExportView, r: Relation) -> dict[str, object]:
    attrs: dict[str, object] = {"relation": r.kind, "label": f"{r.kind} ({r.property})" if r.kind == "family" else r.kind, "property": r.property, "weight": r.weight}
    if r.confidence is not None:
        attrs["confidence"] = r.confidence
    if r.office:
        attrs["office"] = r.office
    if r.evidence:
        attrs["evidence"] = " | ".join(x["quote"] for x in r.evidence)
        attrs["sources"] = " | ".join(f"{view.document(x['document']).citation()} [{x['document']}:{x['start']}-{x['end']}]"
                                      for x in r.evidence)
    return attrs


def _add_person(g: nx.MultiDiGraph, view: ExportView, node: str) -> None:
    if node in g:
        return
    p = view.persons.get(node)
    if p is None:
        g.add_node(node, label=xml_safe(node.removeprefix("name:")), kind="named", lifespan="", claims=0)
        return
    g.add_node(node, label=xml_safe(p.name), kind="person", lifespan=p.lifespan, birth=p.birth or "", death=p.death or "",
               claims=p.claims, documents=p.documents)


def _safe(attrs: dict[str, object]) -> dict[str, object]:
    return {k: xml_safe(v) if isinstance(v, str) else v for k, v in attrs.items()}


def graph(view: ExportView) -> nx.MultiDiGraph:
    """The network of the view, nodes and edges in a stable order (text XML-safe: both
    formats are XML)."""
    g = nx.MultiDiGraph(name="factoid people network")
    for p in view.people:
        _add_person(g, view, p.id)
    for r in view.relations:
        _add_person(g, view, r.source)
        _add_person(g, view, r.target)
        g.add_edge(r.source, r.target, key=f"{r.kind}:{r.property}", **_safe(_edge_attrs(view, r)))
    return g
