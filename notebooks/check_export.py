"""Checks `jobs/newsgraph export` end to end on a run's tables (issue 23).

    notebooks/.venv/bin/python notebooks/check_export.py --tables target/notebook-run [--out target/export-check]

Runs the export of one month (2023-09 unless --period says another) three times, once per format
and each with another choice of pairs, and reads each file back the way an analyst would:
  - GEXF, all pairs of unit article: networkx.read_gexf;
  - GraphML, --significant-only: networkx.read_graphml;
  - CSV, --window sentence: pandas.read_csv of NAME-nodes.csv and NAME-edges.csv.
The expected nodes and edges are derived here, independently of the Java code, with DuckDB over the
Parquet files of the table versions the root's _manifest.json names: the edges are the cooccurrence
rows of the month and unit (significant ones only, for the GraphML), the nodes the entities those
rows name; each node's n_a is its entity_counts row, each leader's country the country_of of most
of the month's articles that mention them (ties: the first id). Also: a month without rows exits
with code 2 naming the nearest months, and an unknown format is a usage error (code 2).
Prints one line per check; exits 1 naming each problem. run_all.sh calls it after check_tables.py.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys

import duckdb
import networkx as nx
import pandas as pd
from deltalake import DeltaTable

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
problems: list[str] = []


def say(message: str) -> None:
    print(f"[check_export] {message}", file=sys.stderr)


def expect(what: str, got, want) -> None:
    if got != want:
        problems.append(f"{what}: got {got!r}, expected {want!r}")


def source(root: str, table: str) -> str:
    """A DuckDB relation over the Parquet files of the table version the manifest names."""
    with open(os.path.join(root, "_manifest.json"), encoding="utf-8") as f:
        version = json.load(f)["tables"][table]["version"]
    files = [u[len("file://"):] if u.startswith("file://") else u
             for u in DeltaTable(os.path.join(root, table), version=version).file_uris()]
    return f"read_parquet({files!r}, hive_partitioning = true)"


def expected(root: str, period: str, unit: str, significant_only: bool):
    """(edges as {(a, b): row}, nodes as {id: row}) of the month, from the tables with DuckDB."""
    pairs = duckdb.sql(f"""
        SELECT entity_a, entity_b, name_a, name_b, type_a, type_b, n_ab, npmi, g2, significant
        FROM {source(root, 'cooccurrence')}
        WHERE granularity = 'month' AND period = '{period}' AND unit = '{unit}'
          {'AND significant' if significant_only else ''}""").df()
    edges = {(r.entity_a, r.entity_b): r for r in pairs.itertuples()}
    ends = pd.concat([
        pairs[["entity_a", "name_a", "type_a"]].set_axis(["entity_id", "name", "type"], axis=1),
        pairs[["entity_b", "name_b", "type_b"]].set_axis(["entity_id", "name", "type"], axis=1)]).drop_duplicates()
    counts = duckdb.sql(f"""
        SELECT entity_id, n_a FROM {source(root, 'entity_counts')}
        WHERE granularity = 'month' AND period = '{period}' AND unit = '{unit}'""").df()
    start = dt.date.fromisoformat(period + "-01")
    end = (start + dt.timedelta(days=32)).replace(day=1)
    countries = duckdb.sql(f"""
        SELECT entity_id, country_of AS country
        FROM (SELECT entity_id, country_of, row_number() OVER (
                     PARTITION BY entity_id ORDER BY count(DISTINCT article_id) DESC, country_of) AS rank
              FROM {source(root, 'mentions')}
              WHERE entity_type = 'leader' AND country_of IS NOT NULL
                AND published_at >= TIMESTAMPTZ '{start} 00:00:00+00'
                AND published_at < TIMESTAMPTZ '{end} 00:00:00+00'
              GROUP BY entity_id, country_of)
        WHERE rank = 1""").df()
    nodes = ends.merge(counts, on="entity_id", how="left").merge(countries, on="entity_id", how="left")
    return edges, {r.entity_id: r for r in nodes.itertuples()}


def export(root: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([os.path.join(ROOT, "jobs", "newsgraph"), "export", "--tables", root, *args],
                          capture_output=True, text=True, cwd=ROOT)


def run_export(root: str, *args: str) -> None:
    p = export(root, *args)
    if p.returncode != 0:
        raise SystemExit(f"[check_export] export {' '.join(args)} failed with code {p.returncode}:\n{p.stderr[-3000:]}")
    say(p.stdout.strip().splitlines()[-1])


def check_graph(g: nx.Graph, what: str, edges: dict, nodes: dict) -> None:
    expect(f"{what}: nodes", g.number_of_nodes(), len(nodes))
    expect(f"{what}: edges", g.number_of_edges(), len(edges))
    expect(f"{what}: node ids", set(g.nodes), set(nodes))
    expect(f"{what}: edges", {tuple(sorted(e)) for e in g.edges}, set(edges))
    for (a, b), row in edges.items():
        if not g.has_edge(a, b):
            continue
        data = g.edges[a, b]
        expect(f"{what}: n_ab of {a} -- {b}", data.get("n_ab"), int(row.n_ab))
        expect(f"{what}: weight of {a} -- {b}", data.get("weight"), float(row.n_ab))
        expect(f"{what}: significant of {a} -- {b}", data.get("significant"), bool(row.significant))
        if abs(data.get("npmi", float("nan")) - row.npmi) > 1e-12:
            problems.append(f"{what}: npmi of {a} -- {b} is {data.get('npmi')}, the table has {row.npmi}")
    for node, row in nodes.items():
        if node not in g:
            continue
        data = g.nodes[node]
        expect(f"{what}: label of {node}", data.get("label"), row.name)
        expect(f"{what}: type of {node}", data.get("type"), row.type)
        expect(f"{what}: n_a of {node}", data.get("n_a"), int(row.n_a))
        want = row.country if row.type == "leader" and isinstance(row.country, str) else None
        expect(f"{what}: country of {node}", data.get("country"), want)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tables", required=True, help="a local table root of a newsgraph run")
    parser.add_argument("--out", default=os.path.join(ROOT, "target", "export-check"), help="where the files go")
    parser.add_argument("--period", default="2023-09", help="a month of the run (yyyy-MM)")
    args = parser.parse_args()
    root, out, month = os.path.abspath(args.tables), os.path.abspath(args.out), args.period
    os.makedirs(out, exist_ok=True)

    # GEXF: every pair of the month (unit article)
    run_export(root, "--period", month, "--format", "gexf", "--to", os.path.join(out, "net.gexf"))
    edges, nodes = expected(root, month, "article", significant_only=False)
    if not edges:
        problems.append(f"the tables have no pair in {month}: nothing to compare")
    g = nx.read_gexf(os.path.join(out, "net.gexf"))
    check_graph(g, "GEXF", edges, nodes)
    leaders = [n for n, r in nodes.items() if r.type == "leader"]
    if not any(isinstance(g.nodes[n].get("country"), str) for n in leaders if n in g):
        problems.append(f"GEXF: no leader of {month} has a country")
    say(f"GEXF {month}: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges, {len(leaders)} leaders")

    # GraphML: the significant pairs only (and only the nodes they connect)
    run_export(root, "--period", month, "--granularity", "month", "--significant-only",
               "--to", os.path.join(out, "net.graphml"))
    edges, nodes = expected(root, month, "article", significant_only=True)
    g = nx.read_graphml(os.path.join(out, "net.graphml"))
    check_graph(g, "GraphML", edges, nodes)
    expect("GraphML: graph values", {k: g.graph.get(k) for k in ("granularity", "period", "unit", "significant_only")},
           {"granularity": "month", "period": month, "unit": "article", "significant_only": True})
    say(f"GraphML {month} significant only: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges")

    # CSV: unit sentence, two files
    run_export(root, "--period", month, "--window", "sentence", "--format", "csv", "--to", os.path.join(out, "net"))
    edges, nodes = expected(root, month, "sentence", significant_only=False)
    node_rows = pd.read_csv(os.path.join(out, "net-nodes.csv"), dtype={"id": str, "label": str},
                            keep_default_na=False)
    edge_rows = pd.read_csv(os.path.join(out, "net-edges.csv"), dtype={"source": str, "target": str})
    expect("CSV: node ids", sorted(node_rows["id"]), sorted(nodes))
    expect("CSV: labels", dict(zip(node_rows["id"], node_rows["label"])), {k: r.name for k, r in nodes.items()})
    expect("CSV: n_a", dict(zip(node_rows["id"], node_rows["n_a"])), {k: int(r.n_a) for k, r in nodes.items()})
    expect("CSV: edges", sorted(zip(edge_rows["source"], edge_rows["target"])), sorted(edges))
    expect("CSV: n_ab", dict(zip(zip(edge_rows["source"], edge_rows["target"]), edge_rows["n_ab"])),
           {k: int(r.n_ab) for k, r in edges.items()})
    say(f"CSV {month} unit sentence: {len(node_rows)} nodes, {len(edge_rows)} edges")

    # mistakes: a month without rows (exit 2, one line naming it), a format that does not exist
    p = export(root, "--period", "1999-01", "--to", os.path.join(out, "none.gexf"))
    lines = p.stderr.strip().splitlines()
    expect("a month without rows: exit code", p.returncode, 2)
    if not lines or "1999-01" not in lines[-1] or "nearest" not in lines[-1]:
        problems.append(f"a month without rows: the last line should name it and the nearest months: {lines[-1:]}")
    if os.path.exists(os.path.join(out, "none.gexf")):
        problems.append("a month without rows left a file")
    p = export(root, "--period", month, "--format", "xml", "--to", os.path.join(out, "net.xml"))
    expect("--format xml: exit code", p.returncode, 2)
    say(f"a month without rows: code 2, '{lines[-1] if lines else ''}'")

    for problem in problems:
        say(problem)
    say("ok" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
