"""The fields a tree gives a value that is wrong, per document: what dev/falls.py cannot see.

    python dev/wrong_values.py TREE OUT.jsonl ROUTE [SET ...]      # JOBS=2 by default; PYTHON the interpreter
    python dev/wrong_values.py --compare BEFORE.jsonl AFTER.jsonl

`falls.py` counts right fields, so a field that goes from empty to wrong (a status given to the
wrong row where none was given before) is no fall. The first form extracts every gold document
of the tree's sets (dev/measure.py's sets) on one route and keeps each "wrong" line
tests/score.py prints whose output is a value (not empty, not "unknown"). The second lists the
wrong values AFTER has that BEFORE had not, on the documents both have; its last line, "new N
gone M", is the one a change must keep at new 0.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

EMPTY = ("None", "'unknown'", "[]")  # an output that gave nothing


def wrong_lines(score, gold: dict, out: dict) -> list[str]:
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        score.score_doc(gold, out, True)
    return [
        line.strip()
        for line in printed.getvalue().splitlines()
        if line.strip().startswith("wrong") and not line.rstrip().endswith(EMPTY)
    ]


def documents(tree: Path, route: str, sets: set[str]) -> list[dict]:
    sys.path[:0] = [str(tree / "dev"), str(tree / "tests")]
    import measure
    import score

    score.VERBOSE = True
    python = os.environ.get("PYTHON", sys.executable)

    def one(job) -> list[dict]:
        name, job_route, golds, files = job
        if job_route != route or (sets and name not in sets):
            return []
        command = [python, "-m", "dhrparse", "extract", *[str(f) for _, f in files], "--format", "jsonl"]
        env = dict(os.environ, PYTHONPATH=str(tree / "src"))
        run = subprocess.run(command, capture_output=True, text=True, env=env, cwd=str(tree))
        by_name = {}
        for line in run.stdout.splitlines():
            if line.strip():
                doc = json.loads(line)
                by_name[(doc.get("source") or {}).get("name")] = doc
        return [
            {
                "set": name,
                "doc": text_name,
                "wrong": wrong_lines(score, golds[text_name], by_name.get(f.name, {})),
            }
            for text_name, f in files
        ]

    with ThreadPoolExecutor(int(os.environ.get("JOBS", "2"))) as pool:
        return [row for rows in pool.map(one, list(measure.jobs(tree))) for row in rows]


def compare(before_path: str, after_path: str) -> int:
    def load(path: str) -> dict[tuple[str, str], list[str]]:
        with open(path, encoding="utf-8") as handle:
            return {(r["set"], r["doc"]): r["wrong"] for r in map(json.loads, handle)}

    before, after = load(before_path), load(after_path)
    new = gone = 0
    for key in sorted(set(before) & set(after)):
        added = [w for w in after[key] if w not in before[key]]
        gone += sum(1 for w in before[key] if w not in after[key])
        new += len(added)
        for line in added:
            print(f"NEW  {key[0]:12} {key[1][:60]}  {line[:160]}")
    print(f"new {new} gone {gone}")
    return 0


def main(argv: list[str]) -> int:
    if len(argv) == 3 and argv[0] == "--compare":
        return compare(argv[1], argv[2])
    if len(argv) < 3:
        print(__doc__)
        return 2
    tree, out, route = Path(argv[0]).resolve(), Path(argv[1]), argv[2]
    rows = documents(tree, route, set(argv[3:]))
    out.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    print(f"{len(rows)} documents, {sum(len(r['wrong']) for r in rows)} wrong values -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
