"""Execute the notebooks headless (papermill) and render them to HTML (nbconvert).

Called by run_all.sh with the venv's Python from the notebooks folder:
    python run_notebooks.py --tables DIR_OR_URI --output DIR [NN-topic ...]

Before executing, checks every NN-topic.py has its NN-topic.ipynb with the same cells and no
outputs, and a first code cell tagged `parameters`. Executes every notebook even when one fails,
then exits 1 naming the failures.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import jupytext
import nbformat
import papermill
from nbconvert import HTMLExporter

HERE = Path(__file__).resolve().parent


def pairing_problems(py: Path) -> list[str]:
    """What is wrong with a notebook pair: missing .ipynb, cells out of sync, outputs committed, no parameters cell."""
    ipynb = py.with_suffix(".ipynb")
    if not ipynb.exists():
        return [f"{ipynb.name} is missing: run `jupytext --sync notebooks/{py.name}`"]
    source, paired = jupytext.read(py), nbformat.read(ipynb, as_version=4)
    problems = []
    if [(c.cell_type, c.source) for c in source.cells] != [(c.cell_type, c.source) for c in paired.cells]:
        problems.append(f"{ipynb.name} differs from {py.name}: run `jupytext --sync notebooks/{py.name}`")
    if any(c.get("outputs") or c.get("execution_count") for c in paired.cells if c.cell_type == "code"):
        problems.append(f"{ipynb.name} has outputs: commit it without (jupyter nbconvert --clear-output)")
    code = [c for c in source.cells if c.cell_type == "code"]
    if not code or "parameters" not in code[0].metadata.get("tags", []):
        problems.append(f"{py.name}: the first code cell must be tagged `parameters`")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tables", required=True, help="table root of a newsgraph run (folder or URI)")
    parser.add_argument("--output", required=True, help="folder for executed notebooks and HTML")
    parser.add_argument("notebooks", nargs="*", help="names (NN-topic) to run; default all")
    args = parser.parse_args()

    sources = sorted(HERE.glob("[0-9][0-9]-*.py"))
    if args.notebooks:
        wanted = {Path(n).stem for n in args.notebooks}
        unknown = wanted - {p.stem for p in sources}
        if unknown:
            print(f"[notebooks] no such notebook: {', '.join(sorted(unknown))}", file=sys.stderr)
            return 2
        sources = [p for p in sources if p.stem in wanted]
    if not sources:
        print("[notebooks] no notebooks found", file=sys.stderr)
        return 2

    problems = [p for py in sources for p in pairing_problems(py)]
    if problems:
        print("[notebooks] " + "\n[notebooks] ".join(problems), file=sys.stderr)
        return 1

    output = Path(args.output)
    output.mkdir(parents=True, exist_ok=True)
    exporter = HTMLExporter()
    failed, started = [], time.monotonic()
    for py in sources:
        executed = output / py.with_suffix(".ipynb").name
        t0 = time.monotonic()
        error = None
        try:
            papermill.execute_notebook(str(py.with_suffix(".ipynb")), str(executed), cwd=str(HERE),
                                       parameters={"table_root": args.tables}, kernel_name="python3",
                                       progress_bar=False)
        except Exception as e:  # papermill still writes the executed copy, with the error in it
            error = e
        if executed.exists():
            body, _ = exporter.from_notebook_node(nbformat.read(executed, as_version=4))
            (output / py.with_suffix(".html").name).write_text(body, encoding="utf-8")
        seconds = time.monotonic() - t0
        if error is None:
            print(f"[notebooks] {py.stem:28s} ok      {seconds:5.1f} s -> {output / py.with_suffix('.html').name}",
                  file=sys.stderr)
        else:
            failed.append(py.stem)
            print(f"[notebooks] {py.stem:28s} FAILED  {seconds:5.1f} s: {str(error).strip().splitlines()[-1] if str(error).strip() else type(error).__name__}",
                  file=sys.stderr)
    total = time.monotonic() - started
    print(f"[notebooks] ran in {total:.1f} s against {args.tables}; HTML in {output}", file=sys.stderr)
    print(f"notebooks: {len(sources) - len(failed)} passed, {len(failed)} failed", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
