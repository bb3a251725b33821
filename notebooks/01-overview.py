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
# # 01 Overview of a run
#
# **Question:** what went into this run and what came out? Articles per period, the share of
# undated, duplicate and rejected records, the most mentioned leaders, countries and topics, and
# what the run's manifest records.
#
# Reads `_manifest.json`, `articles`, `rejects`, `entity_counts` (docs/tables.md).

# %% tags=["parameters"]
table_root = "../out"    # output root of a run: a folder, or a URI such as s3://bucket/newsgraph
granularity = "month"    # periods of the articles-per-period chart: week, month or year
top_granularity = "all"  # granularity of the period of the top entities
period = "all"           # that period: all (with all), 2023 (with year), 2023-09 (with month)
unit = "article"         # unit counted: article or sentence
top_n = 10               # entities shown per type

# %%
import pandas as pd
import plotly.graph_objects as go
from IPython.display import display
from plotly.subplots import make_subplots

import ngtables
from ngtables import Tables, period_filter, require

ngtables.interactive()  # plotly figures, plotly.js embedded (the HTML works offline); hover for the numbers
tables = Tables(table_root)
print(tables, "->", ", ".join(tables.names()))

# %% [markdown]
# ## Finding an entity by name
#
# `tables.find("putin")` lists the entities whose name or gazetteer alias matches, ignoring case
# and accents, with their counts in this run; the other notebooks take names as parameters and
# resolve them this way (`tables.entity_id("Putin")`).

# %%
found = tables.find("putin")
display(found)
# The gazetteer's Vladimir Putin is Wikidata Q7747; "putin" is a word of his name and of no other
# leader's, country's or topic's name, so he comes first.
assert found.entity_id.iloc[0] == "leader:Q7747", found
# Accents and case: the sample writes both "Erdogan" and "Erdoğan" for Recep Tayyip Erdoğan (Q39259).
assert tables.find("ERDOGAN").entity_id.iloc[0] == "leader:Q39259"
assert tables.find("erdoğan's").entity_id.iloc[0] == "leader:Q39259"
# Hyphenated spelling of an alias (Kim Jong-un) and a country by its common name.
assert tables.entity_id("kim jong-un") == "leader:Q56226"
assert tables.entity_id("North Korea", types="country") == "country:PRK"

# %% [markdown]
# ## What the manifest says

# %%
manifest = tables.manifest()
print(f"run {manifest['run_id']}: newsgraph {manifest['newsgraph_version']} on Spark {manifest['spark_version']} "
      f"({manifest['master']}), command '{manifest['command']}'")
print(f"started {manifest['started_at']}, finished {manifest['finished_at']}, gazetteer {manifest['gazetteer_version']}")
display(pd.DataFrame(manifest["inputs"]).rename(columns={"bytes": "bytes read"}))

def flat(counts, prefix=""):
    for key, value in counts.items():
        if isinstance(value, dict):
            yield from flat(value, f"{prefix}{key}.")
        else:
            yield f"{prefix}{key}", value


# A step without a time of its own (dates: part of ingest; a stage switched off) shows NaN seconds.
stages = pd.DataFrame([{"stage": name, "seconds": stage.get("seconds"),
                        "counts": ", ".join(f"{k}={v}" for k, v in flat(stage["counts"]))}
                       for name, stage in manifest["stages"].items()]).set_index("stage")
with pd.option_context("display.max_colwidth", None):
    display(stages)
print("reconciliation:", manifest["reconciliation"])
display(pd.Series(manifest["config"], name="value").to_frame())

# %%
articles = require(tables.read("articles", columns=["article_id", "published_at", "date_source", "duplicate_kind", "source"]),
                   ["published_at", "duplicate_kind"], "articles")
rejects = tables.read("rejects", columns=["reason"])
counts = manifest["stages"]["ingest"]["counts"]
# The tables on disk are the ones the manifest describes.
assert manifest["reconciliation"]["balanced"], manifest["reconciliation"]
assert len(articles) == counts["articles"], (len(articles), counts["articles"])
assert len(rejects) == counts["rejects"], (len(rejects), counts["rejects"])

# %% [markdown]
# ## Input records: accepted, duplicate, undated, rejected
#
# Duplicates (exact or near) are kept in `articles` but left out of every statistic; undated
# articles count only in all-time totals.

# %%
records = len(articles) + len(rejects)
originals = articles[articles.duplicate_kind.isna()]
parts = pd.Series({
    "dated originals": int(originals.published_at.notna().sum()),
    "undated originals": int(originals.published_at.isna().sum()),
    **{f"duplicate ({kind})": int(n) for kind, n in articles.duplicate_kind.value_counts().items()},
    **{f"rejected: {reason}": int(n) for reason, n in rejects.reason.value_counts().items()},
})
assert parts.sum() == records
summary = pd.DataFrame({"records": parts, "share of input": (parts / records).map("{:.1%}".format)})
display(summary)

colors = ["seagreen" if k.startswith("dated") else "olive" if k.startswith("undated")
          else "gray" if k.startswith("duplicate") else "firebrick" for k in parts.index]
fig = go.Figure(go.Bar(x=parts.values[::-1], y=parts.index[::-1], orientation="h", marker_color=colors[::-1],
                       text=[f"{v} ({v / records:.1%})" for v in parts.values[::-1]], textposition="outside",
                       customdata=(parts.values[::-1] / records),
                       hovertemplate="%{y}: %{x} records, %{customdata:.1%} of the input<extra></extra>"))
fig.update_layout(title=f"{records} input records: what became of them", xaxis_title="input records",
                  xaxis_range=[0, parts.max() * 1.3], height=32 * len(parts) + 160, margin_l=10)
fig.show()

# %% [markdown]
# ## Articles per period
#
# `n` of `entity_counts` is the number of non-duplicate articles in a period (the denominator of
# every share), whichever entity the row is about.

# %%
ec = tables.read("entity_counts", columns=["period", "period_start", "n"], granularity=granularity, unit="article")
per_period = (require(ec, ["period", "period_start", "n"], f"entity_counts at granularity {granularity}")
              .groupby(["period_start", "period"], as_index=False).n.max().sort_values("period_start"))
assert per_period.n.sum() <= counts["articles"], "more articles in periods than in the run"
print(f"{len(per_period)} {granularity}s with articles, {per_period.n.sum()} dated non-duplicate articles")

fig = go.Figure(go.Bar(x=pd.to_datetime(per_period.period_start), y=per_period.n, customdata=per_period.period,
                       marker_color="steelblue", hovertemplate="%{customdata}: %{y} articles<extra></extra>"))
for row in per_period.nlargest(3, "n").itertuples():  # the busiest periods, labelled
    fig.add_annotation(x=pd.to_datetime(row.period_start), y=row.n, text=row.period, showarrow=False, yshift=10,
                       font_size=10)
fig.update_layout(title=f"Articles per {granularity} (non-duplicates; {len(per_period)} {granularity}s with articles)",
                  xaxis_title=f"{granularity} (start date, UTC; drag to zoom)", yaxis_title="articles", height=380,
                  bargap=0.1)
fig.show()

# %% [markdown]
# ## Most mentioned leaders, countries and topics
#
# Share of the period's units (articles, or sentences with `unit="sentence"`) that mention the
# entity, from `entity_counts`.

# %%
top = tables.read("entity_counts", **period_filter(top_granularity, period), unit=unit)
require(top, ["entity_type", "entity_name", "n_a", "n", "share"], f"entity_counts for {period}")
# Taxonomy types first, then any other type a later stage adds (e.g. discovered topics).
types = ["leader", "country", "topic"] + sorted(set(top.entity_type) - {"leader", "country", "topic"})
plural = {"leader": "leaders", "country": "countries", "topic": "topics", "discovered_topic": "discovered topics (LDA)"}
fig = make_subplots(rows=1, cols=len(types), horizontal_spacing=0.12,
                    subplot_titles=[f"Top {plural.get(t, t)}" for t in types])
for col, (entity_type, color) in enumerate(zip(types, ["rebeccapurple", "steelblue", "darkorange", "seagreen", "sienna"]), 1):
    rows = top[top.entity_type == entity_type].nlargest(top_n, "n_a").iloc[::-1]
    assert len(rows) > 0, f"no {entity_type} mentioned in {period}"
    fig.add_bar(x=rows.share * 100, y=rows.entity_name, orientation="h", marker_color=color, text=rows.n_a,
                textposition="outside", customdata=rows[["entity_id", "n_a", "n"]], row=1, col=col, showlegend=False,
                hovertemplate=f"%{{y}} (%{{customdata[0]}})<br>%{{customdata[1]}} of %{{customdata[2]}} {unit}s"
                              "<br>%{x:.1f}%<extra></extra>")
    fig.update_xaxes(title_text=f"% of {unit}s (label: {unit}s)", range=[0, rows.share.max() * 100 * 1.3], row=1, col=col)
fig.update_layout(title=f"Most mentioned entities, period {period} ({int(top.n.max())} {unit}s)",
                  height=28 * top_n + 180, margin_l=10)
fig.show()
