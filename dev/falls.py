"""What moved between two dev/measure.py runs: per set, route, document and record type.

    python dev/falls.py BEFORE.quality AFTER.quality

A line for each record type whose F1 or any field's right count changed: "up" or "DOWN" (F1
fell, or F1 held and a field's right count fell), then the counts. The last line, "up N down M",
is the one a change must keep at down 0.
"""

from __future__ import annotations

import json
import sys


def measured(path: str) -> dict[tuple, dict]:
    rows = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            rows[(row["set"], row["route"], row["doc"], row["kind"])] = row
    return rows


def field_moves(before: dict, after: dict) -> dict[str, int]:
    right_before = {name: counts[0] for name, counts in before["fields"].items()}
    right_after = {name: counts[0] for name, counts in after["fields"].items()}
    names = set(right_before) | set(right_after)
    return {
        n: right_after.get(n, 0) - right_before.get(n, 0)
        for n in names
        if right_after.get(n, 0) != right_before.get(n, 0)
    }


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    before, after = measured(argv[0]), measured(argv[1])
    # a run of a few sets (dev/measure.py TREE OUT SET...) is compared on the sets and routes it holds
    both = {key[:2] for key in before} & {key[:2] for key in after}
    up = down = 0
    for key in sorted(set(before) | set(after)):
        old, new = before.get(key), after.get(key)
        if not old or not new:
            if key[:2] in both:
                print("ONLY", "before" if old else "after", *key)
            continue
        moved_f1 = new["f1"] - old["f1"]
        moves = field_moves(old, new)
        if abs(moved_f1) < 1e-9 and not moves:
            continue
        worse = moved_f1 < -1e-9 or (abs(moved_f1) < 1e-9 and any(v < 0 for v in moves.values()))
        down, up = down + worse, up + (not worse)
        print(
            "DOWN" if worse else "up  ",
            f"{key[0]:12} {key[1]:6} {key[3][:5]:5} {old['f1']:.3f}->{new['f1']:.3f}",
            f"out {old['out']}->{new['out']}",
            moves or "",
            key[2][:70],
        )
    print(f"up {up} down {down}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
