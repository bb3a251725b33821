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
# # 03 The co-occurrence network, period by period
#
# **Question:** in a given period, which leaders and countries are mentioned together more often
# than chance, and how tightly?
#
# Nodes are leaders and countries (size: articles mentioning them in the period, from
# `entity_counts`); edges are the pairs of `cooccurrence` that the job flagged `significant`
# (G2 and count thresholds of the run), weighted and coloured by the job's `npmi`. The slider
# moves through the periods, the menu keeps one kind of pair (e.g. leader-country only); hover a
# node or the dot in the middle of an edge for its counts and scores.

# %% tags=["parameters"]
table_root = "../out"    # output root of a run: a folder, or a URI such as s3://bucket/newsgraph
granularity = "year"     # week, month, year or all
period = "2023"          # period shown first, e.g. 2023 (year), 2023-09 (month), 2023-W37 (week), all
periods = None           # periods on the slider: None for every period with pairs, or a list such as ["2022", "2023"]
unit = "article"         # article or sentence: the unit in which two mentions count as together
node_types = ["leader", "country"]
significant_only = True  # keep only the pairs the job flagged significant
min_npmi = 0.0           # and only those with npmi above this
max_edges = 80           # strongest edges kept per period (by npmi) so the picture stays readable
# Entities of interest, outlined in red: names (or entity ids), resolved with tables.find()
focus = ["Kim Jong Un", "Vladimir Putin"]

# %%
import itertools

import networkx as nx
import numpy as np
import pandas as pd
import plotly.graph_objects as go
from IPython.display import display
from plotly.colors import sample_colorscale

import ngtables
from ngtables import Tables, require

ngtables.interactive()  # plotly figures, plotly.js embedded (the HTML works offline); hover for the numbers
tables = Tables(table_root)
focus = [tables.entity_id(name, types=node_types) for name in focus]

# %%
pairs = tables.read("cooccurrence", granularity=granularity, unit=unit, type_a=node_types, type_b=node_types)
require(pairs, ["period", "entity_a", "entity_b", "name_a", "name_b", "n_ab", "npmi", "g2", "significant"],
        f"{'-'.join(node_types)} pairs by {granularity}")
if periods is not None:
    pairs = pairs[pairs.period.isin(periods)]
edges = pairs[pairs.npmi > min_npmi]
if significant_only:
    edges = edges[edges.significant]
edges = (edges.sort_values("npmi", ascending=False).groupby("period", group_keys=False).head(max_edges)
         .sort_values(["period_start", "npmi"], ascending=[True, False]))
shown = edges.drop_duplicates("period").sort_values("period_start", na_position="last").period.tolist()
assert period in shown, (f"no {'significant ' if significant_only else ''}pair with npmi > {min_npmi} in {period}; "
                         f"periods with some: {', '.join(shown)}")
print(f"{len(pairs)} {'/'.join(node_types)} pairs by {granularity} (unit {unit}) in {pairs.period.nunique()} periods, "
      f"{int(pairs.significant.sum())} significant; drawing {len(edges)} in {len(shown)} periods")

counts = tables.read("entity_counts", granularity=granularity, unit=unit, entity_type=node_types, period=shown)
counts = require(counts, ["period", "entity_id", "entity_name", "entity_type", "n_a", "n"], f"entity_counts by {granularity}")
counts = counts.set_index(["period", "entity_id"])

# %%
def graph_of(p):
    """The drawn network of one period: its edges, nodes with name, type and articles."""
    graph = nx.Graph()
    for row in edges[edges.period == p].itertuples():
        graph.add_edge(row.entity_a, row.entity_b, **row._asdict())
    for node in graph.nodes:
        assert (p, node) in counts.index, f"{node} has pairs but no entity_counts row in {p}"
        c = counts.loc[(p, node)]
        graph.nodes[node].update(name=c.entity_name, type=c.entity_type, articles=int(c.n_a), n=int(c.n))
    return graph


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


graphs = {p: graph_of(p) for p in shown}
positions = {p: layout(g) for p, g in graphs.items()}
for p, g in graphs.items():
    assert len(positions[p]) == g.number_of_nodes()
print(f"{period}: {graphs[period].number_of_nodes()} nodes, {graphs[period].number_of_edges()} edges, "
      f"{nx.number_connected_components(graphs[period])} connected groups")

# %% [markdown]
# ## The network
#
# Slider: the period. Menu: which pairs (both types, or one kind of pair); the node positions are
# the period's, whatever kind is shown. Node size: articles mentioning the entity in the period;
# red outline: an entity of interest. Edge width and colour: NPMI.

# %%
type_colors = {"leader": "#9467bd", "country": "#1f77b4", "topic": "#ff7f0e", "discovered_topic": "#2ca02c"}
# Views of the menu: every pair, then each kind of pair (leader-leader, leader-country, ...).
kinds = list(itertools.combinations_with_replacement(node_types, 2))
views = [("all pairs", None)] + [(f"{a}-{b} pairs", frozenset([a, b])) for a, b in kinds]
bins = [(min_npmi, 0.4, 1.5), (0.4, 0.7, 3.5), (0.7, 1.01, 6.5)]  # npmi from, to, line width
max_articles = counts.n_a.max()


def edge_kind(graph, a, b):
    return frozenset([graph.nodes[a]["type"], graph.nodes[b]["type"]])


def traces(p, view):
    """The traces of one view of one period: edges in npmi bins, edge hover dots, nodes."""
    graph, pos = graphs[p], positions[p]
    chosen = [e for e in graph.edges if view is None or edge_kind(graph, *e) == view]
    out = []
    for low, high, width in bins:
        xs, ys = [], []
        for a, b in chosen:
            if low <= graph.edges[a, b]["npmi"] < high:
                xs += [pos[a][0], pos[b][0], None]
                ys += [pos[a][1], pos[b][1], None]
        colour = sample_colorscale("Viridis_r", [min(1.0, max(0.0, (low + high) / 2))])[0]
        out.append(go.Scatter(x=xs, y=ys, mode="lines", line=dict(width=width, color=colour), opacity=0.7,
                              hoverinfo="skip", showlegend=False))
    mid = [((pos[a] + pos[b]) / 2, graph.edges[a, b]) for a, b in chosen]
    out.append(go.Scatter(
        x=[m[0][0] for m in mid], y=[m[0][1] for m in mid], mode="markers", showlegend=False,
        marker=dict(size=7, color=[m[1]["npmi"] for m in mid], colorscale="Viridis_r", cmin=0, cmax=1, opacity=0.8,
                    colorbar=dict(title="NPMI", len=0.5, y=0.75)),
        hovertext=[f"<b>{e['name_a']} - {e['name_b']}</b> {p}<br>{e['n_ab']} {unit}s mention both "
                   f"(of {e['n']}; {e['n_a']} and {e['n_b']} each)<br>NPMI {e['npmi']:.3f}, G2 {e['g2']:.1f}, "
                   f"lift {e['lift']:.2f}" + (", significant" if e["significant"] else "") for _, e in mid],
        hoverinfo="text"))
    nodes = list(graph.nodes) if view is None else sorted({n for e in chosen for n in e})
    info = [graph.nodes[n] for n in nodes]
    out.append(go.Scatter(
        x=[pos[n][0] for n in nodes], y=[pos[n][1] for n in nodes], mode="markers+text", showlegend=False,
        text=[i["name"] for i in info], textposition="bottom center",
        textfont=dict(size=[12 if n in focus else 10 for n in nodes]),
        marker=dict(size=[10 + 30 * np.sqrt(i["articles"] / max_articles) for i in info],
                    color=[type_colors.get(i["type"], "gray") for i in info],
                    line=dict(color=["red" if n in focus else "white" for n in nodes],
                              width=[3 if n in focus else 1 for n in nodes])),
        hovertext=[f"<b>{i['name']}</b> ({n}, {i['type']}) {p}<br>{i['articles']} of {i['n']} {unit}s "
                   f"({i['articles'] / i['n']:.1%})<br>{graph.degree[n]} pairs drawn" for n, i in zip(nodes, info)],
        hoverinfo="text"))
    return out


per_view = len(bins) + 2


def frame_data(p):
    return [t for _, view in views for t in traces(p, view)]


def frame_layout(p):
    xy = np.array(list(positions[p].values()))
    (x0, y0), (x1, y1) = xy.min(axis=0), xy.max(axis=0)
    g = graphs[p]
    return dict(xaxis=dict(range=[x0 - 0.8, x1 + 0.8]), yaxis=dict(range=[y0 - 0.8, y1 + 0.5]),
                title=dict(text=f"Leaders and countries mentioned together, {p} (unit {unit}): {g.number_of_edges()} "
                                f"{'significant ' if significant_only else ''}pairs with NPMI > {min_npmi:g}, "
                                f"{g.number_of_nodes()} entities"))


def visible(index):
    return [i // per_view == index for i in range(per_view * len(views))]


fig = go.Figure(data=frame_data(period), frames=[go.Frame(name=p, data=frame_data(p), layout=frame_layout(p)) for p in shown])
for i, trace in enumerate(fig.data):
    trace.visible = visible(0)[i]
# Legend of node types: invisible one-point traces outside every frame's data
for t in node_types:
    fig.add_scatter(x=[None], y=[None], mode="markers", name=f"{t} (size: {unit}s)",
                    marker=dict(size=12, color=type_colors.get(t, "gray")))
fig.add_scatter(x=[None], y=[None], mode="markers", name="entity of interest",
                marker=dict(size=12, color="white", line=dict(color="red", width=3)))
n_legend = len(node_types) + 1
fig.update_layout(
    **frame_layout(period), height=760, plot_bgcolor="white", hovermode="closest",
    legend=dict(orientation="h", y=-0.02, x=0),
    updatemenus=[dict(type="dropdown", x=0, y=1.08, xanchor="left", showactive=True, active=0,
                      buttons=[dict(label=label, method="restyle",
                                    args=[{"visible": visible(k) + [True] * n_legend}])
                               for k, (label, _) in enumerate(views)])],
    sliders=[dict(active=shown.index(period), currentvalue=dict(prefix=f"{granularity}: "), pad=dict(t=40),
                  steps=[dict(label=p, method="animate",
                              args=[[p], dict(mode="immediate", frame=dict(duration=0, redraw=True),
                                              transition=dict(duration=0))])
                         for p in shown])])
fig.update_xaxes(visible=False)
fig.update_yaxes(visible=False, scaleanchor="x", scaleratio=1)
fig.show()

# %% [markdown]
# ## The edges of the first period, strongest first
#
# `n_ab`: units mentioning both; `n_a`, `n_b`: each; `npmi` in [-1, 1]; `g2`: Dunning's
# log-likelihood (10.83 = p < 0.001).

# %%
display(edges[edges.period == period][["name_a", "name_b", "n_ab", "n_a", "n_b", "n", "npmi", "g2", "lift"]]
        .reset_index(drop=True).round(3))
graph = graphs[period]
for entity in focus:
    if entity in graph:
        near = sorted(graph[entity], key=lambda o: -graph.edges[entity, o]["npmi"])
        print(f"{graph.nodes[entity]['name']}: " + ", ".join(
            f"{graph.nodes[o]['name']} ({graph.edges[entity, o]['npmi']:.2f})" for o in near))
    else:
        print(f"{entity}: no significant pair in {period}")
