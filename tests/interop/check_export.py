#!/usr/bin/python3
"""Loads a kg export with another tool and compares it with what the store holds.

  check_export.py MODE FILE EXPECTED.json

MODE: graphml-networkx, graphml-igraph, json-networkx (networkx.node_link_graph), or svg-text
(FILE is an SVG: every expected node label must appear as a <text>). EXPECTED is written by the
C++ test from the store: {"nodes": {id: {label, type, mention_count}}, "edges": [{source, target,
relation, count, weight, first_date, last_date, modalities}]}. Prints "ok" and exits 0, or
prints the differences and exits 1. Needs Debian's python3-networkx, python3-igraph, python3-lxml.
"""
import json
import re
import sys

XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def clean(text):
    return XML_FORBIDDEN.sub("", text)


def load_networkx_graphml(path):
    import networkx as nx
    g = nx.read_graphml(path)
    nodes = {n: d for n, d in g.nodes(data=True)}
    edges = [(s, t, d) for s, t, d in g.edges(data=True)]
    return nodes, edges


def load_igraph_graphml(path):
    import igraph
    g = igraph.Graph.Read_GraphML(path)
    ids = g.vs["id"]
    nodes = {v["id"]: v.attributes() for v in g.vs}
    edges = [(ids[e.source], ids[e.target], e.attributes()) for e in g.es]
    return nodes, edges


def load_node_link(path):
    import networkx as nx
    with open(path, encoding="utf-8") as f:
        g = nx.node_link_graph(json.load(f))
    assert g.is_directed() and g.is_multigraph(), "expected a directed multigraph"
    nodes = {n: d for n, d in g.nodes(data=True)}
    edges = [(s, t, d) for s, t, d in g.edges(data=True)]
    return nodes, edges


def same(a, b):
    if isinstance(b, (int, float)) and not isinstance(b, bool):
        try:
            return abs(float(a) - float(b)) < 1e-9
        except (TypeError, ValueError):
            return False
    return a == b


def compare(nodes, edges, expected, xml):
    problems = []
    if len(nodes) != len(expected["nodes"]):
        problems.append(f"{len(nodes)} nodes, expected {len(expected['nodes'])}")
    if len(edges) != len(expected["edges"]):
        problems.append(f"{len(edges)} edges, expected {len(expected['edges'])}")
    for node_id, want in expected["nodes"].items():
        got = nodes.get(node_id)
        if got is None:
            problems.append(f"node {node_id} missing")
            continue
        for key, value in want.items():
            if xml and isinstance(value, str):
                value = clean(value)
            if not same(got.get(key), value):
                problems.append(f"node {node_id} {key}: {got.get(key)!r} != {value!r}")
    by_key = {(s, t, d.get("relation")): d for s, t, d in edges}
    for want in expected["edges"]:
        key = (want["source"], want["target"], want["relation"])
        got = by_key.get(key)
        if got is None:
            problems.append(f"edge {key} missing")
            continue
        for name in ("label", "count", "weight", "first_date", "last_date", "modalities"):
            value = want.get(name)
            if value is None:
                continue
            if name == "modalities" and xml:
                value = json.dumps(value, separators=(",", ":"))
            if not same(got.get(name), value):
                problems.append(f"edge {key} {name}: {got.get(name)!r} != {value!r}")
    return problems


def svg_texts(path):
    from lxml import etree
    tree = etree.parse(path)
    return {"".join(t.itertext()) for t in tree.iter("{http://www.w3.org/2000/svg}text")}


def main():
    mode, path, expected_path = sys.argv[1:4]
    with open(expected_path, encoding="utf-8") as f:
        expected = json.load(f)
    if mode == "svg-text":
        texts = svg_texts(path)
        problems = [f"no text {clean(n['label'])!r}" for n in expected["nodes"].values()
                    if clean(n["label"]) not in texts]
    else:
        loader = {"graphml-networkx": load_networkx_graphml,
                  "graphml-igraph": load_igraph_graphml,
                  "json-networkx": load_node_link}[mode]
        nodes, edges = loader(path)
        problems = compare(nodes, edges, expected, xml=mode.startswith("graphml"))
    print("\n".join(problems) if problems else "ok")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
