"""One dev/measure.py run summed up per set: the README's set tables.

    python dev/settable.py RUN.quality [ROUTE] [--docs]

Per set (or per document with --docs) and route: for recommendations, actions and chronology,
the mean F1 over the documents whose gold holds that record type, the refs / statuses / dates
right of those matched, and the gold and output counts; then each route's means over the sets.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict

KEY_FIELD = {"recommendations": "ref", "actions": "status", "chronology": "date"}


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    with open(argv[0], encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    route = next((a for a in argv[1:] if not a.startswith("-")), None)
    per_doc = "--docs" in argv
    sums = defaultdict(lambda: {"gold": 0, "out": 0, "right": 0, "judged": 0, "f1s": []})
    for row in rows:
        if (route and row["route"] != route) or row["kind"] not in KEY_FIELD:
            continue
        name = f"{row['set']}/{row['doc'][:50]}" if per_doc else row["set"]
        total = sums[(name, row["route"], row["kind"])]
        total["gold"] += row["gold"]
        total["out"] += row["out"]
        right, judged = row["fields"].get(KEY_FIELD[row["kind"]], (0, 0))
        total["right"] += right
        total["judged"] += judged
        if row["gold"]:
            total["f1s"].append(row["f1"])
    means = defaultdict(list)
    for name, rt in sorted({(k[0], k[1]) for k in sums}):
        cells = []
        for kind in KEY_FIELD:
            total = sums.get((name, rt, kind))
            if not total or not total["f1s"]:
                cells.append(f"{'-':>18}")
                continue
            mean = sum(total["f1s"]) / len(total["f1s"])
            means[(rt, kind)].append(mean)
            cells.append(
                f"{mean:.2f} ({total['right']}/{total['judged']}) g{total['gold']}o{total['out']}".rjust(18)
            )
        print(f"{name:40.40} {rt:6}", *cells)
    for rt in sorted({k[0] for k in means}):
        print(
            "MEAN",
            rt,
            *(f"{kind[0].upper()} {sum(v) / len(v):.3f}" for kind in KEY_FIELD if (v := means[(rt, kind)])),
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
