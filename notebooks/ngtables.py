"""Reading newsgraph's published tables from the notebooks.

Only reading: every number shown by a notebook comes from a table the job wrote (docs/tables.md).
A table root is a local folder ("../out", "/data/newsgraph") or a URI that pyarrow's file systems
understand ("s3://bucket/newsgraph", "hdfs://namenode:8020/newsgraph", "gs://...").

    tables = Tables("../out")
    tables.read("cooccurrence", granularity="month", bucket="2023-09", period="2023-09")
    tables.read("mentions", columns=["article_id", "entity_id"], entity_id=["leader:Q7747", "leader:Q56226"])

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

    def manifest(self) -> dict:
        """The run's _manifest.json: run id, config, inputs, counts per stage, timings, and the
        table versions of the snapshot (tables)."""
        with self.fs.open_input_stream(f"{self.path}/_manifest.json") as f:
            return json.loads(f.read().decode("utf-8"))


def require(df: pd.DataFrame, columns: Iterable[str], what: str, min_rows: int = 1) -> pd.DataFrame:
    """Fail loudly (so the headless run fails) when a frame lacks columns or rows."""
    missing = [c for c in columns if c not in df.columns]
    assert not missing, f"{what}: missing columns {missing}; has {list(df.columns)}"
    assert len(df) >= min_rows, f"{what}: {len(df)} rows, expected at least {min_rows}"
    return df
