"""Spreadsheet trackers with a completion flag, and SMART plans with sub-actions, in several layouts.

A hypothesis strategy draws tracker rows (row id, recommendation number, action, lead, target date,
a revised date or none, an update or none, a "Closed (Y/N)" flag) and the way the export prints
them: the flag's header and form ("Y"/"N", "Yes"/"No"), where the revised date sits, tab cells or
columns side by side. Whatever the layout, each row's ref is its id, its recommendation its
number, its target the agreed date (never the revision) and its status what flag and update say
together: closed is complete; open with an update reporting work is in progress; open with
nothing reported is unknown. A second strategy draws SMART plans whose numbered recommendation
cell is merged down over sub-actions numbered 1.1, 1.2 in the action cell, rated by a RAG word.
"""

from __future__ import annotations

import textwrap

from hypothesis import given
from hypothesis import strategies as st

from dhrparse.pipeline import extract

ACTIONS = [
    "Add a safety question to the housing triage script",
    "Audit thirty incident logs for a recorded refusal",
    "Run two briefings for practice safeguarding leads",
    "Publish a referral guide on the staff intranet",
    "Review the carers' assessment template with carers",
]
LEADS = [
    "Housing Options Manager",
    "Det Supt Public Protection",
    "Partnership Business Manager",
    "Named Nurse",
]
TARGETS = [("31/07/2024", "2024-07-31"), ("30/11/2024", "2024-11-30"), ("31/03/2025", "2025-03-31")]
UPDATES = ["Half the logs checked; findings due in March.", "First briefing held; second booked."]
FLAG_HEADERS = ["Closed Y/N", "Closed (Y/N)", "Completed (Y/N)", "Closed"]


@st.composite
def tracker(draw) -> dict:
    n = draw(st.integers(2, 4))
    rows = []
    for k in range(n):
        closed = draw(st.booleans())
        update = (
            draw(st.sampled_from(["Done and evidenced.", ""]))
            if closed
            else draw(st.sampled_from(UPDATES + [""]))
        )
        rows.append(
            {
                "id": f"TRK-{101 + k}",
                "rec": str(1 + k // 2),
                "action": ACTIONS[k],
                "lead": draw(st.sampled_from(LEADS)),
                "target": draw(st.sampled_from(TARGETS)),
                "revised": draw(st.sampled_from(["", "30/06/2025", "#####"])),
                "update": update,
                "closed": closed,
            }
        )
    return {
        "rows": rows,
        "flag_header": draw(st.sampled_from(FLAG_HEADERS)),
        "yes_no": draw(st.sampled_from([("Y", "N"), ("Yes", "No")])),
        "revised_first": draw(st.booleans()),
        "tabs": draw(st.booleans()),
    }


def _columns(t: dict) -> list[str]:
    dates = ["Revised date", "Target date"] if t["revised_first"] else ["Target date", "Revised date"]
    return ["ID", "Rec no.", "Action", "Lead officer", *dates, "Update", t["flag_header"]]


def _cells(row: dict, t: dict) -> dict[str, str]:
    return {
        "ID": row["id"],
        "Rec no.": row["rec"],
        "Action": row["action"],
        "Lead officer": row["lead"],
        "Target date": row["target"][0],
        "Revised date": row["revised"],
        "Update": row["update"],
        t["flag_header"]: t["yes_no"][0 if row["closed"] else 1],
    }


def render_tracker(t: dict) -> str:
    columns = _columns(t)
    out = ["Review actions tracker – export", ""]
    if t["tabs"]:
        out.append("\t".join(columns))
        out += ["\t".join(_cells(r, t)[c] for c in columns) for r in t["rows"]]
        return "\n".join(out) + "\n"
    widths = {c: max(len(c), 10) + 3 for c in columns} | {"Action": 28, "Update": 26, "Lead officer": 20}
    out += [side_by_side(widths, columns, dict(zip(columns, columns))), ""]
    for r in t["rows"]:
        out += [side_by_side(widths, columns, _cells(r, t)), ""]
    return "\n".join(out) + "\n"


def side_by_side(widths: dict[str, int], columns: list[str], cells: dict[str, str]) -> str:
    wrapped = [textwrap.wrap(cells[c], widths[c] - 3, break_long_words=False) or [""] for c in columns]
    height = max(len(w) for w in wrapped)
    lines = [
        "".join((w[i] if i < len(w) else "").ljust(widths[c]) for c, w in zip(columns, wrapped)).rstrip()
        for i in range(height)
    ]
    return "\n".join(lines)


def _status(row: dict) -> str:
    if row["closed"]:
        return "complete"
    return "in_progress" if row["update"] else "unknown"


@given(t=tracker())
def test_a_completion_flag_tracker_comes_back_in_every_layout(tmp_path_factory, t: dict):
    path = tmp_path_factory.mktemp("tracker") / "tracker.txt"
    path.write_text(render_tracker(t), encoding="utf-8")
    got = extract(path).actions
    assert [(a.ref, a.recommendation_ref) for a in got] == [(r["id"], r["rec"]) for r in t["rows"]]
    assert [a.target_date.start if a.target_date else None for a in got] == [
        r["target"][1] for r in t["rows"]
    ]
    assert [a.status.value for a in got] == [_status(r) for r in t["rows"]]


RECS = [
    "The partnership should make sure housing staff know how to refer an older victim.",
    "The police should check that officers ask about weapons at every domestic call.",
    "The board should share the learning from this review with every partner.",
]
RAG = {"Green": "complete", "Amber": "in_progress", "Red": "not_started"}


@st.composite
def smart_plan(draw) -> list[tuple[str, list[tuple[str, str, str]]]]:
    plan = []
    for n, rec in enumerate(RECS[: draw(st.integers(1, 3))], start=1):
        subs = draw(st.integers(1, 3))
        plan.append(
            (
                f"{n}. {rec}",
                [
                    (
                        f"{n}.{m} {ACTIONS[(n + m) % len(ACTIONS)]}",
                        draw(st.sampled_from(LEADS)),
                        draw(st.sampled_from(list(RAG))),
                    )
                    for m in range(1, subs + 1)
                ],
            )
        )
    return plan


def render_smart(plan) -> str:
    columns = ["Recommendation", "Specific action", "Lead officer", "Target date", "RAG"]
    widths = {"Recommendation": 34, "Specific action": 32, "Lead officer": 24, "Target date": 14, "RAG": 8}
    out = ["SMART action plan", "", side_by_side(widths, columns, dict(zip(columns, columns))), ""]
    for rec, subs in plan:
        rec_lines = textwrap.wrap(rec, widths["Recommendation"] - 3)
        body: list[str] = []
        for action, lead, rag in subs:
            cells = {
                "Recommendation": "",
                "Specific action": action,
                "Lead officer": lead,
                "Target date": "31/03/2025",
                "RAG": rag,
            }
            body += side_by_side(widths, columns, cells).split("\n")
        # the merged recommendation cell runs down beside its sub-actions
        height = max(len(body), len(rec_lines))
        body += [""] * (height - len(body))
        out += [
            (
                (rec_lines[i] if i < len(rec_lines) else "").ljust(widths["Recommendation"])
                + body[i][widths["Recommendation"] :]
            ).rstrip()
            for i in range(height)
        ]
    return "\n".join(out) + "\n"


@given(plan=smart_plan())
def test_sub_actions_under_a_merged_recommendation_are_the_actions(tmp_path_factory, plan):
    path = tmp_path_factory.mktemp("smart") / "smart.txt"
    path.write_text(render_smart(plan), encoding="utf-8")
    got = extract(path).actions
    want = [(a.split()[0], rec.split(".")[0], RAG[rag]) for rec, subs in plan for a, _, rag in subs]
    assert [(a.ref, a.recommendation_ref, a.status.value) for a in got] == want
