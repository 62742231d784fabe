"""Score every gold-bearing document of a tree on every route it has, one JSON line a record type.

    python dev/measure.py TREE OUT.quality [SET ...]   # JOBS=2 by default; PYTHON picks the interpreter
    ROUTES=txt,corpus python dev/measure.py TREE OUT.quality heldout27 zoo

Name sets to measure only those (a change's own sets, in a minute rather than ten); ROUTES
limits the routes. A partial run compares with dev/falls.py against a whole one: falls.py
looks only at what both runs hold.

The sets: the bundled samples (gold in ../shared/gold), every tests/ folder holding gold
(`<stem>.json` beside `<stem>.txt`), tests/zoo/pending and heldout2's tables. The routes:
`.txt` (text), `.pdf`, `.docx` and `.corpus.txt` (corpus text). TREE's own source runs
(PYTHONPATH=TREE/src), so a `git archive` of a base commit measures the base. Each line:
{set, route, doc, kind, f1, tp, gold, out, fields, labels}, the fields as tests/score.py counts
them. Compare two runs with dev/falls.py; sum one up with dev/settable.py. Run by hand, not by
the tests (a whole run takes some minutes).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROUTES = {"txt": ".txt", "pdf": ".pdf", "docx": ".docx", "corpus": ".corpus.txt"}
NOT_SETS = {"gold", "title_pages", "title_pages_blind", "fixtures", "data"}


def gold_files(folder: Path) -> dict[str, dict]:
    """The gold documents in a folder, by the text file each scores."""
    golds = {}
    for path in sorted(folder.glob("*.json")):
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
        except ValueError:
            continue
        if (
            isinstance(gold, dict)
            and "file" in gold
            and any(k in gold for k in ("recommendations", "actions", "chronology"))
        ):
            golds[gold["file"]] = gold
    return golds


def measured_sets(tree: Path) -> list[tuple[str, Path, Path]]:
    """(name, folder of renderings, folder of gold) for each set."""
    shared = next((p for p in (tree.parent / "shared", Path("/work/shared")) if (p / "gold").is_dir()), tree)
    sets = [("samples", tree / "samples", shared / "gold")]
    for folder in sorted((tree / "tests").iterdir()):
        if folder.is_dir() and folder.name not in NOT_SETS:
            sets.append((folder.name, folder, folder))
    sets.append(("pending", tree / "tests/zoo/pending", tree / "tests/zoo/pending"))
    sets.append(("tables2", tree / "tests/heldout2/tables", tree / "tests/heldout2"))
    return sets


def jobs(tree: Path, only_sets: list[str] = (), only_routes: list[str] = ()):
    for name, folder, gold_folder in measured_sets(tree):
        if only_sets and name not in only_sets:
            continue
        golds = gold_files(gold_folder)
        for route, ext in ROUTES.items():
            if only_routes and route not in only_routes:
                continue
            files = []
            for text_name in golds:
                stem = text_name.removesuffix(".txt") if text_name.endswith(".txt") else Path(text_name).stem
                rendering = folder / (stem + ext)
                if rendering.exists():
                    files.append((text_name, rendering))
            if files:
                yield name, route, golds, files


def scored(tree: Path, python: str, job) -> list[dict]:
    import score  # tests/score.py of the tree measured

    name, route, golds, files = job
    env = dict(os.environ, PYTHONPATH=str(tree / "src"))
    command = [python, "-m", "dhrparse", "extract", *[str(f) for _, f in files], "--format", "jsonl"]
    run = subprocess.run(command, capture_output=True, text=True, env=env, cwd=str(tree))
    by_name = {}
    for line in run.stdout.splitlines():
        if line.strip():
            doc = json.loads(line)
            source = doc.get("source") or {}
            by_name[source.get("name") or Path(source.get("path") or "").name] = doc
    rows = []
    for text_name, rendering in files:
        for kind, tally in score.score_doc(golds[text_name], by_name.get(rendering.name, {}), False).items():
            rows.append(
                {
                    "set": name,
                    "route": route,
                    "doc": text_name,
                    "kind": kind,
                    "f1": tally.f1(),
                    "tp": tally.tp,
                    "gold": tally.gold,
                    "out": tally.out,
                    "fields": tally.fields,
                    "labels": tally.labels,
                }
            )
    return rows


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__)
        return 2
    tree, out = Path(argv[0]).resolve(), Path(argv[1])
    only_routes = [r for r in os.environ.get("ROUTES", "").split(",") if r]
    sys.path.insert(0, str(tree / "tests"))
    python = os.environ.get("PYTHON", sys.executable)
    with ThreadPoolExecutor(int(os.environ.get("JOBS", "2"))) as pool:
        results = list(
            pool.map(lambda job: scored(tree, python, job), list(jobs(tree, argv[2:], only_routes)))
        )
    with out.open("w", encoding="utf-8") as handle:
        for rows in results:
            for row in rows:
                handle.write(json.dumps(row) + "\n")
    print(f"{sum(map(len, results))} rows -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
