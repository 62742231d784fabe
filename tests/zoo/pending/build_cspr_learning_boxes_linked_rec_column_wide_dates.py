"""Build cspr_learning_boxes_linked_rec_column_wide_dates_orrinwick: the CSPR of
`build_cspr_learning_boxes_recommendation_run_ins.py` (findings with learning point boxes and
"Recommendation N: " run-ins, the local plan one table per agency, No. | Action | Lead | Rec. |
By when | Status) for another partnership, its plan's By when column wide enough that no date
wraps and its Action column narrower, so every action and most leads wrap onto a second line.

In corpus text each row's first line then joins "Head of Service 1 Jun 2025": the Rec. cell, a
recommendation's number alone, sits between the lead's words and the date, and nothing but
the cells' kinds tells the lead's last word from a word of the Rec. column. The Rec. cells
are no recommendations: only the run-ins are.

    python tests/zoo/pending/build_cspr_learning_boxes_linked_rec_column_wide_dates.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # then the .corpus.txt

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
_SPEC = importlib.util.spec_from_file_location(
    "run_ins", HERE / "build_cspr_learning_boxes_recommendation_run_ins.py"
)
base = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(base)

from office_export import save_with_gold  # noqa: E402  (put on the path by the base builder)

PLACE, BASE_PLACE = "Orrinwick", "Fernhallow"
STEM = "cspr_learning_boxes_linked_rec_column_wide_dates_orrinwick"
WIDTHS = [1.0, 6.0, 3.2, 1.2, 2.8, 2.2]  # (By when 2.8 cm: "30/09/2025" on one line)


def _placed(value):
    """`value` with the base builder's partnership's place name made this one's."""
    if isinstance(value, str):
        return value.replace(BASE_PLACE, PLACE)
    if isinstance(value, (list, tuple)):
        return type(value)(_placed(v) for v in value)
    if isinstance(value, dict):
        return {k: _placed(v) for k, v in value.items()}
    return value


def build() -> None:
    base.STEM, base.WIDTHS = STEM, WIDTHS
    base.PARTNERSHIP = _placed(base.PARTNERSHIP)
    base.FINDINGS[:] = _placed(base.FINDINGS)
    base.PLAN[:] = _placed(base.PLAN)
    base.WRITTEN = "Written by helper s50h49rest; fictional."

    def gold(lines):
        record = _placed(base.gold(lines))
        record["description"] += " The By when column is wide enough that no date wraps."
        return record

    save_with_gold(base.document(), HERE, STEM, gold, layout=True)


if __name__ == "__main__":
    build()
