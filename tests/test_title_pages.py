"""Title pages of published reviews, written in our own words (tests/title_pages/).

Each `*.txt` is the opening of a review as a text export shows it: a cover in one of the
forms published reviews use (labels or none, qualifications and dates run on, names over
two lines, capitals, the preface's prose), sometimes with a panel list or the dates of
notification, report and conviction beside the date of death. `gold.json` holds what a
careful reader records from each. The test reports the hit rate per field and holds each
to 0.9; run this file as a script to print the rates and every miss.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import score

from dhrparse.pipeline import extract

HERE = Path(__file__).resolve().parent / "title_pages"
GOLD = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
FIELDS = ("author", "area", "date_of_death", "review_id", "review_type")
MIN_RATE = 0.9


def _found(name: str) -> dict:
    review = extract(HERE / name).review.model_dump()
    return review


def rates() -> tuple[dict[str, tuple[int, int]], list[str]]:
    counts = {f: [0, 0] for f in FIELDS}
    misses = []
    for name, want in sorted(GOLD.items()):
        got = _found(name)
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
    return {f: (a, b) for f, (a, b) in counts.items()}, misses


@pytest.fixture(scope="module")
def measured():
    return rates()


@pytest.mark.parametrize("field", FIELDS)
def test_title_page_field_hit_rate(measured, field):
    counts, misses = measured
    ok, n = counts[field]
    assert n, f"no title page in the set gives a {field}"
    assert ok / n >= MIN_RATE, f"{field}: {ok}/{n}\n" + "\n".join(m for m in misses if f": {field} " in m)


def test_title_pages_have_gold_for_every_file():
    names = {p.name for p in HERE.glob("*.txt")}
    assert names == set(GOLD), "every title page needs its gold (and every gold its page)"


if __name__ == "__main__":
    counts, misses = rates()
    for field, (ok, n) in counts.items():
        print(f"{field:14s} {ok}/{n} = {ok / n:.2f}" if n else f"{field:14s} -")
    print("\n".join(misses))
