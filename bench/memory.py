"""Peak memory of `dhrparse extract` on one long text report (issue 17), run by hand.

    python bench/memory.py                      # this checkout's src/, JSON, JSON Lines, CSV
    python bench/memory.py --src /tmp/old/src   # another checkout, same input
    python bench/memory.py --stages             # resident memory after each stage (and the
                                                # peak so far), in process

The input is the bundled sample reports repeated (renumbered, as bench/hostile.py builds
its "text 50 MB report" case) until --mb megabytes, written once to --input. Each format
runs as a user would, `python -m dhrparse extract FILE ...` with stdout discarded, under
`/usr/bin/time -f "%M KB %U s"`; the figure is peak resident memory / input size.
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
import hostile_fixtures as hf  # noqa: E402

FORMATS = {
    "json": ["--format", "json"],
    "jsonl": ["--format", "jsonl"],
    "csv (-o DIR)": ["--format", "csv", "-o", "{tmp}/csv"],
}


def build(path: Path, mb: int) -> Path:
    if not path.exists():
        samples = [p.read_bytes() for p in sorted((ROOT / "samples").glob("*.txt"))]
        path.write_bytes(hf.big_text(samples, mb << 20))
    return path


def run(src: Path, path: Path, args: list[str]) -> tuple[int, float]:
    env = dict(os.environ, PYTHONPATH=str(src))
    args = [a.format(tmp=path.parent) for a in args]
    command = [
        "/usr/bin/time",
        "-f",
        "%M KB %U s",
        sys.executable,
        "-m",
        "dhrparse",
        "extract",
        str(path),
        *args,
    ]
    done = subprocess.run(command, env=env, cwd=src.parent, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    m = re.search(r"(\d+) KB ([\d.]+) s", done.stderr.decode())
    if done.returncode or not m:
        raise SystemExit(done.stderr.decode()[-2000:])
    return int(m.group(1)) * 1024, float(m.group(2))


def stages(src: Path, path: Path) -> None:
    """Resident memory after reading, cleaning, segmenting, extracting and writing JSON."""
    sys.path.insert(0, str(src))
    from dhrparse.heap import return_large_blocks
    from dhrparse.output import writers
    from dhrparse.patterns import load_patterns
    from dhrparse.pipeline import run_extractors
    from dhrparse.prepare import cleaning, segment
    from dhrparse.readers import read_path

    size = path.stat().st_size
    patterns = load_patterns()
    return_large_blocks()  # (as the CLI does)

    def resident() -> int:
        return int(Path("/proc/self/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")

    def high_water() -> int:  # the most resident so far: a stage's working copies, gone by its end
        status = Path("/proc/self/status").read_text()
        return int(re.search(r"VmHWM:\s+(\d+) kB", status).group(1)) * 1024

    base = resident()

    def show(stage: str) -> None:
        gc.collect()
        print(
            f"{stage:10s} {(resident() - base) / size:5.2f} x input above the {base >> 20} MB of imports,"
            f" peak so far {(high_water() - base) / size:5.2f} x"
        )

    doc = read_path(path)
    show("read")
    cleaning.clean(doc, patterns)
    show("clean")
    segment.segment(doc, patterns)
    show("segment")
    document = run_extractors(doc, patterns)
    show("extract")
    with open(os.devnull, "w") as out:
        writers.write_json(out, [document], single=True)
    show("json")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--src", type=Path, default=ROOT / "src")
    parser.add_argument("--mb", type=int, default=50)
    parser.add_argument("--input", type=Path, default=Path("/tmp/dhrparse-memory/big.txt"))
    parser.add_argument("--stages", action="store_true")
    parser.add_argument("--formats", nargs="*", default=list(FORMATS))
    opts = parser.parse_args()
    opts.input.parent.mkdir(parents=True, exist_ok=True)
    path = build(opts.input, opts.mb)
    if opts.stages:
        stages(opts.src.resolve(), path)
        return
    size = path.stat().st_size
    for name in opts.formats:
        peak, user = run(opts.src.resolve(), path, FORMATS[name])
        print(
            f"{name:14s} peak {peak >> 20:5d} MB = {peak / size:5.1f} x input ({size >> 20} MB), {user:.0f} s user"
        )


if __name__ == "__main__":
    main()
