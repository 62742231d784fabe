"""Build the pending zoo document `sar_plan_block_bars_roman_refs_wyncliffe`: a Safeguarding
Adults Board's action plan for a SAR, DejaVu Sans Condensed 9.5, landscape, whose progress is a
bar of five blocks and no status word.

An introduction, the recommendations "1." to "4." as a numbered list, a "Progress key:" line,
then the table Rec | No. | Action | Lead | Target | Progress | Latest position: the recommendation's
number merged down its actions' rows, the actions numbered "1(i)", "1(ii)", "2(i)" as printed,
targets dd.mm.yyyy, the Progress cell a bar "■■■□□" (five filled complete, one to four in
progress, none not started). The rows run over a page break, the header repeated.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/pending/build_sar_plan_block_bars_roman_refs.py
    /tmp/plumbvenv/bin/python dev/corpus_style.py DIR   # on a folder holding its .pdf and .json
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from docx_build import add_row, make_table, merge_down, new_doc, para  # noqa: E402
from office_export import save_rendered  # noqa: E402
from plan_gold import (  # noqa: E402
    action_record,
    line_holding,
    plan_gold,
    recommendation_record,
    review,
    save_gold,
)

STEM = "sar_plan_block_bars_roman_refs_wyncliffe"
RECS = [
    "Wyncliffe Safeguarding Adults Board should ask every placing authority to tell the host "
    "area's adult social care when a person with complex needs moves in.",
    "Commissioners should check that a provider can meet a person's mental health needs before "
    "a placement out of area is agreed.",
    "The drug and alcohol service should offer naloxone to every person leaving residential "
    "detoxification.",
    "The Board should test, through a multi-agency audit, whether the changes above have made a "
    "difference to people placed out of area.",
]  # fmt: skip
# (rec, ref, action, lead, target, filled squares, latest position)
ACTIONS = [
    ("1", "1(i)", "Write to every placing authority in the region about host area notification.",
     "SAB Business Manager", "31.03.2025", 5, "Letters sent in March."),
    ("1", "1(ii)", "Agree a notification form with the neighbouring boards.",
     "SAB Business Manager", "30.06.2025", 3, "Draft shared with two boards."),
    ("1", "1(iii)", "Record each notification received on the adult social care system.",
     "Head of Adult Social Care", "30.09.2025", 1, "System change requested."),
    ("2", "2(i)", "Add a mental health needs check to the placement approval checklist.",
     "Head of Commissioning", "31.05.2025", 5, "Checklist in use since May."),
    ("2", "2(ii)", "Review the placements agreed in the last year against the checklist.",
     "Head of Commissioning", "31.10.2025", 2, "Eleven of forty reviewed."),
    ("2", "2(iii)", "Report the review's findings to the Board's quality subgroup.",
     "Quality Subgroup Chair", "31.12.2025", 0, "Not yet due."),
    ("3", "3(i)", "Offer naloxone and training to every person before discharge from detox.",
     "Recovery Service Manager", "30.04.2025", 5, "Offered to all since April."),
    ("3", "3(ii)", "Give naloxone kits to the families of people leaving detox who agree.",
     "Recovery Service Manager", "31.08.2025", 4, "Kits given to nine families."),
    ("4", "4(i)", "Plan a multi-agency audit of out of area placements with partners.",
     "SAB Business Manager", "31.01.2026", 1, "Scope agreed."),
    ("4", "4(ii)", "Carry out the audit and present its findings to the Board.",
     "Quality Subgroup Chair", "30.06.2026", 0, "Due to begin next year."),
    ("4", "4(iii)", "Publish a short briefing on what the audit found.",
     "SAB Business Manager", "30.09.2026", 0, "Not yet due."),
]  # fmt: skip


def bar(filled: int) -> str:
    return "■" * filled + "□" * (5 - filled)


def state(filled: int) -> str:
    return "complete" if filled == 5 else "not_started" if filled == 0 else "in_progress"


def _iso(due: str) -> str:
    day, month, year = due.split(".")
    return f"{year}-{month}-{day}"


def build() -> None:
    doc = new_doc(
        landscape=True, font="DejaVu Sans Condensed", size=9.5,
        footer_label="SAR 'Dominic' action plan – Wyncliffe SAB – page",
    )  # fmt: skip
    para(doc, "Wyncliffe Safeguarding Adults Board", bold=True, size=14)
    para(doc, "Safeguarding Adults Review 'Dominic': action plan", bold=True, size=12)
    para(
        doc,
        "Dominic was 47 when he died of an overdose in a care home eighty miles from his family. This plan "
        "sets out how the Board and its partners will act on the review's four recommendations.",
    )
    para(doc, "Recommendations", bold=True)
    for n, text in enumerate(RECS, 1):
        para(doc, f"{n}. {text}")
    para(doc, "Progress key: each ■ is a fifth of the action complete; □ a fifth still to do.")
    widths = [1.3, 1.6, 7.4, 3.8, 2.4, 2.2, 6.0]
    table = make_table(doc, ["Rec", "No.", "Action", "Lead", "Target", "Progress", "Latest position"], widths)
    first = 1
    for k, (rec, ref, action, lead, due, filled, note) in enumerate(ACTIONS):
        add_row(table, [rec, ref, action, lead, due, bar(filled), note], widths)
        last = k + 1 == len(ACTIONS) or ACTIONS[k + 1][0] != rec
        if last:
            merge_down(table, 0, first, k + 1)
            first = k + 2
    para(doc, "Next update to the Board: March 2026.")
    save_rendered(doc, HERE, STEM)


def gold() -> dict:
    lines = (HERE / f"{STEM}.txt").read_text(encoding="utf-8").splitlines()
    recs = [
        recommendation_record(str(n), " ".join(text.split()[:10]), line_holding(lines, text, 4))
        for n, text in enumerate(RECS, 1)
    ]
    actions = [
        action_record(
            action.rstrip("."),
            line_holding(lines, action, 3),
            ref=ref,
            recommendation_ref=rec,
            lead=lead,
            target_date_raw=due,
            target_date=_iso(due),
            status_raw=bar(filled),
            status=state(filled),
        )
        for rec, ref, action, lead, due, filled, _ in ACTIONS
    ]
    return plan_gold(
        STEM,
        description=(
            "SAB's SAR action plan (DejaVu Sans Condensed 9.5, landscape): recommendations 1.-4., a 'Progress "
            "key:' line, then Rec | No. | Action | Lead | Target | Progress | Latest position with refs '1(i)', "
            "targets dd.mm.yyyy and a five-block bar for progress, no status word; rows over a page break"
        ),
        review=review("SAR", "Wyncliffe", "Dominic", age=47),
        review_alternatives={"area": ["Wyncliffe Safeguarding Adults Board"]},
        recommendations=recs,
        actions=actions,
        notes=(
            "Refs as printed ('1(i)'); the recommendation's number from the merged Rec cell. Each bar's status: "
            "five filled complete, one to four in progress, none not started; the bar kept as status_raw."
        ),
    )


if __name__ == "__main__":
    build()
    save_gold(HERE, STEM, gold())
    print("wrote", f"{STEM}.json")
