"""Generate action-plan tables in several families as Word documents, export them to PDF with
LibreOffice and to text with plain `pdftotext`, and write beside each .txt the truth it was
built from (`<stem>.truth.json`: each row's action, lead, target date and status value).

The exports are what the text route meets when a Word plan is published as PDF and read
without -layout: cells printed column by column, row by row, or both, short cells placed where
they fall. tests/test_plan_colprint.py reads every committed export and requires that no
status, lead or target date is given to a row it does not belong to.

    python tests/column_blocks/generate_colprint.py OUT_DIR COUNT [SEED [FAMILY]]

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from docx_build import add_row, heading, make_table, new_doc, para  # noqa: E402

VERBS = ["Review", "Audit", "Deliver", "Publish", "Write", "Agree", "Update", "Add", "Brief", "Commission"]
OBJECTS = [
    "the referral pathway for victims who move between districts",
    "twenty case files for a recorded risk assessment",
    "training on coercive control to frontline staff",
    "a practice note on economic abuse",
    "guidance on seeing a patient alone",
    "the MARAC information-sharing agreement",
    "a question on carers to the assessment form",
    "a briefing for call handlers",
]
LEADS = [
    "Community Safety Manager",
    "Head of Housing Options",
    "Designated Nurse for Safeguarding Adults",
    "Detective Inspector, Public Protection",
    "IDVA Service Manager",
    "Board Business Manager",
    "Principal Social Worker",
    "Named GP",
]
DATES = [
    "March 2024",
    "30/06/2024",
    "Q3 2024/25",
    "December 2023",
    "31 October 2024",
    "Ongoing",
    "April 2025",
]
STATUS_WORDS = {
    "Complete": "complete",
    "In progress": "in_progress",
    "Not started": "not_started",
    "Completed": "complete",
    "Ongoing": "in_progress",
    "Partially complete": "in_progress",
}
RAG = {"Green": "complete", "Amber": "in_progress", "Red": "not_started"}
STATUS_PHRASES = {
    "Complete – signed off by the board in May.": "complete",
    "In progress – two of five teams trained so far.": "in_progress",
    "Not started – waiting for the new case system.": "not_started",
    "Completed 12/02/2024; copy sent to every partner.": "complete",
}
FAMILIES = {
    "ho": (
        ["Action to take", "Lead Agency", "Target Date", "Date of completion and Outcome"],
        STATUS_PHRASES,
    ),
    "tracker": (["Ref", "Action", "Lead", "Target date", "Progress", "RAG status"], RAG),
    "rag": (["Ref", "Action", "Lead", "Target date", "RAG"], RAG),
    "single": (["Ref", "Action", "Owner", "Timescale", "Status"], STATUS_WORDS),
    "rag_first": (["Ref", "Action", "Lead", "RAG", "Target date"], RAG),
    "status_words": (["Ref", "Action", "Lead", "Target date", "Status"], STATUS_WORDS),
}
PROGRESS = [
    "Work began in the spring.",
    "Draft shared with partners for comment.",
    "No update this quarter.",
    "Sessions booked for the autumn and a trainer found.",
    "",
]
RAG_KEY = "RAG key: Green – complete; Amber – in progress; Red – not started."


def plan(rnd: random.Random, only: str | None = None) -> tuple[str, list[dict], list[list[str]], list[str]]:
    family = only or rnd.choice(sorted(FAMILIES))
    header, statuses = FAMILIES[family]
    rows, truth = [], []
    for k in range(rnd.randint(2, 7)):
        action = f"{rnd.choice(VERBS)} {rnd.choice(OBJECTS)}."
        lead, date = rnd.choice(LEADS), rnd.choice(DATES)
        status = rnd.choice(sorted(statuses))
        cells = {
            "Ref": f"{k // 2 + 1}.{k % 2 + 1}",
            "Action": action,
            "Action to take": action,
            "Lead": lead,
            "Lead Agency": lead,
            "Owner": lead,
            "Target date": date,
            "Target Date": date,
            "Timescale": date,
            "Progress": rnd.choice(PROGRESS),
            "RAG status": status,
            "RAG": status,
            "Status": status,
            "Date of completion and Outcome": status,
        }
        rows.append([cells[h] for h in header])
        truth.append({"action": action, "lead": lead, "target_date": date, "status": statuses[status]})
    return family, truth, rows, header


def build(rnd: random.Random, stem: str, folder: Path, only: str | None = None) -> dict:
    family, truth, rows, header = plan(rnd, only)
    landscape = rnd.random() < 0.5
    doc = new_doc(landscape=landscape, footer_label="Generated plan")
    heading(doc, "Action plan", 1)
    para(doc, "The partnership agreed the actions below at its meeting in the autumn.")
    width = 25.0 if landscape else 16.5
    weights = [
        1.2 if h == "Ref" else 4.0 if h in ("Action", "Action to take", "Progress") else rnd.uniform(1.8, 3.5)
        for h in header
    ]
    widths = [width * w / sum(weights) for w in weights]
    size = rnd.choice([8, 9, 10])
    t = make_table(doc, header, widths, size=size)
    for row in rows:
        add_row(t, row, widths, size=size)
    para(doc, "")
    if family in ("tracker", "rag"):
        para(doc, RAG_KEY)
    para(doc, "Progress is reported to the partnership every quarter.")
    doc.save(folder / f"{stem}.docx")
    return {"family": family, "header": header, "rows": truth}


def main() -> None:
    out, count = Path(sys.argv[1]), int(sys.argv[2])
    rnd = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    only = sys.argv[4] if len(sys.argv) > 4 and not sys.argv[4].startswith("--") else None  # one family
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        truths = {f"gen{k:03d}": build(rnd, f"gen{k:03d}", Path(tmp), only) for k in range(count)}
        docs = sorted(str(p) for p in Path(tmp).glob("*.docx"))
        subprocess.run(
            ["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, *docs],
            check=True,
            capture_output=True,
        )
        for stem, truth in truths.items():
            subprocess.run(["pdftotext", f"{tmp}/{stem}.pdf", str(out / f"{stem}.txt")], check=True)
            (out / f"{stem}.truth.json").write_text(json.dumps(truth, indent=1) + "\n", encoding="utf-8")
            shutil.copy(f"{tmp}/{stem}.docx", out / f"{stem}.docx") if "--keep" in sys.argv else None


if __name__ == "__main__":
    main()
