"""Per-stage CPU timings of one document (run by hand, not a test): where the time of
`dhrparse extract` goes, with import cost measured separately.

    PYTHONPATH=src python bench/bench_stages.py FILE [FILE ...]
"""

from __future__ import annotations

import sys
import time

t0 = time.process_time()
from dhrparse.coding import themes  # noqa: E402
from dhrparse.extractors import actions, chronology, recommendations, review  # noqa: E402
from dhrparse.ledger import Ledger
from dhrparse.output.writers import to_json  # noqa: E402
from dhrparse.patterns import load_patterns  # noqa: E402
from dhrparse.pipeline import link_actions, run_extractors  # noqa: E402
from dhrparse.plan.reader import read_plan  # noqa: E402
from dhrparse.prepare import (
    cleaning,
    segment,  # noqa: E402
)
from dhrparse.readers import read_path  # noqa: E402

IMPORTS = time.process_time() - t0


def stages(path: str) -> list[tuple[str, float]]:
    out: list[tuple[str, float]] = []
    t = time.process_time()

    def mark(name: str) -> None:
        nonlocal t
        now = time.process_time()
        out.append((name, now - t))
        t = now

    patterns = load_patterns()
    mark("patterns")
    doc = read_path(path)
    mark("read")
    cleaning.clean(doc, patterns)
    mark("clean")
    segment.segment(doc, patterns)
    mark("segment")
    ctx = Ledger(patterns=patterns)
    found = review.extract(doc, ctx)
    mark("review")
    plan = read_plan(doc, ctx)
    found = review.settle_doc_kind(doc, ctx, plan, found)
    mark("plan")
    recs = recommendations.extract(doc, ctx, found, plan.recommendations)
    mark("recommendations")
    rows = actions.extract(doc, ctx, plan)
    mark("actions")
    chronology.extract(doc, ctx, found)
    mark("chronology")
    link_actions(recs, rows)
    themes.code_recommendations(recs, rows, found, patterns)
    mark("themes")
    document = run_extractors(doc, patterns)  # the real path once more, for the writer
    t = time.process_time()
    to_json([document], single=True)
    mark("write json")
    return out


def main() -> None:
    print(f"imports {IMPORTS:6.2f} s")
    for path in sys.argv[1:]:
        result = stages(path)
        total = sum(s for _, s in result)
        print(f"{path}: {total:6.2f} s  " + "  ".join(f"{n} {s:.2f}" for n, s in result))


if __name__ == "__main__":
    main()
