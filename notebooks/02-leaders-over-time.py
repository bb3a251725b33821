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
# # 02 Leaders over time
#
# **Question:** how much of the news mentions each leader, period by period, and when did a
# leader rise clearly above their recent level?
#
# From `trends` (subject = entity, unit article): `share` is the fraction of the period's
# articles that mention the leader; `baseline_mean` and `baseline_sd` are the job's trailing window
# before the period (trends.trailing.*, e.g. 3 months); `rising` is the job's flag
# (z >= trends.rising_z and enough mentions). Nothing is recomputed here.

# %% tags=["parameters"]
table_root = "../out"    # output root of a run: a folder, or a URI such as s3://bucket/newsgraph
granularity = "month"    # week or month (or day, year when the run computed them)
start = "2019-01-01"     # first period start shown
end = "2025-01-01"       # periods starting before this date are shown
# Leaders of interest (entity ids): Vladimir Putin, Kim Jong Un, Xi Jinping, Joe Biden
leaders = ["leader:Q7747", "leader:Q56226", "leader:Q15031", "leader:Q6279"]

# %%
import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import display

from ngtables import Tables, require

tables = Tables(table_root)

# %%
columns = ["period", "period_start", "entity_a", "name_a", "n_subject", "n", "share",
           "baseline_mean", "baseline_sd", "n_baseline", "z", "rising"]
trends = tables.read("trends", columns=columns, granularity=granularity, subject="entity", entity_a=leaders)
require(trends, columns, f"trends of {leaders} by {granularity}")
trends["period_start"] = pd.to_datetime(trends.period_start)
trends = trends[(trends.period_start >= start) & (trends.period_start < end)].sort_values("period_start")
missing = set(leaders) - set(trends.entity_a)
assert not missing, f"no trend rows for {missing} by {granularity} between {start} and {end}"
names = trends.drop_duplicates("entity_a").set_index("entity_a").name_a.reindex(leaders)
# trends has a row only where a subject appears; in the other periods with articles a leader's
# share is 0, so the lines below drop to 0 there instead of joining across them
periods = tables.read("entity_counts", columns=["period_start"], granularity=granularity, unit="article")
periods = pd.DatetimeIndex(sorted(set(pd.to_datetime(periods.period_start))), name="period_start")
periods = periods[(periods >= start) & (periods < end)]
assert set(trends.period_start) <= set(periods), "every trend row's period has articles"
print(f"{len(trends)} rows: {trends.period.nunique()} {granularity}s x {len(leaders)} leaders: {', '.join(names)}")

# %% [markdown]
# ## Mention share with the trailing baseline and rising flags

# %%
fig, axes = plt.subplots(len(leaders), 1, figsize=(12, 2.6 * len(leaders) + 0.6), sharex=True)
axes = [axes] if len(leaders) == 1 else axes
for ax, (entity, name), color in zip(axes, names.items(), plt.cm.tab10.colors):
    rows = trends[trends.entity_a == entity]
    share = rows.set_index("period_start").share.reindex(periods, fill_value=0.0)
    ax.plot(share.index, share * 100, marker="o", ms=3, lw=1.4, color=color, label="share of articles")
    ax.plot(rows.period_start, rows.baseline_mean * 100, ls="--", lw=1.1, color="black", label="trailing mean")
    band = rows.dropna(subset=["baseline_sd"])
    ax.fill_between(band.period_start, (band.baseline_mean - band.baseline_sd).clip(lower=0) * 100,
                    (band.baseline_mean + band.baseline_sd) * 100, color="gray", alpha=0.25, lw=0,
                    label="trailing mean ± sd")
    rising = rows[rows.rising]
    ax.scatter(rising.period_start, rising.share * 100, marker="^", s=80, color="red", zorder=5,
               label="rising (job's flag)")
    for _, r in rising.iterrows():
        ax.annotate(r.period, (r.period_start, r.share * 100), textcoords="offset points", xytext=(0, 7),
                    ha="center", fontsize=8, color="red")
    ax.set_title(f"{name} ({entity}): {int(rows.n_subject.sum())} articles, {len(rising)} rising {granularity}s",
                 loc="left", fontsize=10)
    ax.set_ylabel("% of articles")
    ax.set_ylim(0, 110)
    ax.grid(alpha=0.3)
axes[0].legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=9)
axes[-1].set_xlabel(f"{granularity} (start date, UTC)")
axes[-1].xaxis.set_major_locator(mdates.YearLocator())
axes[-1].xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
fig.suptitle(f"Share of articles mentioning each leader, by {granularity}", fontsize=13)
plt.tight_layout()
plt.show()

# %% [markdown]
# ## Side by side
#
# The leaders' shares on one axis, unsmoothed: the periods with few articles (see
# notebook 01) swing most.

# %%
wide = (trends.pivot_table(index="period_start", columns="entity_a", values="share")
        .reindex(index=periods, columns=leaders).fillna(0.0))
wide.columns = [names[c] for c in wide.columns]
fig, ax = plt.subplots(figsize=(12, 4))
for (name, series), color in zip(wide.items(), plt.cm.tab10.colors):
    ax.plot(series.index, series * 100, marker="o", ms=3, lw=1.2, label=name, color=color)
ax.set_ylabel("% of articles mentioning")
ax.set_xlabel(f"{granularity} (start date, UTC)")
ax.set_title(f"Leaders' mention share by {granularity}")
ax.legend(ncol=len(leaders), loc="upper center", bbox_to_anchor=(0.5, -0.18))
ax.grid(alpha=0.3)
plt.tight_layout()
plt.show()

# %% [markdown]
# ## The rising periods

# %%
rising = trends[trends.rising][["name_a", "period", "n_subject", "n", "share", "baseline_mean", "n_baseline", "z"]]
assert rising.z.notna().all(), "a rising row without z"
display(rising.rename(columns={"name_a": "leader", "n_subject": "articles"}).reset_index(drop=True))
