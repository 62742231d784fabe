"""An action cell listing its actions as bullets (plan.action_bullets): each bullet that opens
with an imperative is an action of its own sharing the row's lead, date and status; a lead-in
before the bullets keeps the list one action."""

from __future__ import annotations

import io

import docx
import pytest

from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.plan.action_bullets import ActionBullets
from dhrparse.plan.layouts import _marks_joined


@pytest.fixture(scope="module")
def bullets() -> ActionBullets:
    return ActionBullets.of(load_patterns())


def test_imperative_bullets_are_an_action_each(bullets):
    cell = "• Write to every agency asking for a named lead. • Publish the leads' names online."
    assert bullets.split(cell) == [
        "Write to every agency asking for a named lead.",
        "Publish the leads' names online.",
    ]


def test_a_private_use_bullet_mark_counts(bullets):
    assert bullets.split("\uf0b7 Add a question to the form. \uf0b7 Brief the team.") == [
        "Add a question to the form.",
        "Brief the team.",
    ]


def test_a_lead_in_keeps_the_list_one_action(bullets):
    assert bullets.split("Deliver training to: • Reception staff • Duty social workers") is None
    assert bullets.split("Review the procedure to ensure: • Write it up • Share it") is None


def test_bullets_that_are_not_imperatives_are_one_action(bullets):
    assert bullets.split("• Write to each agency. • Guidance published in May.") is None
    # a lower-case word opens a sentence's part, not an action
    assert bullets.split("• review the form • train the staff") is None


def test_one_bullet_is_one_action(bullets):
    assert bullets.split("• Write to each agency.") is None
    assert bullets.split("Write to each agency. Publish the list.") is None


def test_a_mark_printed_apart_joins_its_item():
    segs = [
        (0, "1"),
        (10, "Recommendation text"),
        (40, "\uf0b7"),
        (44, "Write to the agency"),
        (70, "Police"),
    ]
    assert _marks_joined(list(segs)) == [
        (0, "1"),
        (10, "Recommendation text"),
        (42, "\uf0b7 Write to the agency"),
        (70, "Police"),
    ]
    # a mark far from the next text is left as it is (a column of its own)
    assert _marks_joined([(0, "•"), (20, "Police")]) == [(0, "•"), (20, "Police")]


def _plan_docx(cells: list[list[str]]) -> bytes:
    doc = docx.Document()
    table = doc.add_table(rows=1, cols=5)
    for cell, name in zip(
        table.rows[0].cells, ["No.", "Recommendation", "Action", "Lead agency", "Target date"]
    ):
        cell.text = name
    for number, rec, action, lead, date in cells:
        row = table.add_row().cells
        row[0].text, row[1].text, row[3].text, row[4].text = number, rec, lead, date
        items = action.split("|")
        row[2].paragraphs[0].text = ""
        for k, item in enumerate(items):
            p = row[2].paragraphs[0] if k == 0 else row[2].add_paragraph()
            p.style = doc.styles["List Bullet"]
            p.add_run(item)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_word_bullets_in_an_action_cell_are_actions_sharing_the_row(tmp_path):
    path = tmp_path / "plan.docx"
    path.write_bytes(
        _plan_docx(
            [
                [
                    "1",
                    "The Council should name a domestic abuse lead in every team.",
                    "Write to every team manager asking for a lead.|Publish the leads' names on the intranet.",
                    "Borough Council",
                    "31/03/2026",
                ],
                [
                    "2",
                    "The Police should check earlier reports before closing a case.",
                    "Add a history check to the closing screen.",
                    "County Police",
                    "30/06/2026",
                ],
            ]
        )
    )
    actions = extract(path).actions
    assert [(a.ref, a.action) for a in actions] == [
        ("1", "Write to every team manager asking for a lead."),
        ("1", "Publish the leads' names on the intranet."),
        ("2", "• Add a history check to the closing screen."),
    ]
    first, second = actions[0], actions[1]
    assert (first.lead, first.target_date) == (second.lead, second.target_date)
    assert first.id != second.id


def test_a_sentence_after_the_list_that_is_no_action_keeps_it_one(bullets):
    # the closing paragraph under the list runs on from the last bullet once the cell is flattened
    cell = "• Deliver training to ward nurses. • Audit ten records a quarter. Results reported to the board."
    assert bullets.split(cell) is None
    assert bullets.split("• Deliver training to ward nurses. • Audit ten records. Report the results.") == [
        "Deliver training to ward nurses.",
        "Audit ten records. Report the results.",
    ]


def test_an_html_list_in_an_exported_cell_stays_one_action(bullets):
    raw = "<ul><li>Draft the leaflet with the forum.</li><li>Publish the leaflet online.</li></ul>"
    flat = "• Draft the leaflet with the forum. • Publish the leaflet online."
    assert bullets.split(flat, raw) is None
    assert bullets.split(flat, flat) == ["Draft the leaflet with the forum.", "Publish the leaflet online."]
