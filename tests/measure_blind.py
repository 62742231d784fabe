"""Per-field hit rates on the blind title pages (tests/title_pages_blind/), same comparison as score.py."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import score

from dhrparse.pipeline import extract

HERE = Path(__file__).resolve().parent / "title_pages_blind"
FIELDS = ("author", "area", "date_of_death", "review_id", "review_type")


def rates(names=None):
    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
    counts = {f: [0, 0] for f in FIELDS}
    misses = []
    for name, want in sorted(gold.items()):
        if names and name not in names:
            continue
        got = extract(HERE / name).review.model_dump()
        for field in FIELDS:
            if want.get(field) is None:
                continue
            ok = score.review_field_ok(field, want[field], got.get(field))
            counts[field][0] += ok
            counts[field][1] += 1
            if not ok:
                shown = got.get(field)
                shown = shown.get("start") if isinstance(shown, dict) else shown
                misses.append(f"{name}: {field} want {want[field]!r} got {shown!r}")
    return {f: tuple(c) for f, c in counts.items()}, misses


if __name__ == "__main__":
    prefix = sys.argv[1] if len(sys.argv) > 1 else ""
    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
    counts, misses = rates({n for n in gold if n.startswith(prefix)})
    for field, (ok, n) in counts.items():
        print(f"{field:14s} {ok}/{n} = {ok / n:.2f}" if n else f"{field:14s} -")
    print("\n".join(misses))
