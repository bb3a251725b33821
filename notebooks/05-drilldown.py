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
# # 05 Drill-down: from a pair to the articles and sentences behind it
#
# **Question:** when two entities are mentioned together (by default Kim Jong Un and Vladimir
# Putin in September 2023), which articles and which sentences say so, and what are those
# articles about?
#
# The pair's counts and scores come from `cooccurrence`; its articles and sentences are looked up
# in `mentions` (both entities in one non-duplicate article of the period, or in one sentence),
# with titles from `articles`; keywords from the `keywords` table when the run has one. The
# number of articles and sentences found is checked against the pair's `n_ab`.

# %% tags=["parameters"]
table_root = "../out"       # output root of a run: a folder, or a URI such as s3://bucket/newsgraph
granularity = "month"       # week, month or year
period = "2023-09"          # e.g. 2023-09 (month), 2023-W37 (week), 2023 (year)
entity_a = "Kim Jong Un"     # a name (or an entity id such as leader:Q56226), resolved with tables.find()
entity_b = "Vladimir Putin"  # likewise (leader:Q7747)
max_articles = 25           # articles listed (most mentions of the pair first)
top_keywords = 20           # keywords shown when the keywords table exists

# %%
import html
import re

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from IPython.display import HTML, Markdown, display

import ngtables
from ngtables import Tables, normalize, period_filter, require

ngtables.interactive()  # plotly figures, plotly.js embedded (the HTML works offline); hover for the numbers
tables = Tables(table_root)
entity_a, entity_b = tables.entity_id(entity_a), tables.entity_id(entity_b)
pair = sorted([entity_a, entity_b])  # the tables store a pair once, with entity_a < entity_b

# %% [markdown]
# ## The pair over time

# %%
history = tables.read("cooccurrence", granularity=granularity, entity_a=pair[0], entity_b=pair[1])
require(history, ["period", "period_start", "unit", "n_ab", "npmi", "g2", "significant"],
        f"the pair {pair} by {granularity}")
names = {pair[0]: history.name_a.iloc[0], pair[1]: history.name_b.iloc[0]}
label = f"{names[entity_a]} - {names[entity_b]}"
articles_by_period = history[history.unit == "article"].sort_values("period_start")
assert period in set(articles_by_period.period), \
    f"{label} never in the same article in {period}; periods: {', '.join(articles_by_period.period)}"

x = pd.to_datetime(articles_by_period.period_start)
fig = go.Figure(go.Bar(
    x=x, y=articles_by_period.n_ab, marker_color=["firebrick" if p == period else "gray" for p in articles_by_period.period],
    text=["*" if sig else "" for sig in articles_by_period.significant], textposition="outside",
    customdata=articles_by_period[["period", "n_a", "n_b", "n", "npmi", "g2"]].assign(
        significant=articles_by_period.significant.map({True: "significant", False: "not significant"})),
    hovertemplate=f"<b>%{{customdata[0]}}</b><br>%{{y}} of %{{customdata[3]}} articles mention both<br>"
                  f"{names[pair[0]]} %{{customdata[1]}}, {names[pair[1]]} %{{customdata[2]}}<br>"
                  "NPMI %{customdata[4]:.2f}, G2 %{customdata[5]:.1f}, %{customdata[6]}<extra></extra>"))
fig.update_layout(title=f"{label}: articles mentioning both, by {granularity} ({period} in red; * significant)",
                  yaxis_title="articles mentioning both", xaxis_title=f"{granularity} (start date, UTC)", height=380,
                  yaxis_range=[0, articles_by_period.n_ab.max() * 1.25])
fig.show()

in_period = history[history.period == period].set_index("unit")
display(in_period[["n_ab", "n_a", "n_b", "n", "pmi", "npmi", "g2", "lift", "jaccard", "significant"]].round(3))

# %% [markdown]
# ## The articles

# %%
start = pd.Timestamp(in_period.period_start.iloc[0], tz="UTC")
end = start + {"day": pd.DateOffset(days=1), "week": pd.DateOffset(weeks=1), "month": pd.DateOffset(months=1),
               "year": pd.DateOffset(years=1)}[granularity]
mentions = tables.read("mentions", entity_id=pair,
                       columns=["article_id", "published_at", "field", "sentence_index", "char_start", "char_end",
                                "surface", "snippet", "entity_id", "method"])
mentions = mentions[(mentions.published_at >= start) & (mentions.published_at < end)]
articles = tables.read("articles", article_id=list(mentions.article_id.unique()),
                       columns=["article_id", "title", "source", "url", "published_at", "duplicate_of"])
originals = set(articles[articles.duplicate_of.isna()].article_id)  # duplicates are not counted
mentions = mentions[mentions.article_id.isin(originals)]
with_both = mentions.groupby("article_id").entity_id.nunique().loc[lambda s: s == 2].index
pair_mentions = mentions[mentions.article_id.isin(with_both)]
require(pair_mentions, ["snippet", "sentence_index"], f"mentions of {label} in {period}")
assert len(with_both) == in_period.at["article", "n_ab"], \
    f"{len(with_both)} articles found, cooccurrence says n_ab = {in_period.at['article', 'n_ab']}"

per_article = (pair_mentions.pivot_table(index="article_id", columns="entity_id", values="surface", aggfunc="count")
               .reindex(columns=[entity_a, entity_b]).fillna(0).astype(int)
               .rename(columns=names))
listing = (articles.set_index("article_id").loc[per_article.index, ["published_at", "source", "title"]]
           .join(per_article).sort_values([names[entity_a], names[entity_b]], ascending=False).head(max_articles))
print(f"{len(with_both)} articles in {period} mention both {label} (= n_ab of unit article)")
display(listing)

titles = [f"{d:%Y-%m-%d} {src}: " + (t if len(t) <= 60 else t[:57] + "...")
          for d, src, t in zip(listing.published_at, listing.source.fillna("?"), listing.title.fillna(listing.index.to_series()))]
fig = go.Figure()
for entity, colour in zip([entity_a, entity_b], ["darkorange", "rebeccapurple"]):
    fig.add_bar(x=listing[names[entity]][::-1], y=titles[::-1], orientation="h", name=names[entity], marker_color=colour,
                customdata=np.column_stack([listing.index[::-1], listing.title.fillna("")[::-1]]),
                hovertemplate=f"{names[entity]}: %{{x}} mentions<br>%{{customdata[1]}}<br>%{{customdata[0]}}<extra></extra>")
fig.update_layout(barmode="stack", title=f"Articles of {period} mentioning {label}",
                  xaxis_title="mentions in the article (title and text)", height=26 * len(listing) + 180,
                  legend=dict(title="entity"))
fig.show()

# %% [markdown]
# ## The sentences
#
# Sentences (of a title or a text) that mention both, with the mentions marked. The snippet is the
# job's: the mention with some context each side.

# %%
sentence_key = ["article_id", "field", "sentence_index"]
in_sentence = pair_mentions.groupby(sentence_key).entity_id.transform("nunique") == 2
sentences = pair_mentions[in_sentence]
n_sentences = sentences[sentence_key].drop_duplicates().shape[0]
if "sentence" in in_period.index:
    assert n_sentences == in_period.at["sentence", "n_ab"], \
        f"{n_sentences} sentences found, cooccurrence says n_ab = {in_period.at['sentence', 'n_ab']}"
print(f"{n_sentences} sentences mention both")


def marked(snippet, surfaces):
    """The snippet as HTML with every surface of the pair marked (one pass, longest first)."""
    pattern = "|".join(re.escape(x) for x in sorted(set(surfaces), key=len, reverse=True))
    return "".join(f"<mark>{html.escape(part)}</mark>" if i % 2 else html.escape(part)
                   for i, part in enumerate(re.split(f"({pattern})", snippet)))


titles_by_id = articles.set_index("article_id").title
rows = []
for (article_id, field, index), group in sentences.groupby(sentence_key, sort=False):
    group = group.sort_values("char_start")
    firsts = group.drop_duplicates("entity_id")  # the first mention of each entity in the sentence
    # One snippet when it shows both entities, else the two snippets around each one's first mention.
    both = [s for s in firsts.snippet if all(x in s for x in firsts.surface)]
    text = both[0] if both else " / ".join(firsts.snippet)
    rows.append((group.published_at.iloc[0], titles_by_id.get(article_id), field, index,
                 marked(text, group.surface), ", ".join(sorted(set(group.method)))))
rows.sort(key=lambda r: (r[0], r[1], r[3]))
table = "".join(f"<tr><td>{d:%Y-%m-%d}</td><td>{html.escape(str(t))}</td><td>{f} {i}</td><td>{s}</td><td>{m}</td></tr>"
                for d, t, f, i, s, m in rows)
display(HTML("<table><tr><th>date</th><th>article</th><th>sentence</th><th>snippet</th><th>found by</th></tr>"
             f"{table}</table>"))

# %% [markdown]
# ## What these articles are about
#
# The taxonomy topics of the articles above from `article_entities`: in how many of them each topic
# is a focus (its cues weigh 3 or more, or one is in the title; docs/tables.md) and in how many it is
# only mentioned. A topic named once in passing is not what an article is about.

# %%
about = tables.read("article_entities", article_id=list(with_both),
                    columns=["article_id", "entity_id", "entity_type", "entity_name", "focus", "salience"])
require(about, ["article_id", "entity_type", "focus"], f"article_entities of the {len(with_both)} articles")
assert set(about.article_id) == set(with_both), "article_entities lacks some of the pair's articles"
topics_about = (about[about.entity_type == "topic"].groupby("entity_name")
                .agg(focus_in=("focus", "sum"), mentioned_in=("article_id", "nunique"),
                     mean_salience=("salience", "mean"))
                .sort_values(["focus_in", "mentioned_in"], ascending=False))
if len(topics_about) == 0:
    display(Markdown(f"None of the {len(with_both)} articles names a taxonomy topic."))
else:
    shown = topics_about.iloc[::-1]
    fig = go.Figure()
    fig.add_bar(x=shown.mentioned_in, y=shown.index, orientation="h", marker_color="lightgray", name="mentioned",
                hovertemplate="%{y}: mentioned in %{x} articles<extra></extra>")
    fig.add_bar(x=shown.focus_in, y=shown.index, orientation="h", marker_color="steelblue", name="a focus",
                customdata=shown.mean_salience, hovertemplate="%{y}: a focus of %{x} articles<br>"
                                                             "mean salience %{customdata:.2f}<extra></extra>")
    fig.update_layout(barmode="overlay", title=f"Topics of the {len(with_both)} articles of {period} mentioning {label}",
                      xaxis_title=f"articles (of {len(with_both)})", height=24 * len(topics_about) + 160)
    fig.show()
    display(topics_about.round(2))

# %% [markdown]
# ## Keywords of these articles
#
# From the Spark NLP keyword stage when the run has it: `keywords` (YAKE keywords per article;
# lower score = more characteristic) for the articles above, and `pair_keywords` (the job's own
# aggregation, written for significant pairs only) for the pair in the period.
#
# The pair's own names are left out: that articles about Kim Jong Un and Vladimir Putin have
# "putin" as a keyword says nothing. Left out is a keyword equal to a name of either entity (its
# canonical name and gazetteer aliases from `entities`, and how these articles wrote it: the
# surfaces of its `mentions`, e.g. "Putin", "Kim"), or made only of words of the two canonical names
# and aliases ("kim jong", "putin kim", "jong"; but not a lone word of two letters, which "un" for
# the United Nations can be); compared without case, accents or possessive 's. The entities'
# countries and other words stay (for this pair "russia" and "north korea" are kept). For a country
# entity its gazetteer aliases include its demonyms, capital and cities ("kyiv", "kharkiv" for
# Ukraine), which the job counts as mentions of it: those go too.

# %%
own = tables.read("entities", columns=["entity_id", "name", "aliases"], entity_id=pair)
assert set(own.entity_id) == set(pair), f"entities lacks {set(pair) - set(own.entity_id)}"
name_forms = set(own.name) | {alias for aliases in own.aliases for alias in aliases}
own_forms = {normalize(f) for f in name_forms | set(pair_mentions.surface)} - {""}
own_words = {w for f in name_forms for w in normalize(f).split()}


def names_the_pair(keyword):
    k = normalize(keyword)
    return k in own_forms or (set(k.split()) <= own_words and len(k) > 2)


if pair == ["leader:Q56226", "leader:Q7747"]:  # the default pair: its names go, its countries and the UN stay
    assert names_the_pair("Putin") and names_the_pair("kim jong un") and names_the_pair("Putin's")
    assert not names_the_pair("russia") and not names_the_pair("north korea") and not names_the_pair("un")
print(f"left out: keywords equal to any of {len(own_forms)} names and surfaces of the pair "
      f"({', '.join(sorted(own_forms))}) or made of their words")

if not tables.has("keywords"):
    display(Markdown(f"**No `keywords` table under `{table_root}`**: this run did not extract keywords "
                     "(the Spark NLP keywords stage is missing or switched off), so what the articles are "
                     "about is not shown. Everything above stands."))
else:
    keywords = tables.read("keywords", article_id=list(with_both))
    require(keywords, ["article_id", "keyword", "score", "rank"], f"keywords of the {len(with_both)} articles", min_rows=0)
    if len(keywords) == 0:
        display(Markdown(f"The `keywords` table has no keywords for these {len(with_both)} articles."))
    else:
        dropped = sorted(set(keywords.keyword[keywords.keyword.map(names_the_pair)]))
        keywords = keywords[~keywords.keyword.isin(dropped)]
        print(f"{len(dropped)} keywords name the pair and are left out: {', '.join(dropped) or 'none'}")
        top = (keywords.groupby("keyword").agg(articles=("article_id", "nunique"), mean_score=("score", "mean"))
               .sort_values(["articles", "mean_score"], ascending=[False, True]).head(top_keywords))
        fig = go.Figure(go.Bar(x=top.articles[::-1], y=top.index[::-1], orientation="h", marker_color="seagreen",
                               customdata=top.mean_score[::-1],
                               hovertemplate="%{y}: keyword of %{x} articles<br>mean YAKE score %{customdata:.3f}"
                                             "<extra></extra>"))
        fig.update_layout(title=f"Keywords of the {len(with_both)} articles of {period} mentioning {label} "
                                "(the pair's own names left out)",
                          xaxis_title=f"articles (of {len(with_both)}) with the keyword", height=24 * len(top) + 160)
        fig.show()
        best = (keywords.sort_values(["article_id", "rank"]).groupby("article_id").head(5)
                .groupby("article_id").keyword.agg(", ".join).rename("top 5 keywords (without the pair's names)"))
        with pd.option_context("display.max_colwidth", None):
            display(listing[["published_at", "source", "title"]].join(best))

if tables.has("pair_keywords"):
    pair_keywords = tables.read("pair_keywords", **period_filter(granularity, period), entity_a=pair[0], entity_b=pair[1])
    pair_keywords = pair_keywords[~pair_keywords.keyword.map(names_the_pair)]
    if len(pair_keywords):
        display(pair_keywords.sort_values("rank")[["rank", "keyword", "n_articles", "n_ab", "mean_score"]].head(top_keywords))
    else:
        significant = bool(in_period.at["article", "significant"])
        display(Markdown(f"`pair_keywords` has no rows for {label} in {period}"
                         + ("" if significant else " (the pair is not significant for unit article then, "
                            "and the job aggregates keywords for significant pairs only)") + "."))
