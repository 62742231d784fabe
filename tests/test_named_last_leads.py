"""The leads of a column-block tracker whose action column's name prints last (plan/named_last_leads.py):
each later row's agency cell printed straight before its action, a block of two rows' agencies
shared with the next row that prints none, the first row's under the Agency column's name."""

from __future__ import annotations

from pathlib import Path

from dhrparse.document import Line
from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.plan.column_roles import ColumnRoles
from dhrparse.plan.lead_wraps import parted_as_printed

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
ROLES = ColumnRoles(load_patterns())


def _leads(text_or_path, name: str | None = None) -> dict[str, str | None]:
    actions = extract(text_or_path, name=name).actions if name else extract(text_or_path).actions
    return {a.action.split()[0] + " " + a.action.split()[1]: a.lead for a in actions}


def test_each_later_rows_agency_printed_before_its_action_is_its_lead():
    leads = _leads(PENDING / "textplan_action_name_last_column_blocks.txt")
    assert leads == {
        "Book a": "Safer Ebbersley Partnership",  # (under the Agency column's name)
        "Evaluate the": "Safer Ebbersley Partnership",  # (printed before the Action column's name)
        "Build a": "Ebbersley Constabulary",
        "Write a": "Ebbersley Hospitals Trust",
        # (one block of two rows' agencies, parted where a name the table prints whole begins)
        "Amend the": "Ebbersley Borough Council – Housing",
        "Draft a": "Safer Ebbersley Partnership",
    }


def test_a_second_row_under_the_name_with_no_agency_printed_for_it_keeps_none():
    actions = extract(PENDING / "textplan_named_last_rating_over_page.txt").actions
    assert [a.lead for a in actions] == [  # (in print order: the rows under the name last)
        "Corrindale Police",
        "Corrindale Health Partnership",
        "Corrindale Housing",
        "Corrindale Community Safety Partnership",
        "Corrindale Community Safety Partnership",
        None,
    ]


def test_a_name_no_rows_action_follows_gives_no_row_a_lead():
    text = (PENDING / "textplan_named_last_rating_over_page.txt").read_text()
    text = text.replace(
        "\n1b\n\nProgress update\n", "\n1b\n\nCorrindale Fire Service\n\nProgress update\n", 1
    )
    assert set(_leads(text, name="tracker.txt").values()) == {None}


def _lines(*texts: str) -> list[Line]:
    return [Line(k, t, page=1) for k, t in enumerate(texts, 1)]


def test_a_block_the_lines_do_not_part_is_parted_where_one_choice_gives_a_name_printed_whole():
    block = _lines("Ebbersley Borough", "Council – Housing", "Safer Ebbersley", "Partnership")
    printed = {("Safer Ebbersley", "Partnership")}
    parts = parted_as_printed(block, 2, ROLES.ends_role, ROLES.closes_name, printed)
    assert parts is not None
    assert [[ln.text for ln in p] for p in parts] == [
        ["Ebbersley Borough", "Council – Housing"],
        ["Safer Ebbersley", "Partnership"],
    ]
    assert parted_as_printed(block, 2, ROLES.ends_role, ROLES.closes_name, set()) is None
