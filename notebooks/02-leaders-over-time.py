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
# **Question:** how much of the news mentions each leader, period by period, and when was a
# leader mentioned clearly more than their recent level predicts?
#
# The share of a period's articles mentioning a leader comes from `entity_counts` (`n_a` of `n`;
# 0 in the periods of `periods` without a mention), drawn with its 95% Wilson interval so that a
# month of four articles does not look like a 100% peak (the interval is computed here, for
# display only). The test is the job's, from `trends` (subject = entity, unit article): `expected`
# is the period's articles times the subject's rate over the trailing window
# (`baseline_subject / baseline_n`, trends.trailing.*), `ratio` observed / expected with its lower
# 95% bound `ratio_lower`, `p_value` the one-sided exact test that the period's rate exceeds the
# trailing one, `q_value` the Benjamini-Hochberg adjusted p within the period, and `rising` the
# job's flag (q_value <= trends.fdr and n_subject >= trends.min_count). Nothing of the test is
# recomputed here.

# %% tags=["parameters"]
table_root = "../out"    # output root of a run: a folder, or a URI such as s3://bucket/newsgraph
granularity = "month"    # week or month (or day, year when the run computed them)
start = "2019-01-01"     # first period start shown
end = "2025-01-01"       # periods starting before this date are shown
# Leaders of interest: names (or entity ids such as leader:Q7747), resolved with tables.find()
leaders = ["Vladimir Putin", "Kim Jong Un", "Xi Jinping", "Joe Biden"]

# %%
import numpy as np
import pandas as pd
import plotly.graph_objects as go
from IPython.display import display
from plotly.colors import qualitative
from plotly.subplots import make_subplots

import ngtables
from ngtables import Tables, require

ngtables.interactive()  # plotly figures, plotly.js embedded (the HTML works offline); hover for the numbers
tables = Tables(table_root)
ids = [tables.entity_id(name, types="leader") for name in leaders]
assert len(set(ids)) == len(ids), f"two names resolve to one leader: {dict(zip(leaders, ids))}"

# %%
# Every period with articles (n), and the leaders' counts where they are mentioned (n_a).
periods = tables.read("periods", columns=["period", "period_start", "n"], granularity=granularity, unit="article")
periods["period_start"] = pd.to_datetime(periods.period_start)
periods = periods[(periods.period_start >= start) & (periods.period_start < end)].sort_values("period_start")
require(periods, ["period", "n"], f"periods by {granularity} between {start} and {end}")
counts = tables.read("entity_counts", columns=["period", "entity_id", "entity_name", "n_a", "n"],
                     granularity=granularity, unit="article", entity_id=ids)
counts = counts[counts.period.isin(periods.period)]
missing = set(ids) - set(counts.entity_id)
assert not missing, f"{missing} never mentioned by {granularity} between {start} and {end}"
names = counts.drop_duplicates("entity_id").set_index("entity_id").entity_name.reindex(ids)
shares = (pd.MultiIndex.from_product([ids, periods.period], names=["entity_id", "period"]).to_frame(index=False)
          .merge(periods, on="period").merge(counts.drop(columns=["entity_name"]), on=["entity_id", "period"],
                                              how="left", suffixes=("", "_counts")))
assert (shares.n_counts.isna() | (shares.n_counts == shares.n)).all(), "entity_counts.n differs from periods.n"
shares["n_a"] = shares.n_a.fillna(0).astype(int)
shares["share"] = shares.n_a / shares.n


def wilson(k, n, z=1.959964):
    """95% Wilson score interval of a proportion k / n (display only)."""
    k, n = np.asarray(k, dtype=float), np.asarray(n, dtype=float)
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * np.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return centre - half, centre + half


# By hand, z^2 = 3.8415: for 0 of 4 the interval is [0, z^2 / (4 + z^2)] = [0, 0.490]; for 4 of 4 it
# is [4 / (4 + z^2), 1] = [0.510, 1]: a leader in all four articles of a month is somewhere above half.
assert np.allclose(wilson([0, 4], [4, 4]), [[0, 4 / 7.8415], [3.8415 / 7.8415, 1]], atol=1e-4)
shares["low"], shares["high"] = wilson(shares.n_a, shares.n)
print(f"{len(periods)} {granularity}s with articles ({periods.n.min()}-{periods.n.max()} articles each), "
      f"{len(ids)} leaders: {', '.join(names)}")

# %% [markdown]
# ## Mention share with its 95% interval
#
# Hover for the period, the articles mentioning the leader out of all, and the interval; the band
# is wide where a period has few articles. Click a name in the legend to hide or show that leader,
# drag to zoom, double-click to zoom out.

# %%
colors = dict(zip(ids, qualitative.Plotly))
fig = go.Figure()
for entity in ids:
    rows = shares[shares.entity_id == entity]
    fig.add_scatter(x=pd.concat([rows.period_start, rows.period_start[::-1]]),
                    y=pd.concat([rows.high, rows.low[::-1]]) * 100, fill="toself", mode="none",
                    fillcolor=colors[entity], opacity=0.18, hoverinfo="skip", legendgroup=entity, showlegend=False)
    fig.add_scatter(x=rows.period_start, y=rows.share * 100, mode="lines+markers", name=names[entity],
                    legendgroup=entity, line=dict(color=colors[entity], width=1.5),
                    marker=dict(size=np.clip(np.sqrt(rows.n) * 1.2, 3, 12)),
                    customdata=np.column_stack([rows.period, rows.n_a, rows.n, rows.low * 100, rows.high * 100]),
                    hovertemplate=f"<b>{names[entity]}</b> %{{customdata[0]}}<br>%{{customdata[1]}} of %{{customdata[2]}} "
                                  "articles: %{y:.1f}%<br>95% interval %{customdata[3]:.1f}-%{customdata[4]:.1f}%<extra></extra>")
fig.update_layout(title=f"Share of articles mentioning each leader, by {granularity} (band: 95% Wilson interval; "
                        "marker size: articles in the period)",
                  yaxis_title="% of articles", yaxis_range=[0, 100], xaxis_title=f"{granularity} (start date, UTC)",
                  height=480, hovermode="closest", legend=dict(orientation="h", y=-0.15))
fig.show()

# %% [markdown]
# ## Observed against expected: the job's trend test
#
# Bars: articles mentioning the leader in a period (`n_subject`); line: what the trailing window
# predicts for that period's article total (`expected`); red triangles: periods the job flagged
# `rising`. Hover a bar for the test: ratio observed / expected with its lower 95% bound, p and q.
# `trends` has a row only where the leader is mentioned and the period with its window has at
# least trends.min_total articles.

# %%
columns = ["period", "period_start", "entity_a", "name_a", "n_subject", "n", "share", "n_baseline",
           "baseline_subject", "baseline_n", "expected", "ratio", "ratio_lower", "p_value", "q_value", "rising"]
trends = tables.read("trends", columns=columns, granularity=granularity, subject="entity", entity_a=ids)
require(trends, columns, f"trends of {', '.join(names)} by {granularity}")
trends["period_start"] = pd.to_datetime(trends.period_start)
trends = trends[(trends.period_start >= start) & (trends.period_start < end)].sort_values("period_start")
assert set(trends.period) <= set(periods.period), "a trend row in a period without articles"
tested = trends.merge(shares[["entity_id", "period", "n_a"]], left_on=["entity_a", "period"], right_on=["entity_id", "period"])
assert (tested.n_subject == tested.n_a).all(), "trends.n_subject differs from entity_counts.n_a"
assert not (trends.rising & trends.q_value.isna()).any(), "a rising row without a q-value"


def number(value, spec):
    return "n/a" if pd.isna(value) else format(value, spec)


trends["hover"] = [
    f"<b>{r.name_a}</b> {r.period}<br>{r.n_subject} of {r.n} articles ({r.share:.1%})"
    f"<br>expected {number(r.expected, '.1f')} (trailing {r.baseline_subject} of {r.baseline_n} articles, "
    f"{r.n_baseline} {granularity}s)<br>ratio {number(r.ratio, '.2f')}, 95% lower bound {number(r.ratio_lower, '.2f')}"
    f"<br>p = {number(r.p_value, '.2g')}, q = {number(r.q_value, '.2g')}" + ("<br><b>rising</b>" if r.rising else "")
    for r in trends.itertuples()]
fig = make_subplots(rows=len(ids), cols=1, shared_xaxes=True, vertical_spacing=0.04,
                    subplot_titles=[f"{names[e]}: {int(trends[trends.entity_a == e].rising.sum())} rising {granularity}s"
                                    for e in ids])
for row, entity in enumerate(ids, 1):
    rows = trends[trends.entity_a == entity]
    fig.add_bar(x=rows.period_start, y=rows.n_subject, name="observed (n_subject)", marker_color=colors[entity],
                hovertext=rows.hover, hoverinfo="text", legendgroup="observed", showlegend=row == 1, row=row, col=1)
    fig.add_scatter(x=rows.period_start, y=rows.expected, mode="lines+markers", name="expected",
                    line=dict(color="black", width=1, dash="dot"), marker_size=3, hovertext=rows.hover,
                    hoverinfo="text", legendgroup="expected", showlegend=row == 1, connectgaps=False, row=row, col=1)
    flagged = rows[rows.rising]
    fig.add_scatter(x=flagged.period_start, y=flagged.n_subject, mode="markers", name="rising (job's flag)",
                    marker=dict(symbol="triangle-up", size=11, color="red"), hovertext=flagged.hover, hoverinfo="text",
                    legendgroup="rising", showlegend=row == 1, row=row, col=1)
    fig.update_yaxes(title_text="articles", row=row, col=1)
fig.update_layout(title=f"Articles mentioning each leader against the trailing window's expectation, by {granularity}",
                  height=230 * len(ids) + 120, bargap=0.15, legend=dict(orientation="h", y=1.06, x=0))
fig.show()

# %% [markdown]
# ## The rising periods

# %%
rising = trends[trends.rising][["name_a", "period", "n_subject", "n", "expected", "ratio", "ratio_lower", "q_value"]]
display(rising.rename(columns={"name_a": "leader", "n_subject": "articles"}).reset_index(drop=True)
        .style.format({"expected": "{:.1f}", "ratio": "{:.2f}", "ratio_lower": "{:.2f}", "q_value": "{:.2g}"}))
