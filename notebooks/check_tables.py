"""Checks that a run's tables read as written in the readers analysts use (issue 22).

    notebooks/.venv/bin/python notebooks/check_tables.py --tables out

For every table of the snapshot the root's _manifest.json names, each Parquet file of that table
version is opened with pyarrow and checked:
  - every timestamp column is INT64 TIMESTAMP(MICROS) adjusted to UTC, read as timestamp[us, tz=UTC]
    (not INT96, which pyarrow, pandas and polars read as zone-less nanoseconds);
  - no file in the table's data folders other than Parquet (no .crc checksums beside them, which
    polars would take for data); the Delta log (_delta_log) is the table's own.
Then DuckDB and polars read the articles table's files and must see a zoned timestamp, and DuckDB
reads each partitioned table's folders (hive partitioning) with SELECT unit (no reserved word) and
must type bucket VARCHAR in every folder, with one meaning: the month the period starts in.
Prints one line per table; exits 1 naming each problem. run_all.sh calls it before the notebooks.
"""
from __future__ import annotations

import argparse
import os
import sys

import duckdb
import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq
from deltalake import DeltaTable

from ngtables import Tables


def local_path(uri: str) -> str:
    return uri[len("file://"):] if uri.startswith("file://") else uri


def timestamp_problems(table: str, path: str) -> list[str]:
    problems = []
    f = pq.ParquetFile(path)
    for field in f.schema_arrow:
        if not pa.types.is_timestamp(field.type):
            continue
        if field.type.unit != "us" or field.type.tz not in ("UTC", "+00:00"):
            problems.append(f"{table}.{field.name}: {field.type} in {os.path.basename(path)}, "
                            "expected timestamp[us, tz=UTC]")
    for i in range(f.metadata.num_columns):
        column = f.schema.column(i)
        if column.physical_type == "INT96":
            problems.append(f"{table}.{column.name}: INT96 in {os.path.basename(path)}")
    return problems


def stray_files(table: str, folder: str) -> list[str]:
    problems = []
    for parent, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if d != "_delta_log"]
        for name in files:
            if not name.endswith(".parquet"):
                problems.append(f"{table}: {os.path.relpath(os.path.join(parent, name), folder)} is not Parquet")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tables", required=True, help="a local table root of a newsgraph run")
    args = parser.parse_args()
    tables = Tables(args.tables)
    names = tables.names()
    if not names:
        print(f"[check_tables] no tables under {args.tables}", file=sys.stderr)
        return 1
    problems: list[str] = []
    files_of: dict[str, list[str]] = {}
    for name in names:
        uri = f"{tables.path}/{name}"
        files = [local_path(u) for u in DeltaTable(uri, version=tables.version(name)).file_uris()]
        files_of[name] = files
        found = [p for f in files for p in timestamp_problems(name, f)]
        found += stray_files(name, uri)
        problems += found
        print(f"[check_tables] {name:18s} {len(files):3d} file(s) {'ok' if not found else 'PROBLEMS'}",
              file=sys.stderr)
    articles = files_of.get("articles", [])
    if articles:
        kinds = {r[0] for r in duckdb.sql(
            f"SELECT DISTINCT typeof(published_at) FROM read_parquet({articles!r})").fetchall()}
        if kinds != {"TIMESTAMP WITH TIME ZONE"}:
            problems.append(f"DuckDB reads articles.published_at as {sorted(kinds)}")
        dtype = pl.read_parquet(articles).schema["published_at"]
        if dtype != pl.Datetime("us", "UTC"):
            problems.append(f"polars reads articles.published_at as {dtype}")
    for name in ("entity_counts", "cooccurrence", "periods", "trends"):
        if name not in files_of or not files_of[name]:
            continue
        try:
            source = f"read_parquet('{tables.path}/{name}/**/*.parquet', hive_partitioning = true)"
            if name != "trends":
                units = {r[0] for r in duckdb.sql(f"SELECT DISTINCT unit FROM {source}").fetchall()}
                if not units or not units <= {"article", "sentence"}:
                    problems.append(f"DuckDB reads {name}.unit as {sorted(units)}")
            kinds = {r[0] for r in duckdb.sql(f"SELECT DISTINCT typeof(bucket) FROM {source}").fetchall()}
            if kinds != {"VARCHAR"}:
                problems.append(f"DuckDB types {name}.bucket {sorted(kinds)} across its folders")
            wrong = duckdb.sql(f"SELECT count(*) FROM {source} WHERE bucket <> CASE WHEN granularity = 'all'"
                               " THEN 'all' ELSE strftime(period_start, '%Y-%m') END").fetchall()[0][0]
            if wrong:
                problems.append(f"{name}: {wrong} rows whose bucket is not the month their period starts in")
        except duckdb.Error as e:  # an output of layout 1 has no column unit
            problems.append(f"DuckDB cannot read {name} as documented: {str(e).splitlines()[0]}")
    for p in problems:
        print(f"[check_tables] {p}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
