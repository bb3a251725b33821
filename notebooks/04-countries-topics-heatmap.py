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
# Countries of interest, always shown: North Korea, Russia
countries = ["country:PRK", "country:RUS"]

# %%
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from IPython.display import display

from ngtables import Tables, period_filter, require

tables = Tables(table_root)

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
fig, axes = plt.subplots(1, 2, figsize=(19, 0.5 * len(rows) + 4), sharey=True)
im = axes[0].imshow(share_now.values, cmap="Blues", aspect="auto")
for (i, j), v in np.ndenumerate(count_now.values):
    if v:
        axes[0].text(j, i, v, ha="center", va="center", fontsize=8,
                     color="white" if share_now.values[i, j] > share_now.values.max() * 0.6 else "black")
fig.colorbar(im, ax=axes[0], shrink=0.8, label=f"% of {period}'s {unit}s mentioning both (label: {unit}s)")
axes[0].set_title(f"{period}: {n_articles[period]} {unit}s")

limit = max(1e-9, np.abs(change.values).max())
im = axes[1].imshow(change.values, cmap="RdBu_r", vmin=-limit, vmax=limit, aspect="auto")
for (i, j), v in np.ndenumerate(change.values):
    if abs(v) >= 0.5:
        axes[1].text(j, i, f"{v:+.0f}", ha="center", va="center", fontsize=8,
                     color="white" if abs(v) > limit * 0.6 else "black")
fig.colorbar(im, ax=axes[1], shrink=0.8, label="change in percentage points (red: more)")
axes[1].set_title(f"{period} against {previous} ({n_articles[previous]} {unit}s)")
for ax in axes:
    ax.set_xticks(range(len(cols)), cols, rotation=40, ha="right")
    ax.set_xlabel("topic")
axes[0].set_yticks(range(len(rows)), rows)
axes[0].set_ylabel("country")
fig.suptitle(f"Countries x topics by {granularity}: {period}, and what changed since {previous}", fontsize=14)
plt.tight_layout()
plt.show()

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

fig, ax = plt.subplots(figsize=(11, 0.33 * len(moves) + 1.5))
labels = moves.country_name + " x " + moves.topic_name
ax.barh(labels[::-1], moves.change_pp[::-1], color=np.where(moves.change_pp[::-1] > 0, "tab:red", "tab:blue"))
ax.axvline(0, color="black", lw=0.8)
ax.set_xlabel(f"change in % of {unit}s mentioning both, {previous} -> {period} (percentage points)")
ax.set_title(f"Country-topic pairs that rose and fell most, {previous} -> {period}")
plt.tight_layout()
plt.show()
display(moves[["country_name", "topic_name", "n_ab_before", "n_ab", "share_before", "share", "change_pp"]]
        .rename(columns={"n_ab_before": f"{unit}s {previous}", "n_ab": f"{unit}s {period}"})
        .reset_index(drop=True).round(3))
