"""Themes over every blind set, per set and per theme (a measuring tool, not a test).

    PYTHONPATH=src /tmp/venv/bin/python bench/themes_bench.py            # extract, cache, score
    PYTHONPATH=src /tmp/venv/bin/python bench/themes_bench.py --cached   # re-code the cached asks
    ... --misses THEME   lists the recommendations where THEME is missed or over-given

Extraction (Word route, .txt where there is no .docx) is cached in /tmp/themes_bench.json:
each matched recommendation's text, title, agency hint and gold themes, so a change to the
theme coder is re-measured in seconds. Scope needs the extraction: run without --cached.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, "tests")
import score  # noqa: E402

CACHE = Path("/tmp/themes_bench.json")


def extract_all(route: str) -> list[dict]:
    from dhrparse.pipeline import extract

    rows = []
    for folder in sorted(Path("tests").glob("heldout*")):
        for g in sorted(folder.glob("*.json")):
            gold = json.loads(g.read_text())
            if "file" not in gold:
                continue
            p = g.with_suffix(route)
            if not p.exists():
                p = g.with_suffix(".txt")
            doc = json.loads(extract(p).model_dump_json())
            pairs, _ = score.match(
                gold.get("recommendations", []), doc.get("recommendations", []), score.rec_hit
            )
            for gr, o in pairs:
                if "themes" not in gr:
                    continue
                rows.append(
                    {
                        "set": folder.name,
                        "doc": g.stem,
                        "ref": gr.get("ref"),
                        "gold": gr["themes"] or [],
                        "out": o.get("themes") or [],
                        "text": o.get("text") or "",
                        "title": o.get("title"),
                        "hint": o.get("agency_printed") or o.get("agency"),
                        "scope_ok": None if not gr.get("scope") else gr["scope"] == o.get("scope"),
                    }
                )
    return rows


def recode(rows: list[dict]) -> None:
    from dhrparse.coding.themes import ThemeCoder
    from dhrparse.patterns import load_patterns

    coder = ThemeCoder(load_patterns())
    for r in rows:
        r["out"] = coder.code(r["text"], title=r["title"], addressee_hint=r["hint"]).themes


def report(rows: list[dict], misses: str | None) -> None:
    sets: dict[str, list[int]] = {}
    per: dict[str, Counter] = {}
    for r in rows:
        g, o = set(r["gold"]), set(r["out"])
        s = sets.setdefault(r["set"], [0, 0, 0])
        s[0] += len(g & o)
        s[1] += len(g)
        s[2] += len(o)
        for t in g | o:
            c = per.setdefault(t, Counter())
            c["tp" if t in g and t in o else "fn" if t in g else "fp"] += 1
    total = [0, 0, 0]
    for name, (tp, ng, no) in sorted(sets.items()):
        print(f"{name:12s} themes F1 {score.prf(tp, ng, no)[2]:.2f} ({tp}/{ng}g/{no}o)")
        total = [a + b for a, b in zip(total, (tp, ng, no))]
    p, rc, f = score.prf(*total)
    print(f"{'ALL':12s} themes F1 {f:.3f} ({total[0]}/{total[1]}g/{total[2]}o)  P={p:.3f} R={rc:.3f}")
    scoped = [r["scope_ok"] for r in rows if r["scope_ok"] is not None]
    print(f"{'':12s} scope {sum(scoped)}/{len(scoped)} (as extracted)")
    print(f"\n{'theme':22s} {'tp':>4s} {'fn':>4s} {'fp':>4s}   P     R")
    for t, c in sorted(per.items(), key=lambda kv: -(kv[1]["fn"] + kv[1]["fp"])):
        tp, fn, fp = c["tp"], c["fn"], c["fp"]
        pr = tp / (tp + fp) if tp + fp else 0
        re_ = tp / (tp + fn) if tp + fn else 0
        print(f"{t:22s} {tp:4d} {fn:4d} {fp:4d}  {pr:.2f}  {re_:.2f}")
    n = Counter(len(r["gold"]) for r in rows)
    m = Counter(len(r["out"]) for r in rows)
    print("\nthemes per recommendation, gold:", dict(sorted(n.items())), " out:", dict(sorted(m.items())))
    if misses:
        for r in rows:
            g, o = set(r["gold"]), set(r["out"])
            if (misses in g) != (misses in o):
                kind = "MISSED" if misses in g else "OVER"
                print(
                    f"\n[{kind}] {r['set']}/{r['doc']} {r['ref']} gold={r['gold']} out={r['out']} hint={r['hint']!r}"
                )
                print("   ", (r["title"] + " | " if r["title"] else "") + " ".join(r["text"].split())[:600])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cached", action="store_true")
    ap.add_argument("--route", default=".docx")
    ap.add_argument("--misses")
    a = ap.parse_args()
    if a.cached and CACHE.exists():
        rows = json.loads(CACHE.read_text())
        recode(rows)
    else:
        rows = extract_all(a.route)
        CACHE.write_text(json.dumps(rows))
    report(rows, a.misses)


if __name__ == "__main__":
    main()
