"""What the SQLite library costs.

Run by hand (not a test):  python bench/bench_sqlite.py [--repeat 5] [--sizes 100 500] [--jobs 2]

1. Adding the three bundled samples: `dhrparse extract samples/*.txt --db NEW.db`
   against `dhrparse extract samples/*.txt --format csv -o DIR`, each timed as a
   user runs it (interpreter start-up included), interleaved, best and median of
   --repeat runs (the machine may be shared: the best run is the least disturbed).
2. Libraries of --sizes documents (copies of the samples under other names, in a
   temporary folder that is removed afterwards) built in one pass with
   `batch --format sqlite`: seconds, and the peak resident memory of the parent
   process (which holds the library) and of the largest worker.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}


CPU: dict[str, list[float]] = {}


def _run(args: list[str], label: str = "") -> float:
    """Wall seconds of one CLI run; its CPU seconds (user + system, which a busy
    machine disturbs less than wall time) are kept under `label`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "dhrparse", *args],
        check=False,
        env=ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU.setdefault(label, []).append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return wall


def samples_cost(repeat: int) -> None:
    """Interleaved runs: csv, a new library, and a library that already holds other reviews."""
    times: dict[str, list[float]] = {"csv": [], "new library": [], "existing library": []}
    fixtures = [str(p) for p in sorted((ROOT / "tests" / "fixtures" / "library").glob("*.txt"))]
    with tempfile.TemporaryDirectory() as tmp:
        files = [str(p) for p in SAMPLES]
        _run(["extract", *fixtures, "--db", f"{tmp}/base.db"])
        for i in range(repeat):
            times["csv"].append(_run(["extract", *files, "--format", "csv", "-o", f"{tmp}/csv{i}"], "csv"))
            times["new library"].append(_run(["extract", *files, "--db", f"{tmp}/lib{i}.db"], "new library"))
            shutil.copyfile(f"{tmp}/base.db", f"{tmp}/more{i}.db")
            times["existing library"].append(
                _run(["extract", *files, "--db", f"{tmp}/more{i}.db"], "existing library")
            )
    base_best, base_median = min(times["csv"]), statistics.median(times["csv"])
    cpu_best = min(CPU["csv"])
    for name in times:
        print(f"3 samples, {name:<17}: CPU best {min(CPU[name]):.3f}s ({min(CPU[name]) / cpu_best:.3f}x csv)")
    for name, runs in times.items():
        print(
            f"3 samples, {name:<17}: best {min(runs):.3f}s ({min(runs) / base_best:.3f}x csv)  "
            f"median {statistics.median(runs):.3f}s ({statistics.median(runs) / base_median:.3f}x csv)"
        )


def build(folder: str, db: str, jobs: int) -> None:
    """Runs in its own process, so its peak memory is the library build's alone."""
    sys.path.insert(0, str(ROOT / "src"))
    from dhrparse.batch.command import run_batch

    start = time.perf_counter()
    with open(os.devnull, "w") as quiet:
        result = run_batch([folder], Path(db).parent, formats=["sqlite"], jobs=jobs, progress_stream=quiet)
    seconds = time.perf_counter() - start
    print(
        json.dumps(
            {
                "seconds": seconds,
                "failed": result.failed,
                "parent_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                "worker_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
            }
        )
    )


def library_cost(sizes: list[int], jobs: int) -> None:
    for size in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "reviews"
            folder.mkdir()
            for i in range(size):
                sample = SAMPLES[i % len(SAMPLES)]
                shutil.copyfile(sample, folder / f"copy_{i:04d}_{sample.name}")
            db = Path(tmp) / "out" / "reviews.db"
            out = subprocess.run(
                [sys.executable, __file__, "--build", str(folder), str(db), str(jobs)],
                capture_output=True,
                text=True,
                env=ENV,
                check=True,
            )
            stats = json.loads(out.stdout.strip().splitlines()[-1])
            import sqlite3

            with sqlite3.connect(db) as conn:
                docs = conn.execute("select count(*) from documents where status = 'ok'").fetchone()[0]
                recs = conn.execute("select count(*) from recommendations").fetchone()[0]
            print(
                f"{size} documents: {stats['seconds']:.1f}s, {docs} stored, {recs} recommendations, "
                f"db {db.stat().st_size / 1e6:.1f} MB, peak RSS parent {stats['parent_rss_mb']:.0f} MB, "
                f"largest worker {stats['worker_rss_mb']:.0f} MB"
            )


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--build":
        build(sys.argv[2], sys.argv[3], int(sys.argv[4]))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--sizes", type=int, nargs="*", default=[100, 500])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--skip-samples", action="store_true")
    args = parser.parse_args()
    if not args.skip_samples:
        samples_cost(args.repeat)
    library_cost(args.sizes, args.jobs)


if __name__ == "__main__":
    main()
