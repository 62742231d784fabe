"""A tracker's RAG key printed as a table of three columns or more: "RAG | Meaning | When to use".

Trackers printed from a workbook put their key on a sheet of its own, a row per colour with its
meaning and guidance beside it. Under such a key Green is "On track" (in progress) and Blue
"Complete", the reverse of the default that reads Green as done: the key's own words decide, in
a Word table and in a layout-preserving text export, where only wide gaps keep the cells apart.
A tracker's own rows, which also open a line with a colour, are no key."""

from __future__ import annotations

import io

import pytest
from docx_build import add_row, make_table, new_doc

import dhrparse
from dhrparse.patterns import load_patterns
from dhrparse.plan.rag_key import read_key
from dhrparse.readers import read_path

KEY = [
    ("Blue", "Complete", "Every step done and the evidence seen by the panel."),
    ("Green", "On track", "Started and expected to finish by the due date."),
    ("Amber", "At risk", "Started but the due date may slip; say why in the update."),
    ("Red", "Not started", "Not yet begun, or stopped."),
]
PLAN_HEADER = ["Ref", "RAG", "Action", "Owner", "Due date", "Progress update"]
PLAN = [
    (
        "1.1",
        "Blue",
        "Publish a guide to the new referral route.",
        "Partnership Manager",
        "30/06/2024",
        "Guide live.",
    ),
    (
        "1.2",
        "Green",
        "Brief every ward team on the guide.",
        "Lead Nurse",
        "31/03/2025",
        "Six of ten briefed.",
    ),
    (
        "2.1",
        "Amber",
        "Audit twenty referrals made by ward staff.",
        "Audit Lead",
        "31/12/2024",
        "Sample delayed.",
    ),
    ("2.2", "Red", "Report the audit to the board.", "Board Manager", "30/06/2025", "Waits for 2.1."),
]
WANT = {"1.1": "complete", "1.2": "in_progress", "2.1": "in_progress", "2.2": "not_started"}


def _word() -> bytes:
    doc = new_doc(landscape=True)
    doc.add_paragraph("Tennbury Community Safety Partnership: DHR recommendations tracker")
    doc.add_paragraph("RAG key")
    key = make_table(doc, ["RAG", "Meaning", "When to use"], [3, 4, 12])
    for row in KEY:
        add_row(key, row, [3, 4, 12])
    doc.add_paragraph("Action plan")
    widths = [1.5, 2, 7, 4, 3, 7]
    plan = make_table(doc, PLAN_HEADER, widths)
    for row in PLAN:
        add_row(plan, row, widths)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _layout_text() -> str:
    """The same as a layout-preserving text export prints it: columns kept apart by spaces."""
    out = ["Tennbury Community Safety Partnership: DHR recommendations tracker", "", "RAG key"]
    out.append(f"{'':8}{'RAG':<10}{'Meaning':<16}When to use")
    out += [f"{'':8}{c:<10}{m:<16}{u}" for c, m, u in KEY]
    out += ["", "Action plan", ""]
    cols = [6, 8, 44, 22, 13]
    out.append("".join(f"{h:<{w}}" for h, w in zip(PLAN_HEADER, cols)) + PLAN_HEADER[-1])
    for row in PLAN:
        out.append("".join(f"{c:<{w}}" for c, w in zip(row, cols)) + row[-1])
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("route", ["word", "layout text"])
def test_a_key_table_with_guidance_beside_its_meanings_rates_the_colours(route):
    doc = (
        dhrparse.extract(_word(), name="tracker.docx")
        if route == "word"
        else dhrparse.extract(_layout_text(), name="tracker.txt")
    )
    assert {a.ref: a.status.value for a in doc.actions} == WANT


def _joined_key_text(header: bool) -> str:
    """The key as text taken out a printed line at a time (a blank line after every line, the
    cells of each line joined by single spaces), so each row's meaning runs on into its guidance."""
    lines = ["RAG key", *(["RAG Meaning When to use"] if header else [])]
    lines += [" ".join(row) for row in KEY]
    return "".join(f"{line} \n\n" for line in lines)


def test_a_key_table_printed_with_its_cells_joined_reads_each_meaning_from_its_opening(tmp_path):
    path = tmp_path / "key.txt"
    path.write_text(_joined_key_text(header=True), encoding="utf-8")
    assert read_key(read_path(path), load_patterns()) == {
        "blue": "complete",
        "green": "in_progress",
        "amber": "in_progress",
        "red": "not_started",
    }


def test_colour_lines_running_on_with_no_key_header_above_them_are_no_key(tmp_path):
    # (without the header naming a meaning column, a line opening with a colour and running on is
    # as likely a tracker's row as a key's)
    path = tmp_path / "key.txt"
    path.write_text(_joined_key_text(header=False), encoding="utf-8")
    assert read_key(read_path(path), load_patterns()) == {}
