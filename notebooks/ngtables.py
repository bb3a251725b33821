"""Reading newsgraph's published tables from the notebooks.

Only reading: every number shown by a notebook comes from a table the job wrote (docs/tables.md).
A table root is a local folder ("../out", "/data/newsgraph") or a URI that pyarrow's file systems
understand ("s3://bucket/newsgraph", "hdfs://namenode:8020/newsgraph", "gs://...").

    tables = Tables("../out")
    tables.read("cooccurrence", granularity="month", bucket="2023-09", period="2023-09")
    tables.read("mentions", columns=["article_id", "entity_id"], entity_id=["leader:Q7747", "leader:Q56226"])
    tables.find("putin")             # entities by name: ids, types, counts, best match first
    tables.entity_id("Kim Jong Un")  # one name (or id) -> its entity id, for the notebooks' parameters

Equality filters on the partition columns (granularity, bucket) prune folders, so reading one period
touches only its bucket's files.

Each table is a Delta Lake table; what is read is the snapshot the root's _manifest.json names (the
table versions of the last finished run), so a run that was killed or failed half-way is not seen:
its new versions are named by no manifest. Output roots written before tables were versioned (plain
Parquet, no _delta_log) are read as they are.
"""
from __future__ import annotations

import datetime as _dt
import json
import operator
import os
import re
import unicodedata
from functools import reduce
from typing import Iterable

import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.fs as pafs
from deltalake import DeltaTable

# The partition columns of entity_counts, cooccurrence and trends, always read as strings (tables
# written before schema version 2 had folders like bucket=2023, which pyarrow would read as integers).
PARTITIONING = ds.partitioning(pa.schema([("granularity", pa.string()), ("bucket", pa.string())]), flavor="hive")


def bucket_of(granularity: str, period: str) -> str:
    """The partition folder (bucket) holding a period, as documented in docs/tables.md:
    the month the period starts in (yyyy-MM) under every granularity, 'all' for all-time."""
    if granularity == "all":
        return "all"
    if granularity == "year":
        return period + "-01"
    if granularity in ("month", "day"):
        return period[:7]
    if granularity == "week":  # 2023-W37: ISO week-year and week, Monday start
        year, week = period.split("-W")
        return _dt.date.fromisocalendar(int(year), int(week), 1).strftime("%Y-%m")
    raise ValueError(f"unknown granularity {granularity!r}: day, week, month, year or all")


def period_filter(granularity: str, period: str) -> dict:
    """Keyword filters selecting one period of a partitioned table."""
    return {"granularity": granularity, "bucket": bucket_of(granularity, period), "period": period}


class Tables:
    """The tables under one output root of a newsgraph run."""

    def __init__(self, root: str):
        self.root = str(root)
        if "://" in self.root:
            self.fs, self.path = pafs.FileSystem.from_uri(self.root)
        else:
            self.fs, self.path = pafs.LocalFileSystem(), os.path.abspath(os.path.expanduser(self.root))
        self.path = self.path.rstrip("/")

    def __repr__(self):
        return f"Tables({self.root!r})"

    def _entries(self, path: str):
        return self.fs.get_file_info(pafs.FileSelector(path, allow_not_found=True))

    def _snapshot(self) -> dict:
        """table name -> its manifest entry (version, run_id, ...); empty for an unversioned root."""
        try:
            return self.manifest().get("tables") or {}
        except FileNotFoundError:
            return {}

    def names(self) -> list[str]:
        """Tables of the snapshot (for an unversioned root: folders not starting with _ or .)."""
        snapshot = self._snapshot()
        if snapshot:
            return sorted(snapshot)
        return sorted(i.base_name for i in self._entries(self.path)
                      if i.type == pafs.FileType.Directory and not i.base_name.startswith(("_", ".")))

    def has(self, name: str) -> bool:
        return name in self.names()

    def version(self, name: str) -> int | None:
        """The Delta version of a table in the snapshot (None for an unversioned root)."""
        entry = self._snapshot().get(name)
        return None if entry is None else int(entry["version"])

    def dataset(self, name: str) -> ds.Dataset:
        path = f"{self.path}/{name}"
        if not self.has(name):
            raise FileNotFoundError(f"no table {name!r} under {self.root} (found: {', '.join(self.names()) or 'nothing'})")
        version = self.version(name)
        if version is not None:
            uri = f"{self.root.rstrip('/')}/{name}" if "://" in self.root else path
            return DeltaTable(uri, version=version).to_pyarrow_dataset()
        partitioned = any(i.base_name.startswith("granularity=") for i in self._entries(path))
        return ds.dataset(path, filesystem=self.fs, format="parquet",
                          partitioning=PARTITIONING if partitioned else None)

    def read(self, name: str, columns: Iterable[str] | None = None, **equals) -> pd.DataFrame:
        """Rows of a table as a DataFrame. Each keyword is a column = value filter (a list or set
        of values means 'is in'); partition columns prune folders, the others filter rows."""
        data = self.dataset(name)
        conditions = [ds.field(column).isin(list(value)) if isinstance(value, (list, tuple, set, frozenset))
                      else ds.field(column) == value
                      for column, value in equals.items()]
        where = reduce(operator.and_, conditions) if conditions else None
        df = data.to_table(columns=list(columns) if columns is not None else None, filter=where).to_pandas()
        # Timestamps are written zoned (INT64 micros, UTC); roots written before 2026-12-06 hold
        # INT96, read zone-less: make those explicit UTC timestamps too.
        for column in df.columns:
            if pd.api.types.is_datetime64_dtype(df[column]):  # zone-naive only
                df[column] = df[column].dt.tz_localize("UTC")
        return df

    def find(self, query: str, types: str | Iterable[str] | None = None, limit: int | None = 10,
             surfaces: bool = False) -> pd.DataFrame:
        """Entities whose name matches a query, best match first, as a DataFrame: entity_id,
        entity_type, name, n_articles, n_mentions (the entities table's counts for this run),
        matched (the name, alias or surface form that matched) and match (how).

        Matching ignores case, accents and punctuation ("erdogan" finds Recep Tayyip Erdoğan,
        "kim jong-un" Kim Jong Un). It looks at the canonical name and the gazetteer aliases of the
        entities table and, with surfaces=True, also at the surface forms of the mentions table
        (how articles wrote the name; reads that table's entity_id and surface columns in full).
        Best first: the name equal to the query, then an alias or surface form equal to it, then a
        name containing the query as whole words, an alias or surface form likewise, then any part
        of a word; within each, the most articles first. An entity id ("leader:Q7747") or a
        Wikidata id ("Q7747") finds that entity. types keeps only some types ("leader", or a list)."""
        wanted = normalize(query)
        assert wanted, f"nothing to look for in {query!r}"
        entities = self.read("entities", columns=["entity_id", "entity_type", "name", "wikidata_id", "aliases",
                                                   "n_articles", "n_mentions"])
        if types is not None:
            entities = entities[entities.entity_type.isin([types] if isinstance(types, str) else list(types))]
        forms = {row.entity_id: [("name", row.name)] + [("alias", a) for a in (row.aliases if row.aliases is not None else [])]
                 for row in entities.itertuples()}
        if surfaces:
            seen = self.read("mentions", columns=["entity_id", "surface"]).drop_duplicates()
            for row in seen[seen.entity_id.isin(forms)].itertuples():
                forms[row.entity_id].append(("surface", row.surface))
        word = re.compile(rf"(^| ){re.escape(wanted)}( |$)")
        ranks = [  # (kind of form, test on its normalized text, rank label); lower index = better
            ("name", lambda f: f == wanted, "name"),
            ("alias", lambda f: f == wanted, "alias"),
            ("surface", lambda f: f == wanted, "surface form"),
            ("name", lambda f: word.search(f) is not None, "words of the name"),
            ("alias", lambda f: word.search(f) is not None, "words of an alias"),
            ("surface", lambda f: word.search(f) is not None, "words of a surface form"),
            ("name", lambda f: wanted in f, "part of the name"),
            ("alias", lambda f: wanted in f, "part of an alias"),
            ("surface", lambda f: wanted in f, "part of a surface form"),
        ]
        hits = []
        for row in entities.itertuples():
            if query.strip() in (row.entity_id, row.wikidata_id):
                hits.append((-1, row.entity_id, query.strip(), "id"))
                continue
            normalized = [(kind, text, normalize(text)) for kind, text in forms[row.entity_id]]
            for rank, (kind, test, label) in enumerate(ranks):
                found = next((text for k, text, n in normalized if k == kind and test(n)), None)
                if found is not None:
                    hits.append((rank, row.entity_id, found, label))
                    break
        found = pd.DataFrame(hits, columns=["rank", "entity_id", "matched", "match"])
        result = (entities.drop(columns=["aliases", "wikidata_id"]).merge(found, on="entity_id")
                  .sort_values(["rank", "n_articles", "n_mentions", "name"], ascending=[True, False, False, True])
                  .drop(columns="rank").reset_index(drop=True))
        return result if limit is None else result.head(limit)

    def entity_id(self, name: str, types: str | Iterable[str] | None = None, surfaces: bool = False) -> str:
        """The entity id a notebook parameter names: an id as it is, or a name resolved with find()
        (its best match; prints what it chose and the runners-up, fails when nothing matches)."""
        if re.fullmatch(r"(leader|country|topic|discovered_topic):\S+", name.strip()):
            return name.strip()
        matches = self.find(name, types=types, limit=3, surfaces=surfaces)
        assert len(matches), f"no {types or 'entity'} named like {name!r} in {self.root} (entities.name and aliases)"
        best = matches.iloc[0]
        others = "; others: " + ", ".join(f"{m.name} ({m.entity_id}, {m.n_articles})" for m in matches.iloc[1:].itertuples()) \
            if len(matches) > 1 else ""
        print(f"{name!r} -> {best.entity_id} {best['name']} ({best.n_articles} articles; {best.match}){others}")
        return best.entity_id

    def manifest(self) -> dict:
        """The run's _manifest.json: run id, config, inputs, counts per stage, timings, and the
        table versions of the snapshot (tables)."""
        with self.fs.open_input_stream(f"{self.path}/_manifest.json") as f:
            return json.loads(f.read().decode("utf-8"))


# Letters that Unicode decomposition leaves as they are, written the way an English text would.
_LETTERS = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ß": "ss"})


def normalize(text: str) -> str:
    """A name as find() compares it: lower case, without accents, possessive 's or punctuation,
    words separated by one space ("Erdoğan's" -> "erdogan", "Kim Jong-un" -> "kim jong un")."""
    text = unicodedata.normalize("NFKD", str(text).casefold().translate(_LETTERS))
    text = "".join(c for c in text if not unicodedata.combining(c)).translate(_LETTERS)
    text = re.sub(r"['’]s\b", "", text)
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def find(query: str, root: str = "../out", **options) -> pd.DataFrame:
    """Tables(root).find(query, ...): entities named like the query, best first."""
    return Tables(root).find(query, **options)


def interactive() -> None:
    """Show plotly figures in Jupyter and in the notebooks' HTML (run_all.sh), also offline.

    Call once, early: embeds plotly.js (about 5 MB) in the output of the calling cell, so the HTML
    loads nothing from the network. Each figure is then written twice: as plotly JSON, which
    JupyterLab draws, and as a div with its script, which the nbconvert HTML runs against the
    embedded plotly.js (plotly's "notebook" renderer does the same but also pulls MathJax from a CDN)."""
    import plotly.io as pio
    from IPython.display import HTML, display
    from plotly.io.base_renderers import MimetypeRenderer
    from plotly.offline import get_plotlyjs

    class EmbeddedFigure(MimetypeRenderer):
        def to_mimebundle(self, fig_dict):
            # auto_play off: a figure with frames (03's period slider) opens on its first period
            html = pio.to_html(fig_dict, full_html=False, include_plotlyjs=False, include_mathjax=False,
                               auto_play=False, config={"displaylogo": False}, default_width="100%",
                               default_height=525, validate=False)
            return {"text/html": html}

    pio.renderers["newsgraph"] = EmbeddedFigure()
    pio.renderers.default = "plotly_mimetype+newsgraph"
    pio.templates.default = "plotly_white"
    display(HTML(f'<script type="text/javascript">{get_plotlyjs()}</script>'))


def require(df: pd.DataFrame, columns: Iterable[str], what: str, min_rows: int = 1) -> pd.DataFrame:
    """Fail loudly (so the headless run fails) when a frame lacks columns or rows."""
    missing = [c for c in columns if c not in df.columns]
    assert not missing, f"{what}: missing columns {missing}; has {list(df.columns)}"
    assert len(df) >= min_rows, f"{what}: {len(df)} rows, expected at least {min_rows}"
    return df
