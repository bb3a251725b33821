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
import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import display

from ngtables import Tables, period_filter, require

tables = Tables(table_root)
print(tables, "->", ", ".join(tables.names()))

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

fig, ax = plt.subplots(figsize=(8, 0.45 * len(parts) + 1.2))
colors = ["tab:green" if k.startswith("dated") else "tab:olive" if k.startswith("undated")
          else "tab:gray" if k.startswith("duplicate") else "tab:red" for k in parts.index]
ax.barh(parts.index[::-1], parts.values[::-1], color=colors[::-1])
for y, v in enumerate(parts.values[::-1]):
    ax.text(v, y, f" {v} ({v / records:.1%})", va="center")
ax.set_xlabel("input records")
ax.set_title(f"{records} input records: what became of them")
ax.set_xlim(0, parts.max() * 1.25)
plt.tight_layout()
plt.show()

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

fig, ax = plt.subplots(figsize=(12, 4))
ax.bar(pd.to_datetime(per_period.period_start), per_period.n,
       width={"week": 6, "month": 25, "year": 300}.get(granularity, 1), color="tab:blue")
ax.set_title(f"Articles per {granularity} (non-duplicates; {len(per_period)} {granularity}s with articles)")
ax.set_xlabel(f"{granularity} (start date, UTC)")
ax.set_ylabel("articles")
busiest = per_period.nlargest(3, "n")
for _, row in busiest.iterrows():
    ax.annotate(row.period, (pd.to_datetime(row.period_start), row.n), textcoords="offset points",
                xytext=(0, 3), ha="center", fontsize=8)
plt.tight_layout()
plt.show()

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
fig, axes = plt.subplots(1, len(types), figsize=(5.4 * len(types), 0.35 * top_n + 1.8), squeeze=False)
for ax, entity_type, color in zip(axes[0], types, ["tab:purple", "tab:blue", "tab:orange", "tab:green", "tab:brown"]):
    rows = top[top.entity_type == entity_type].nlargest(top_n, "n_a").iloc[::-1]
    assert len(rows) > 0, f"no {entity_type} mentioned in {period}"
    ax.barh(rows.entity_name, rows.share * 100, color=color)
    for y, (share, n_a) in enumerate(zip(rows.share, rows.n_a)):
        ax.text(share * 100, y, f" {n_a}", va="center", fontsize=8)
    ax.set_title(f"Top {plural.get(entity_type, entity_type)}")
    ax.set_xlabel(f"% of {unit}s mentioning (label: {unit}s)")
    ax.set_xlim(0, rows.share.max() * 100 * 1.2)
fig.suptitle(f"Most mentioned entities, period {period} ({int(top.n.max())} {unit}s)")
plt.tight_layout()
plt.show()
