"""The Brackwater trust plan's layout (build_mh_investigation_trust_plan_percent_status_brackwater)
again, with the columns a touch narrower for the Recommendation cell and wider for Responsible and
Evidence of completion, the "RN:" cells naming the commissioners beside the trust, and each action
two or three lines long. The first row is then taller than the rest of page 1 can hold after the
summary: page 1 prints one row, its cells one after another (the ref "1.1", the "R1:" cell, the
action, the owner, the evidence, the timescale, the percentage), and the table carries on from
action 1.2 under its header printed again. Plain pdftotext prints that first page's part of the
table as one row's cells each a block of its own (its short cells one line each), which a reader
taking column blocks must not read as columns printed one after another.

* mh_trust_plan_row_page_part_ashmoorby: four recommendations, eight actions.

    python tests/zoo/pending/build_mh_trust_plan_row_page_part_ashmoorby.py
    /tmp/plumbvenv/bin/python -c "import sys; sys.path.insert(0, 'dev'); from corpus_style import render; \
      open('tests/zoo/pending/mh_trust_plan_row_page_part_ashmoorby.corpus.txt', 'w').write(\
      render(__import__('pathlib').Path('tests/zoo/pending/mh_trust_plan_row_page_part_ashmoorby.pdf')))"

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from office_export import save_rendered  # noqa: E402
from plan_gold import save_gold  # noqa: E402

_SPEC = importlib.util.spec_from_file_location(
    "trust_plan", HERE / "build_mh_investigation_trust_plan_percent_status_brackwater.py"
)
base = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(base)

base.STEM = "mh_trust_plan_row_page_part_ashmoorby"
base.TRUST = "Ashmoorby and District Mental Health NHS Foundation Trust"
base.WIDTHS = [1.2, 4.0, 5.0, 4.2, 5.6, 2.0, 1.6]
base.RECS = [
    "The Trust, with its commissioners and the local authority, should make sure that a patient's risk to "
    "named family members is reviewed whenever the patient's care coordinator changes.",
    "The Trust, with its commissioners and the local authority, should require that a carer who reports a "
    "relapse is called back by a clinician within one working day.",
    "The Trust, with its commissioners and the local authority, should audit how discharge from the "
    "community team is agreed with the patient's GP.",
    "The Trust, with its commissioners and the local authority, should share this report's learning with "
    "its community teams and report on it to the Board.",
]
base.ACTIONS = [
    (ref, f"{action} and check it with the teams", lead, evidence, due, pct)
    for ref, action, lead, evidence, due, pct in base.ACTIONS
]


if __name__ == "__main__":
    save_rendered(base.word_document(), HERE, base.STEM)
    save_gold(
        HERE, base.STEM, base.gold((HERE / f"{base.STEM}.txt").read_text(encoding="utf-8").splitlines())
    )
