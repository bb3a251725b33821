#!/usr/bin/env bash
# Runs every analyst notebook headless against a run's tables and writes executed copies as HTML.
#
#   notebooks/run_all.sh                      # tables from the bundled sample, run into target/notebook-run
#   notebooks/run_all.sh --tables out         # tables of an existing run (a folder, or s3://..., hdfs://...)
#   notebooks/run_all.sh 05-drilldown         # only some notebooks (names without extension)
#
# Creates the venv notebooks/.venv when missing (or when requirements.txt changed), runs
# `jobs/newsgraph run` into target/notebook-run when no --tables is given and those tables are
# missing or older than the sources, checks the tables read as written (check_tables.py: timestamp
# types, no stray files), checks `jobs/newsgraph export` on the sample's tables when all notebooks
# run (check_export.py: the GEXF, GraphML and CSV of 2023-09 read back by networkx and pandas, node
# and edge counts derived from the tables), checks each .py/.ipynb pair is in sync and output-free,
# then executes each notebook with papermill (table_root passed as a parameter). Executed notebooks
# and their HTML go to target/notebooks/. Exits non-zero when a check or any notebook fails.
# `jobs/mvn verify` calls this after the integration tests; -Dnotebooks.skip=true skips it.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/notebooks/.venv"
REQUIREMENTS="$ROOT/notebooks/requirements.txt"
TABLES=""
NOTEBOOKS=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --tables) TABLES="${2:?--tables needs a DIR or URI}"; shift 2 ;;
    -h|--help) sed -n '2,16p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) NOTEBOOKS+=("$1"); shift ;;
  esac
done

say() { echo "[notebooks] $*" >&2; }

# 1. The venv, rebuilt when requirements.txt differs from what it was installed from.
if [[ ! -x "$VENV/bin/python" ]] || ! cmp -s "$REQUIREMENTS" "$VENV/requirements.installed"; then
  say "creating $VENV from notebooks/requirements.txt ..."
  rm -rf "$VENV"
  "${PYTHON:-python3}" -m venv "$VENV"
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check -r "$REQUIREMENTS"
  cp "$REQUIREMENTS" "$VENV/requirements.installed"
fi

# 2. The tables: given, or the bundled sample run into target/notebook-run.
if [[ -z "$TABLES" ]]; then
  TABLES="$ROOT/target/notebook-run"
  if [[ ! -f "$TABLES/_manifest.json" ]] \
     || [[ -n "$(find "$ROOT/src/main" "$ROOT/pom.xml" "$ROOT/newsgraph.pom.xml" "$ROOT/jobs" -newer "$TABLES/_manifest.json" -print -quit)" ]]; then
    say "running the job on the bundled sample into target/notebook-run ..."
    rm -rf "$TABLES"
    # with the optional Spark NLP stages, for the topics and keywords the notebooks show
    "$ROOT/jobs/newsgraph" run --output "$TABLES" \
      --set nlp.topics.enabled=true --set nlp.keywords.enabled=true >&2
  fi
else
  case "$TABLES" in *://*) ;; *) TABLES="$(realpath -m "$TABLES")" ;; esac
fi

# 3. The tables read as written by pyarrow, DuckDB and polars (timestamp types, no stray files), and
#    the export of the sample's 2023-09 network read back by networkx and pandas (the sample's tables
#    and all notebooks only: it starts jobs/newsgraph four times).
cd "$ROOT/notebooks"
case "$TABLES" in
  *://*) say "remote tables: check_tables.py and check_export.py skipped (they walk local folders)" ;;
  *)
    "$VENV/bin/python" check_tables.py --tables "$TABLES"
    if [[ ${#NOTEBOOKS[@]} -eq 0 && "$TABLES" == "$ROOT/target/notebook-run" ]]; then
      "$VENV/bin/python" check_export.py --tables "$TABLES" --out "$ROOT/target/export-check"
    fi
    ;;
esac

# 4. Execute.
exec "$VENV/bin/python" run_notebooks.py --tables "$TABLES" --output "$ROOT/target/notebooks" "${NOTEBOOKS[@]}"
