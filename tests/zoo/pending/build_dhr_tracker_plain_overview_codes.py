"""Build a zoo DHR tracker of the same family as `build_dhr_tracker_source_column_overview_imr.py`
(whose builder this reuses), its codes and Source cells in the other forms trackers print:
overview refs with no hyphen ("OV1", "OV2") beside the IMRs' hyphenated codes ("IMR-P1",
"IMR-G1", "IMR-H1"), Source cells "Overview" and "IMR – <agency>" (a dash, not a colon), statuses
Closed / Open – on track / Open – delayed / Not started.

dhr_tracker_plain_overview_codes_harwood: the same page furniture as the harwood tracker.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_dhr_tracker_plain_overview_codes.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py tests/zoo/pending   # the corpus-text rendering
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build_dhr_tracker_source_column_overview_imr as family  # noqa: E402
from plan_gold import save_gold  # noqa: E402

STEM = "dhr_tracker_plain_overview_codes_harwood"
STATES = {
    "Closed": "complete",
    "Open – on track": "in_progress",
    "Open – delayed": "in_progress",
    "Not started": "not_started",
}
# (ref, source, recommendation, agency (None: overview), [(action, owner, due, update, status)])
RECS = [
    (
        "OV1",
        "Overview",
        "Harwood Community Safety Partnership should run a campaign telling older people where "
        "to get help with abuse at home.",
        None,
        [
            (
                "Design the campaign with the older people's forum.",
                "Partnership Officer",
                "30-Sep-25",
                "Forum gave its views in August.",
                "Closed",
            ),
            (
                "Place posters in every GP surgery and pharmacy.",
                "Communications Lead",
                "31-Dec-25",
                "Half of the sites covered.",
                "Open – on track",
            ),
        ],
    ),
    (
        "OV2",
        "Overview",
        "Harwood Community Safety Partnership should check that its domestic abuse training "
        "covers abuse by a partner who is also a carer.",
        None,
        [
            (
                "Review the training content with a carers' organisation.",
                "Training Coordinator",
                "31-Mar-26",
                "Meeting arranged for February.",
                "Not started",
            ),
        ],
    ),
    (
        "IMR-P1",
        "IMR – Police",
        "Harwood Police should make sure that officers attending a call about an older couple "
        "speak to each person alone.",
        "Police",
        [
            (
                "Brief response officers on speaking to each person alone.",
                "Chief Inspector, Response",
                "30-Jun-25",
                "Briefing given at every station.",
                "Closed",
            ),
        ],
    ),
    (
        "IMR-G1",
        "IMR – GP practice",
        "The GP practice should offer an older patient an appointment without their partner at "
        "least once a year.",
        "GP practice",
        [
            (
                "Add a yearly appointment alone to the frailty review template.",
                "Practice Manager",
                "31-Oct-25",
                "Template change waiting for the supplier.",
                "Open – delayed",
            ),
        ],
    ),
    (
        "IMR-H1",
        "IMR – Hospital trust",
        "Harwood Hospitals Trust should make sure that ward staff ask about abuse when an older "
        "patient is admitted after a fall at home.",
        "Hospital trust",
        [
            (
                "Add a question about safety at home to the falls admission checklist.",
                "Named Nurse Adults",
                "31-Dec-25",
                "Question drafted; the checklist is being reprinted.",
                "Open – on track",
            ),
            (
                "Audit thirty falls admissions for the new question.",
                "Clinical Audit Manager",
                "31-Mar-26",
                "Not yet due.",
                "Not started",
            ),
        ],
    ),
]


if __name__ == "__main__":
    family.STEM, family.RECS, family.STATES = STEM, RECS, STATES
    family.build()
    gold = family.gold()
    gold["description"] = gold["description"].replace("OV-1", "OV1").replace("15-Sep-25", "30-Sep-25")
    gold["notes"] = (
        "OV rows are overview recommendations; IMR rows agency level, the agency the Source column "
        "names after 'IMR –'. No action refs (recommendation_ref the merged Ref cell). 'Open – on "
        "track' and 'Open – delayed' are in progress; 'Closed' complete."
    )
    save_gold(HERE, STEM, gold)
    print("wrote", f"{STEM}.json")
