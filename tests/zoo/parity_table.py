"""Print, per document, the records each route gives (.txt / .pdf / .docx) and their F1
against the gold: the route-parity table of the README.

    PYTHONPATH=src python tests/zoo/parity_table.py                       # the zoo and the samples
    PYTHONPATH=src python tests/zoo/parity_table.py a.txt a.word.pdf a.word.docx --gold tests/gold/002.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests")]

import score
from route_parity import record_keys as keys

from dhrparse.pipeline import extract

KINDS = ("recommendations", "actions", "chronology")


def row(paths: list[Path], gold: dict | None) -> list[str]:
    docs = [json.loads(extract(p).model_dump_json()) for p in paths]
    base = keys(docs[0])
    out = []
    for p, doc in zip(paths, docs):
        counts = "/".join(str(len(doc[k])) for k in KINDS)
        f1 = ""
        if gold is not None:
            tallies = score.score_doc(gold, doc)
            f1 = " ".join(
                f"{tallies[k].f1():.2f}" if (tallies[k].gold or tallies[k].out) else "-" for k in KINDS
            )
        same = (
            "same" if keys(doc) == base else "DIFF " + ",".join(k for k in KINDS if keys(doc)[k] != base[k])
        )
        out.append(f"  {p.name:<48} {counts:>10}  F1 {f1:<16} {same}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="*", type=Path)
    ap.add_argument("--gold", type=Path)
    args = ap.parse_args()
    print(
        "document / route                                  recs/acts/chron  F1 recs acts chron   keys vs .txt"
    )
    if args.paths:
        gold = json.loads(args.gold.read_text()) if args.gold else None
        print("\n".join(row(args.paths, gold)))
        return
    for g in sorted(HERE.glob("*.json")):
        routes = [g.with_suffix(s) for s in (".txt", ".pdf", ".docx") if g.with_suffix(s).exists()]
        if len(routes) > 1:
            print(g.stem)
            print("\n".join(row(routes, json.loads(g.read_text()))))
    for key, text in sorted((p.name[:3], p) for p in (ROOT / "samples").glob("[0-9][0-9][0-9]_*.txt")):
        gold = json.loads((ROOT / "tests" / "gold" / f"{key}.json").read_text())
        routes = [text] + sorted(
            p for p in text.parent.glob(text.stem + "*") if p.suffix in (".pdf", ".docx")
        )
        routes += sorted((ROOT / "samples" / "renderings").glob(text.stem + "*"))
        print(text.stem)
        print("\n".join(row(routes, gold)))


if __name__ == "__main__":
    main()
