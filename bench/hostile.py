"""Time and peak memory of dhrparse on hostile inputs (the robustness issue's cases).

Run by hand (not a test):

    python bench/hostile.py --label after                 # this checkout's src/
    python bench/hostile.py --label before --src /tmp/old/src
    python bench/hostile.py --table                       # before/after table of saved runs

Builds the files in --dir (default /tmp/dhrparse-hostile, reused when present), runs each
case as a user would (`python -m dhrparse extract FILE`, stdout discarded) under
`/usr/bin/time -v` and `timeout` (--limit seconds, 60 by default), with the address space
capped (--cap-gb, 4 by default) so a blow-up ends in MemoryError instead of taking the
shared machine down. Last, every input in one `dhrparse batch` run. Results are saved as
JSON in --dir/results-LABEL.json.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
import hostile_fixtures as hf  # noqa: E402

MB = 1 << 20


def build(folder: Path) -> dict[str, tuple[list[str], str | None]]:
    """case name -> (extract arguments, stdin file or None); files written once."""
    folder.mkdir(parents=True, exist_ok=True)
    inputs = folder / "inputs"
    inputs.mkdir(exist_ok=True)

    def put(name: str, make) -> str:
        path = inputs / name
        if not path.exists():
            path.write_bytes(make())
        return str(path)

    cases: dict[str, tuple[list[str], str | None]] = {}
    for kind, data in hf.text_runs(MB // 4).items():
        cases[f"text 1 MB {kind}"] = ([put(f"run_{kind}.txt", lambda d=data: d)], None)
    cases["text 50,000 x 'Recommendation '"] = (
        [put("recommendation_x50000.txt", lambda: b"Recommendation " * 50_000)],
        None,
    )
    samples = [p.read_bytes() for p in sorted((ROOT / "samples").glob("*.txt"))]
    cases["text 50 MB report"] = ([put("big_50mb.txt", lambda: hf.big_text(samples, 50 * MB))], None)
    cases["text UTF-16 with BOM"] = ([put("utf16.txt", lambda: samples[0].decode().encode("utf-16"))], None)
    cases["text UTF-32 with BOM"] = ([put("utf32.txt", lambda: samples[0].decode().encode("utf-32"))], None)
    sparse = inputs / "sparse_3gb.txt"
    if not sparse.exists():
        with open(sparse, "wb") as fh:
            fh.truncate(3 << 30)
    cases["sparse 3 GB, --max-bytes 1000"] = ([str(sparse), "--max-bytes", "1000"], None)
    cases["/dev/zero, --max-bytes 1000"] = (["/dev/zero", "--max-bytes", "1000"], None)
    cases["stdin /dev/zero, --max-bytes 1000"] = (["-", "--max-bytes", "1000"], "/dev/zero")
    cases["docx 10,000 styles, 500 paragraphs"] = (
        [put("styles_10k.docx", lambda: hf.docx_many_styles(10_000, 500))],
        None,
    )
    cases["docx document.xml of 100 MB"] = (
        [put("body_100mb.docx", lambda: hf.docx_large_body(100 * MB))],
        None,
    )
    cases["docx bomb, 900 MB of text"] = ([put("bomb_900mb.docx", lambda: hf.docx_text_bomb(900 * MB))], None)
    cases["docx entity expansion"] = ([put("entities.docx", hf.docx_entity_expansion)], None)
    for kind in ("flate", "hex", "ascii85", "indirect_length", "padded", "filter_reference", "image"):
        cases[f"pdf bomb 1 GB, {kind}"] = (
            [put(f"bomb_{kind}.pdf", lambda k=kind: hf.pdf_bomb(k, 1 << 30))],
            None,
        )
    cases["pdf page tree of 10^6 pages"] = (
        [put("fanout_1e6.pdf", lambda: hf.pdf_page_fanout(1_000_000))],
        None,
    )
    cases["pdf 4,999 pages x 10^4 objects"] = (
        [put("objects_4999x1e4.pdf", lambda: hf.pdf_object_heavy_pages(4999, 10_000))],
        None,
    )
    return cases


def measure(argv: list[str], src: Path, limit: int, cap_gb: float, stdin: str | None) -> dict:
    env = dict(os.environ, PYTHONPATH=str(src))
    cap = int(cap_gb * (1 << 30))
    cmd = [
        "/usr/bin/time",
        "-v",
        "timeout",
        str(limit),
        "prlimit",
        f"--as={cap}",
        sys.executable,
        "-m",
        "dhrparse",
        *argv,
    ]
    with open(stdin or os.devnull, "rb") as fh:
        proc = subprocess.run(cmd, stdin=fh, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    err = proc.stderr.decode("utf-8", "replace")
    wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", err)
    seconds = (
        (int(wall.group(1) or 0) * 3600 + int(wall.group(2)) * 60 + float(wall.group(3))) if wall else None
    )
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", err)
    status = re.search(r"Exit status: (\d+)", err)
    code = int(status.group(1)) if status else proc.returncode
    message = [
        ln
        for ln in err.splitlines()
        if ln.strip() and not ln.startswith("\t") and not ln.startswith("Command ")
    ]
    last = message[-1][:160] if message else ""
    if code == 124:
        last = f"killed at the {limit} s limit"
    elif "MemoryError" in err:
        last = f"MemoryError at the {cap_gb:g} GB cap"
    return {
        "seconds": seconds,
        "rss_mb": int(rss.group(1)) / 1024 if rss else None,
        "exit": code,
        "message": last,
        "lines": len(message),
    }


def digests(folder: Path) -> dict[str, str]:
    out = {}
    for p in sorted(folder.iterdir()):
        if p.is_file() and p.stat().st_size < (1 << 30):
            out[p.name] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


def run(args) -> None:
    folder = Path(args.dir)
    cases = build(folder)
    src = Path(args.src).resolve()
    results = {}
    for name, (argv, stdin) in cases.items():
        if args.only and not re.search(args.only, name):
            continue
        results[name] = measure(["extract", *argv], src, args.limit, args.cap_gb, stdin)
        r = results[name]
        print(
            f"{name:40s} {r['seconds'] or 0:7.1f} s {r['rss_mb'] or 0:8.0f} MB  exit {r['exit']}  {r['message']}",
            flush=True,
        )
    if not args.only or re.search(args.only, "batch"):
        before = digests(folder / "inputs")
        out = folder / f"batch-{args.label}"
        extra = ["--timeout", str(args.batch_timeout)] if args.batch_timeout else []
        r = measure(
            ["batch", str(folder / "inputs"), "-o", str(out), "-j", "2", *extra],
            src,
            args.batch_limit,
            args.cap_gb,
            None,
        )
        r["inputs_unchanged"] = digests(folder / "inputs") == before
        manifest = out / "manifest.csv"
        r["manifest"] = manifest.read_text(encoding="utf-8-sig") if manifest.exists() else None
        results["batch of every input"] = r
        print(
            f"{'batch of every input':40s} {r['seconds'] or 0:7.1f} s {r['rss_mb'] or 0:8.0f} MB  "
            f"exit {r['exit']}  inputs unchanged: {r['inputs_unchanged']}  {r['message']}",
            flush=True,
        )
    path = folder / f"results-{args.label}.json"
    saved = json.loads(path.read_text()) if path.exists() else {}
    saved.update(results)
    path.write_text(json.dumps(saved, indent=1))


def table(args) -> None:
    folder = Path(args.dir)
    before = json.loads((folder / "results-before.json").read_text())
    after = json.loads((folder / "results-after.json").read_text())
    print("| case | before s | before MB | before outcome | after s | after MB | after outcome |")
    print("|---|---:|---:|---|---:|---:|---|")
    for name in after:
        b, a = before.get(name, {}), after[name]

        def cells(r):
            if not r:
                return ["-", "-", "-"]
            return [
                f"{r['seconds']:.1f}" if r.get("seconds") is not None else "-",
                f"{r['rss_mb']:.0f}" if r.get("rss_mb") is not None else "-",
                f"exit {r['exit']}: {r['message'][:70]}".replace("|", "/"),
            ]

        print("| " + " | ".join([name, *cells(b), *cells(a)]) + " |")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--dir", default="/tmp/dhrparse-hostile")
    parser.add_argument("--src", default=str(ROOT / "src"))
    parser.add_argument("--label", default="after")
    parser.add_argument("--limit", type=int, default=60, help="seconds before a case is killed")
    parser.add_argument("--batch-limit", type=int, default=600)
    parser.add_argument("--batch-timeout", type=int, default=0, help="pass --timeout to the batch (0: not)")
    parser.add_argument("--cap-gb", type=float, default=4.0)
    parser.add_argument("--only", default=None, help="regular expression: run only matching cases")
    parser.add_argument("--table", action="store_true", help="print the before/after table of saved runs")
    args = parser.parse_args()
    table(args) if args.table else run(args)


if __name__ == "__main__":
    main()
