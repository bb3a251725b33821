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
entity_a = "leader:Q56226"  # Kim Jong Un
entity_b = "leader:Q7747"   # Vladimir Putin
max_articles = 25           # articles listed (most mentions of the pair first)
top_keywords = 20           # keywords shown when the keywords table exists

# %%
import html
import re

import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import HTML, Markdown, display

from ngtables import Tables, period_filter, require

tables = Tables(table_root)
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

fig, ax = plt.subplots(figsize=(12, 3.8))
colors = ["tab:red" if p == period else "tab:gray" for p in articles_by_period.period]
x = pd.to_datetime(articles_by_period.period_start)
ax.bar(x, articles_by_period.n_ab, width={"week": 6, "month": 25, "year": 300}.get(granularity, 1), color=colors)
for xi, row in zip(x, articles_by_period.itertuples()):
    ax.annotate(f"{row.period}  NPMI {row.npmi:.2f}" + (" *" if row.significant else ""), (xi, row.n_ab),
                textcoords="offset points", xytext=(0, 3), ha="center", va="bottom", rotation=90, fontsize=8,
                fontweight="bold" if row.period == period else "normal")
ax.set_ylim(0, articles_by_period.n_ab.max() * 2.2)
ax.set_ylabel("articles mentioning both")
ax.set_xlabel(f"{granularity} (start date, UTC)")
ax.set_title(f"{label}: articles mentioning both, by {granularity} ({period} in red; * significant)")
plt.tight_layout()
plt.show()

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

fig, ax = plt.subplots(figsize=(14, 0.4 * len(listing) + 1.5))
titles = [f"{d:%Y-%m-%d} {s}: " + (t if len(t) <= 60 else t[:57] + "...")
          for d, s, t in zip(listing.published_at, listing.source.fillna("?"), listing.title.fillna(listing.index.to_series()))]
listing[[names[entity_a], names[entity_b]]].set_axis(titles).iloc[::-1].plot.barh(stacked=True, ax=ax,
                                                                                  color=["tab:orange", "tab:purple"])
ax.set_xlabel("mentions in the article (title and text)")
ax.set_ylabel("")
ax.set_title(f"Articles of {period} mentioning {label}")
ax.legend(title="entity", loc="lower right")
plt.tight_layout()
plt.show()

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
    fig, ax = plt.subplots(figsize=(10, 0.32 * len(topics_about) + 1.5))
    shown = topics_about.iloc[::-1]
    ax.barh(shown.index, shown.mentioned_in, color="lightgray", label="mentioned")
    ax.barh(shown.index, shown.focus_in, color="tab:blue", label="a focus")
    ax.set_xlabel(f"articles (of {len(with_both)})")
    ax.set_title(f"Topics of the {len(with_both)} articles of {period} mentioning {label}")
    ax.legend(loc="lower right")
    plt.tight_layout()
    plt.show()
    display(topics_about.round(2))

# %% [markdown]
# ## Keywords of these articles
#
# From the Spark NLP keyword stage when the run has it: `keywords` (YAKE keywords per article;
# lower score = more characteristic) for the articles above, and `pair_keywords` (the job's own
# aggregation, written for significant pairs only) for the pair in the period.

# %%
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
        top = (keywords.groupby("keyword").agg(articles=("article_id", "nunique"), mean_score=("score", "mean"))
               .sort_values(["articles", "mean_score"], ascending=[False, True]).head(top_keywords))
        fig, ax = plt.subplots(figsize=(10, 0.32 * len(top) + 1.5))
        ax.barh(top.index[::-1], top.articles[::-1], color="tab:green")
        for y, (n, score) in enumerate(zip(top.articles[::-1], top.mean_score[::-1])):
            ax.text(n, y, f" mean score {score:.3f}", va="center", fontsize=8)
        ax.set_xlim(0, top.articles.max() * 1.35)
        ax.set_xlabel(f"articles (of {len(with_both)}) with the keyword")
        ax.set_title(f"Keywords of the {len(with_both)} articles of {period} mentioning {label}")
        plt.tight_layout()
        plt.show()
        best = (keywords[keywords["rank"] <= 5].sort_values(["article_id", "rank"])
                .groupby("article_id").keyword.agg(", ".join).rename("top 5 keywords"))
        with pd.option_context("display.max_colwidth", None):
            display(listing[["published_at", "source", "title"]].join(best))

if tables.has("pair_keywords"):
    pair_keywords = tables.read("pair_keywords", **period_filter(granularity, period), entity_a=pair[0], entity_b=pair[1])
    if len(pair_keywords):
        display(pair_keywords.sort_values("rank")[["rank", "keyword", "n_articles", "n_ab", "mean_score"]].head(top_keywords))
    else:
        significant = bool(in_period.at["article", "significant"])
        display(Markdown(f"`pair_keywords` has no rows for {label} in {period}"
                         + ("" if significant else " (the pair is not significant for unit article then, "
                            "and the job aggregates keywords for significant pairs only)") + "."))
