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
# # 04 Countries x topics
#
# **Question:** which topics is each country in the news with in a period, and what changed
# against the period before?
#
# A cell is the share of the period's articles that mention both the country and the topic:
# `n_ab / n` of the country-topic pair in `cooccurrence` (unit article; the label is `n_ab`).
# Pairs absent from the table were never mentioned together: 0. The previous period is the latest
# earlier period with articles in `entity_counts`.

# %% tags=["parameters"]
table_root = "../out"    # output root of a run: a folder, or a URI such as s3://bucket/newsgraph
granularity = "year"     # week, month or year
period = "2023"          # e.g. 2023 (year), 2023-09 (month), 2023-W37 (week)
previous = None          # period to compare with; None: the latest earlier period with articles
unit = "article"         # article or sentence
topic_type = "topic"     # entity type of the topics (the curated taxonomy)
top_countries = 15       # rows: countries with the most co-mentions in the two periods
top_topics = 12          # columns: topics likewise
# Countries of interest, always shown: names (or entity ids), resolved with tables.find()
countries = ["North Korea", "Russia"]

# %%
import numpy as np
import pandas as pd
import plotly.graph_objects as go
from IPython.display import display
from plotly.subplots import make_subplots

import ngtables
from ngtables import Tables, period_filter, require

ngtables.interactive()  # plotly figures, plotly.js embedded (the HTML works offline); hover for the numbers
tables = Tables(table_root)
countries = [tables.entity_id(name, types="country") for name in countries]

# %%
periods = tables.read("entity_counts", columns=["period", "period_start", "n"], granularity=granularity, unit=unit)
periods = require(periods, ["period", "period_start"], f"periods by {granularity}").drop_duplicates("period").sort_values("period_start")
assert period in set(periods.period), f"no articles in {period}; periods by {granularity}: {', '.join(periods.period)}"
if previous is None:
    earlier = periods[periods.period_start < periods.set_index("period").at[period, "period_start"]]
    assert len(earlier), f"no period before {period} to compare with"
    previous = earlier.period.iloc[-1]
n_articles = periods.set_index("period").n
print(f"{period}: {n_articles[period]} {unit}s; previous {granularity} with articles: {previous} ({n_articles[previous]} {unit}s)")


def country_topic(p):
    """Country-topic pairs of one period, oriented country -> topic."""
    pairs = tables.read("cooccurrence", **period_filter(granularity, p), unit=unit)
    ab = pairs[(pairs.type_a == "country") & (pairs.type_b == topic_type)]
    ba = pairs[(pairs.type_b == "country") & (pairs.type_a == topic_type)]
    both = pd.concat([
        ab.rename(columns={"entity_a": "country", "name_a": "country_name", "entity_b": "topic", "name_b": "topic_name"}),
        ba.rename(columns={"entity_b": "country", "name_b": "country_name", "entity_a": "topic", "name_a": "topic_name"}),
    ])[["country", "country_name", "topic", "topic_name", "n_ab", "n", "npmi", "significant"]]
    both["share"] = both.n_ab / both.n
    return require(both, ["n_ab", "n"], f"country-{topic_type} pairs in {p}")


now, before = country_topic(period), country_topic(previous)
print(f"country-{topic_type} pairs: {len(now)} in {period}, {len(before)} in {previous}")

# %%
both = pd.concat([now, before])
names = dict(zip(both.country, both.country_name)) | dict(zip(both.topic, both.topic_name))
row_ids = list(dict.fromkeys([c for c in countries if c in names] +
                             both.groupby("country").n_ab.sum().nlargest(top_countries).index.tolist()))
col_ids = both.groupby("topic").n_ab.sum().nlargest(top_topics).index.tolist()


def matrix(pairs, value):
    return pairs.pivot_table(index="country", columns="topic", values=value, aggfunc="sum") \
        .reindex(index=row_ids, columns=col_ids).fillna(0)


share_now, share_before = matrix(now, "share") * 100, matrix(before, "share") * 100
count_now = matrix(now, "n_ab").astype(int)
change = share_now - share_before
assert share_now.values.sum() > 0, f"no country-{topic_type} co-mentions among the chosen rows in {period}"
rows = [names[c] for c in row_ids]
cols = [names[t] for t in col_ids]

# %% [markdown]
# ## The heat map, and the change against the previous period

# %%
count_before = matrix(before, "n_ab").astype(int)
npmi_now = matrix(now, "npmi")
hover = [[f"<b>{rows[i]} x {cols[j]}</b><br>{period}: {count_now.values[i, j]} of {n_articles[period]} {unit}s "
          f"({share_now.values[i, j]:.1f}%)" + (f", NPMI {npmi_now.values[i, j]:.2f}" if count_now.values[i, j] else "")
          + f"<br>{previous}: {count_before.values[i, j]} of {n_articles[previous]} {unit}s ({share_before.values[i, j]:.1f}%)"
          f"<br>change {change.values[i, j]:+.1f} percentage points"
          for j in range(len(cols))] for i in range(len(rows))]
limit = max(1e-9, np.abs(change.values).max())
fig = make_subplots(rows=1, cols=2, shared_yaxes=True, horizontal_spacing=0.1,
                    subplot_titles=[f"{period}: % of {n_articles[period]} {unit}s mentioning both (label: {unit}s)",
                                    f"change against {previous} ({n_articles[previous]} {unit}s), percentage points"])
fig.add_heatmap(z=share_now.values, x=cols, y=rows, colorscale="Blues", zmin=0, hovertext=hover, hoverinfo="text",
                text=np.where(count_now.values > 0, count_now.values.astype(str), ""), texttemplate="%{text}",
                colorbar=dict(title="%", x=0.44, len=0.9), row=1, col=1)
fig.add_heatmap(z=change.values, x=cols, y=rows, colorscale="RdBu_r", zmid=0, zmin=-limit, zmax=limit, hovertext=hover,
                hoverinfo="text", text=np.where(np.abs(change.values) >= 0.5, np.vectorize("{:+.0f}".format)(change.values), ""),
                texttemplate="%{text}", colorbar=dict(title="pp", x=1.0, len=0.9), row=1, col=2)
fig.update_yaxes(autorange="reversed", title_text="country", row=1, col=1)
fig.update_xaxes(tickangle=-40, title_text="topic")
fig.update_layout(title=f"Countries x topics by {granularity}: {period}, and what changed since {previous} "
                        "(hover a cell for both periods)", height=34 * len(rows) + 320)
fig.show()

# %% [markdown]
# ## Largest changes (all countries and topics, not only those drawn)

# %%
merged = now.merge(before, on=["country", "topic", "country_name", "topic_name"], how="outer", suffixes=("", "_before"))
merged["share"], merged["share_before"] = merged.share.fillna(0), merged.share_before.fillna(0)
merged["n_ab"], merged["n_ab_before"] = merged.n_ab.fillna(0).astype(int), merged.n_ab_before.fillna(0).astype(int)
merged["change_pp"] = (merged.share - merged.share_before) * 100
moves = pd.concat([merged.nlargest(10, "change_pp"), merged.nsmallest(10, "change_pp").iloc[::-1]])
moves = moves[moves.change_pp != 0]
assert len(moves), "nothing changed between the periods"

labels = moves.country_name + " x " + moves.topic_name
fig = go.Figure(go.Bar(
    x=moves.change_pp[::-1], y=labels[::-1], orientation="h",
    marker_color=np.where(moves.change_pp[::-1] > 0, "firebrick", "steelblue"),
    customdata=np.column_stack([moves.n_ab_before[::-1], moves.share_before[::-1] * 100, moves.n_ab[::-1],
                                moves.share[::-1] * 100]),
    hovertemplate=f"%{{y}}<br>{previous}: %{{customdata[0]}} {unit}s (%{{customdata[1]:.1f}}%)"
                  f"<br>{period}: %{{customdata[2]}} {unit}s (%{{customdata[3]:.1f}}%)"
                  "<br>change %{x:+.1f} percentage points<extra></extra>"))
fig.add_vline(x=0, line_color="black", line_width=1)
fig.update_layout(title=f"Country-topic pairs that rose and fell most, {previous} -> {period}",
                  xaxis_title=f"change in % of {unit}s mentioning both (percentage points)",
                  height=24 * len(moves) + 160)
fig.show()
display(moves[["country_name", "topic_name", "n_ab_before", "n_ab", "share_before", "share", "change_pp"]]
        .rename(columns={"n_ab_before": f"{unit}s {previous}", "n_ab": f"{unit}s {period}"})
        .reset_index(drop=True).round(3))
