"""One action plan in the Home Office template, its recommendation (and scope) cells merged
down over their actions, some cells left blank, rendered as Word tables in several column
orders and widths, exported to PDF by LibreOffice and to text by plain `pdftotext` (no
-layout). Beside each .txt, `<stem>.truth.json` holds each row's action, lead, target date
and status value.

Plain pdftotext prints such a table as the merged recommendation column once, then each row's
cells one after another (blank cells leave nothing), and the action cells of two rows under one
merged recommendation run together: plan.row_runs reads them (tests/test_plan_rowruns.py).

    python tests/column_blocks/generate_rowruns.py OUT_DIR [SEED]

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from docx_build import add_row, heading, make_table, merge_down, new_doc, para  # noqa: E402

# (recommendation, scope, [(action, lead, milestone, target, outcome, status value)])
PLAN = [
    (
        "1. Harrowfield Community Safety Partnership should make sure that practitioners know how "
        "stalking often follows a separation and how to refer a victim to the advocacy service.",
        "Local",
        [
            (
                "Write a practice note on stalking after separation",
                "Harrowfield CSP",
                "Note drafted with the stalking advocacy service",
                "April 2024",
                "Complete – note issued to all partners in May 2024",
                "complete",
            ),
            (
                "Hold two practitioner workshops on the practice note",
                "Harrowfield CSP",
                "",
                "Autumn 2024",
                "",
                "",
            ),
        ],
    ),
    (
        "2. Harrowfield Constabulary should ask about a recent separation whenever it completes a "
        "risk assessment at a domestic incident.",
        "Local",
        [
            (
                "Add a question on recent separation to the risk form",
                "Harrowfield Constabulary",
                "Form changed in the test system",
                "30/09/2024",
                "In progress",
                "in_progress",
            )
        ],
    ),
    (
        "3. Harrowfield Health Board should seek assurance that practices record an enquiry about "
        "abuse when a patient discloses a separation.",
        "Local",
        [
            (
                "Audit twenty GP records for a recorded enquiry about abuse",
                "Harrowfield Health Board",
                "",
                "Q4 2024/25",
                "Not started",
                "not_started",
            )
        ],
    ),
    (
        "4. The Ministry of Justice should consider telling victims when a perpetrator's licence "
        "conditions change.",
        "National",
        [
            (
                "Chair to write to the Ministry of Justice with the report",
                "Harrowfield CSP",
                "Letter agreed by the panel",
                "On publication",
                "Completed – letter sent in June 2024",
                "complete",
            )
        ],
    ),
    (
        "5. Harrowfield Homes should treat repeated damage to a property as a possible sign of "
        "domestic abuse and report it through its safeguarding procedure.",
        "Local",
        [
            (
                "Brief all housing officers on reporting damage caused by a partner",
                "Harrowfield Homes",
                "Briefing pack written",
                "Dec 2024",
                "Ongoing – two of four teams briefed",
                "in_progress",
            ),
            (
                "Add a damage prompt to the tenancy visit checklist",
                "Harrowfield Homes",
                "",
                "March 2025",
                "Not yet started",
                "not_started",
            ),
        ],
    ),
    (
        "6. Harrowfield General Hospital NHS Trust should name the safeguarding lead in every "
        "discharge letter sent to a patient's GP.",
        "Local",
        [
            (
                "Review the discharge letter template",
                "Harrowfield General Hospital NHS Trust",
                "Template redrafted",
                "31 January 2025",
                "Overdue",
                "in_progress",
            )
        ],
    ),
]
NAMES = {
    "rec": "Recommendation",
    "scope": "Scope of recommendation",
    "action": "Action to take",
    "lead": "Lead Agency",
    "milestone": "Key milestones achieved in enacting recommendation",
    "target": "Target Date",
    "outcome": "Date of completion and Outcome",
}
# column orders seen in published plans: the template's, one without milestones, one without scope
ORDERS = [
    ["rec", "scope", "action", "lead", "milestone", "target", "outcome"],
    ["rec", "action", "lead", "milestone", "target", "outcome"],
    ["rec", "scope", "action", "lead", "target", "outcome"],
]
WEIGHTS = {
    "rec": 4.5,
    "scope": 1.6,
    "action": 4.0,
    "lead": 2.6,
    "milestone": 3.2,
    "target": 1.8,
    "outcome": 3.2,
}


def build(rnd: random.Random, stem: str, folder: Path, order: list[str]) -> dict:
    landscape = rnd.random() < 0.7
    doc = new_doc(landscape=landscape, footer_label="Harrowfield DHR action plan")
    heading(doc, "Domestic Homicide Review action plan", 1)
    para(doc, "Progress as reported to the partnership in the spring.")
    width = 25.0 if landscape else 16.5
    weights = [WEIGHTS[c] * rnd.uniform(0.8, 1.25) for c in order]
    widths = [width * w / sum(weights) for w in weights]
    size = rnd.choice([8, 9, 10])
    t = make_table(doc, [NAMES[c] for c in order], widths, size=size)
    truth = []
    row = 1
    for rec, scope, actions in PLAN:
        first = row
        for action, lead, milestone, target, outcome, status in actions:
            cells = {
                "rec": rec,
                "scope": scope,
                "action": action,
                "lead": lead,
                "milestone": milestone,
                "target": target,
                "outcome": outcome,
            }
            add_row(t, [cells[c] for c in order], widths, size=size)
            truth.append(
                {"action": action, "lead": lead, "target_date": target, "status": status or "unknown"}
            )
            row += 1
        merge_down(t, order.index("rec"), first, row - 1, size=size)
        if "scope" in order:
            merge_down(t, order.index("scope"), first, row - 1, size=size)
    para(doc, "")
    para(doc, "The plan is reviewed at each meeting of the partnership until every action is closed.")
    doc.save(folder / f"{stem}.docx")
    return {"order": order, "landscape": landscape, "size": size, "rows": truth}


def main() -> None:
    out = Path(sys.argv[1])
    rnd = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 7)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        truths = {}
        for k in range(9):
            truths[f"rowruns{k:02d}"] = build(rnd, f"rowruns{k:02d}", Path(tmp), ORDERS[k % len(ORDERS)])
        docs = sorted(str(p) for p in Path(tmp).glob("*.docx"))
        subprocess.run(
            ["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, *docs],
            check=True,
            capture_output=True,
        )
        for stem, truth in truths.items():
            subprocess.run(["pdftotext", f"{tmp}/{stem}.pdf", str(out / f"{stem}.txt")], check=True)
            (out / f"{stem}.truth.json").write_text(json.dumps(truth, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
