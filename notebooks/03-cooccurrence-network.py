# ---
# jupyter:
#   jupytext:
#     cell_metadata_filter: tags,-all
#     formats: ipynb,py:percent
#     notebook_metadata_filter: kernelspec,jupytext
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 03 The co-occurrence network of a period
#
# **Question:** in a given period, which leaders and countries are mentioned together more often
# than chance, and how tightly?
#
# Nodes are leaders and countries (size: articles mentioning them in the period, from
# `entity_counts`); edges are the pairs of `cooccurrence` that the job flagged `significant`
# (G2 and count thresholds of the run), weighted and coloured by the job's `npmi`.

# %% tags=["parameters"]
table_root = "../out"    # output root of a run: a folder, or a URI such as s3://bucket/newsgraph
granularity = "year"     # week, month, year or all
period = "2023"          # e.g. 2023 (year), 2023-09 (month), 2023-W37 (week), all
unit = "article"         # article or sentence: the unit in which two mentions count as together
node_types = ["leader", "country"]
significant_only = True  # keep only the pairs the job flagged significant
min_npmi = 0.0           # and only those with npmi above this
max_edges = 80           # strongest edges kept (by npmi) so the picture stays readable
# Entities of interest, outlined in red: Kim Jong Un, Vladimir Putin
focus = ["leader:Q56226", "leader:Q7747"]

# %%
import itertools

import matplotlib.pyplot as plt
import networkx as nx
import numpy as np
import pandas as pd
from matplotlib.lines import Line2D
from IPython.display import display

from ngtables import Tables, period_filter, require

tables = Tables(table_root)

# %%
pairs = tables.read("cooccurrence", **period_filter(granularity, period), unit=unit,
                    type_a=node_types, type_b=node_types)
require(pairs, ["entity_a", "entity_b", "name_a", "name_b", "n_ab", "npmi", "g2", "significant"],
        f"{'-'.join(node_types)} pairs in {period}")
edges = pairs[pairs.npmi > min_npmi]
if significant_only:
    edges = edges[edges.significant]
edges = edges.nlargest(max_edges, "npmi")
require(edges, [], f"significant pairs with npmi > {min_npmi} in {period} ({len(pairs)} pairs before filtering)")
print(f"{len(pairs)} {'/'.join(node_types)} pairs in {period} (unit {unit}), "
      f"{int(pairs.significant.sum())} significant; drawing {len(edges)}")

counts = tables.read("entity_counts", **period_filter(granularity, period), unit=unit, entity_type=node_types)
counts = require(counts, ["entity_id", "entity_name", "entity_type", "n_a", "n"], f"entity_counts in {period}").set_index("entity_id")

# %%
graph = nx.Graph()
for row in edges.itertuples():
    graph.add_edge(row.entity_a, row.entity_b, npmi=row.npmi, n_ab=row.n_ab)
for node in graph.nodes:
    assert node in counts.index, f"{node} has pairs but no entity_counts row in {period}"
    graph.nodes[node].update(name=counts.at[node, "entity_name"], type=counts.at[node, "entity_type"],
                             articles=int(counts.at[node, "n_a"]))
print(f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges, "
      f"{nx.number_connected_components(graph)} connected groups")


def layout(graph, gap=(0.95, 0.42), row_width=9.0):
    """Kamada-Kawai layout of each connected group (even spacing within a group), groups packed
    left to right in rows, then nodes pushed apart until no two label boxes (about gap wide and
    high, a node with its label under it) overlap. Units: a group of k nodes spans about sqrt(k)."""
    groups = sorted(nx.connected_components(graph), key=lambda g: (-len(g), sorted(g)))
    pos, x, y, row_height = {}, 0.0, 0.0, 0.0
    for group in groups:
        sub = graph.subgraph(group)
        scale = 0.6 * np.sqrt(len(group))
        p = nx.kamada_kawai_layout(sub, weight=None, scale=scale) if len(group) > 1 else {next(iter(group)): np.zeros(2)}
        xy = np.array(list(p.values()))
        lo, hi = xy.min(axis=0), xy.max(axis=0)
        if x > 0 and x + (hi - lo)[0] > row_width:  # next row
            x, y, row_height = 0.0, y - row_height - 1.0, 0.0
        for node, v in p.items():
            pos[node] = np.array([v[0] - lo[0] + x, v[1] - hi[1] + y])
        x += (hi - lo)[0] + 1.2
        row_height = max(row_height, (hi - lo)[1])
    nodes, gap = list(pos), np.array(gap)
    for _ in range(500):
        moved = False
        for a, b in itertools.combinations(nodes, 2):
            d = pos[b] - pos[a]
            overlap = gap - np.abs(d)
            if (overlap > 0).all():  # boxes overlap: separate along the axis that needs the smaller move
                axis = int(np.argmin(overlap / gap))
                step = np.zeros(2)
                step[axis] = (overlap[axis] / 2 + 1e-3) * (1 if d[axis] >= 0 else -1)
                pos[a], pos[b] = pos[a] - step, pos[b] + step
                moved = True
        if not moved:
            break
    return pos


pos = layout(graph)
assert len(pos) == graph.number_of_nodes()

# %% [markdown]
# ## The network

# %%
type_colors = {"leader": "#9467bd", "country": "#1f77b4", "topic": "#ff7f0e"}
fig, ax = plt.subplots(figsize=(15, 10))
npmi = np.array([graph.edges[e]["npmi"] for e in graph.edges])
cmap, norm = plt.cm.viridis_r, plt.Normalize(vmin=max(0.0, min_npmi), vmax=1.0)
nx.draw_networkx_edges(graph, pos, ax=ax, width=0.5 + 4.5 * npmi, edge_color=npmi, edge_cmap=cmap,
                       edge_vmin=norm.vmin, edge_vmax=norm.vmax, alpha=0.75)
nodes = list(graph.nodes)
sizes = [80 + 900 * graph.nodes[n]["articles"] / counts.n_a.max() for n in nodes]
nx.draw_networkx_nodes(graph, pos, ax=ax, nodelist=nodes, node_size=sizes,
                       node_color=[type_colors.get(graph.nodes[n]["type"], "gray") for n in nodes],
                       edgecolors=["red" if n in focus else "white" for n in nodes],
                       linewidths=[3 if n in focus else 1 for n in nodes])
for n in nodes:
    x, y = pos[n]
    ax.annotate(graph.nodes[n]["name"], (x, y), xytext=(0, -np.sqrt(sizes[nodes.index(n)]) / 2 - 2),
                textcoords="offset points", ha="center", va="top", fontsize=9,
                fontweight="bold" if n in focus else "normal",
                bbox=dict(boxstyle="round,pad=0.15", fc="white", ec="none", alpha=0.7))
sm = plt.cm.ScalarMappable(cmap=cmap, norm=norm)
fig.colorbar(sm, ax=ax, shrink=0.6, pad=0.01, label="NPMI of the pair (edge colour and width)")
legend = [Line2D([], [], ls="", marker="o", ms=11, mfc=type_colors[t], mec="white", label=f"{t} (size: articles)")
          for t in node_types if t in type_colors]
legend += [Line2D([], [], ls="", marker="o", ms=11, mfc="white", mec="red", mew=3, label="entity of interest")]
legend += [Line2D([], [], color=cmap(norm(v)), lw=0.5 + 4.5 * v, label=f"NPMI {v:.1f}") for v in (0.3, 0.6, 0.9)]
ax.legend(handles=legend, loc="upper left", bbox_to_anchor=(0, -0.01), ncol=6, frameon=False, fontsize=9)
ax.set_title(f"Leaders and countries mentioned together, {period} (unit {unit}): {len(edges)} "
             f"{'significant ' if significant_only else ''}pairs with NPMI > {min_npmi:g}", fontsize=13)
ax.margins(0.08)
ax.axis("off")
plt.tight_layout()
plt.show()

# %% [markdown]
# ## The edges, strongest first
#
# `n_ab`: units mentioning both; `n_a`, `n_b`: each; `npmi` in [-1, 1]; `g2`: Dunning's
# log-likelihood (10.83 = p < 0.001).

# %%
display(edges[["name_a", "name_b", "n_ab", "n_a", "n_b", "n", "npmi", "g2", "lift"]].reset_index(drop=True).round(3))
for entity in focus:
    if entity in graph:
        near = sorted(graph[entity], key=lambda o: -graph.edges[entity, o]["npmi"])
        print(f"{graph.nodes[entity]['name']}: " + ", ".join(
            f"{graph.nodes[o]['name']} ({graph.edges[entity, o]['npmi']:.2f})" for o in near))
    else:
        print(f"{entity}: no significant pair in {period}")
