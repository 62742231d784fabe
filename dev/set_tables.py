"""The README's set tables from two dev/measure.py runs: each set's mean F1 and right counts
(refs / statuses / dates of the matched records) at the start of a session and now.

    python dev/set_tables.py BEFORE.quality AFTER.quality ROUTE    # ROUTE: corpus, txt, pdf, docx

Prints a Markdown table, zoo and pending first, a cell bold where it moved, "(new)" for a set
the first run did not have, then the means over the sets.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict

KEY_FIELD = {"recommendations": "ref", "actions": "status", "chronology": "date"}


def per_set(path: str) -> dict[tuple[str, str, str], dict]:
    sums = defaultdict(lambda: {"f1s": [], "right": 0, "judged": 0})
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row["kind"] not in KEY_FIELD or not row["gold"]:
                continue
            total = sums[(row["set"], row["route"], row["kind"])]
            total["f1s"].append(row["f1"])
            right, judged = row["fields"].get(KEY_FIELD[row["kind"]], (0, 0))
            total["right"] += right
            total["judged"] += judged
    return sums


def _cell(total: dict) -> str:
    return f"{sum(total['f1s']) / len(total['f1s']):.2f} ({total['right']}/{total['judged']})"


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__)
        return 2
    before, after, route = per_set(argv[0]), per_set(argv[1]), argv[2]
    sets = sorted({key[0] for key in after if key[1] == route})
    order = [s for s in ("zoo", "pending") if s in sets] + [s for s in sets if s not in ("zoo", "pending")]
    print("| set | R session start → now | A session start → now | C session start → now |")
    print("|---|---|---|---|")
    means = defaultdict(lambda: ([], []))
    for name in order:
        cells = []
        for kind in KEY_FIELD:
            old, new = before.get((name, route, kind)), after.get((name, route, kind))
            if not new:
                cells.append("–")
                continue
            means[kind][1].append(sum(new["f1s"]) / len(new["f1s"]))
            if not old:
                cells.append(f"{_cell(new)} (new)")
                continue
            means[kind][0].append(sum(old["f1s"]) / len(old["f1s"]))
            cells.append(_cell(new) if _cell(old) == _cell(new) else f"{_cell(old)} → **{_cell(new)}**")
        print(f"| `{name}` | " + " | ".join(cells) + " |")
    print()
    print(
        "means over the sets:",
        ", ".join(
            f"{kind[0].upper()} {sum(old) / max(len(old), 1):.3f} → {sum(new) / max(len(new), 1):.3f}"
            for kind, (old, new) in means.items()
        ),
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
