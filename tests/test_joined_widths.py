"""A Home Office template plan printed with its cells joined on each line (plan.joined_cells),
its recommendations carrying two actions each, printed one below the other beside the
recommendation's later lines.

The reader learns each column's least width from the rows' first printed lines only; a row's
first line is often short of its column, and where a capital may open the next cell the first
lines agree on a narrower cut ("Denwick" as the lead, "Community Venues mapped with the" as
the milestones), so the widths come out short (here the lead column 6.7 ems where it was set
at 9) and the later lines are cut into the wrong cells. Session 17 tried to widen the columns
from all their lines (each column grown while its lines cut cheaper, the reading kept only
where no cell's line breaks the word wrap): the cut costs have many local minima, the widths
searched so were not the table's, and the readings they gave were wrong ones accepted as
clear, so none of it was kept. The marks below fail today; a fix shows as an xfail passing."""

from __future__ import annotations

from itertools import zip_longest

import pytest
from joined_text import wrap_cell

from dhrparse.patterns import load_patterns
from dhrparse.plan.joined_cells import BEAM, BEAM_CUTS, CellShapes, JoinedTable, read_joined
from dhrparse.vocab.type_widths import Face

FIELDS = ["recommendation", "scope", "action", "lead", "progress", "target_date", "status"]
ROOMS = [13.0, 5.5, 13.5, 9.0, 10.5, 5.8, 10.0]  # the columns' widths the plan was set at, in ems


# a recommendation with two actions prints the second below the first, beside the
# recommendation's later lines
PLAN = [
    (
        "1. Denwick Council should publish where older residents can get help with domestic abuse.",
        "Local",
        [
            (
                "Map the community venues older residents use and place leaflets there",
                "Denwick Community Safety Partnership",
                "Venues mapped with the residents' forum",
                "June 2024",
                "Completed – leaflets in 40 venues",
            ),
            (
                "Add a page for older residents to the council website",
                "Denwick Council Communications Team",
                "Page drafted",
                "September 2024",
                "In progress",
            ),
        ],
    ),
    (
        "2. Denwick Police should record the relationship between the parties at every call.",
        "Local",
        [
            (
                "Add a relationship field to the incident recording form",
                "Denwick Police Information Services",
                "Field specified and tested by the systems team",
                "31/03/2024",
                "In progress – release due in May",
            ),
        ],
    ),
    (
        "3. The hospital trust should strengthen routine enquiry in its emergency department.",
        "Regional",
        [
            (
                "Deliver routine enquiry training to emergency department nurses",
                "Denwick Hospitals NHS Foundation Trust",
                "Training plan written and two sessions delivered",
                "Q3 2024/25",
                "Ongoing – third session booked",
            ),
            (
                "Audit a sample of triage records every quarter",
                "Denwick Hospitals NHS Foundation Trust",
                "First audit reported to the safeguarding committee",
                "March 2025",
                "Not started",
            ),
        ],
    ),
    (
        "4. Adult social care should check that carers' assessments consider the risk posed by the person cared for.",
        "Local",
        [
            (
                "Revise the carers' assessment template to include a question about safety at home",
                "Denwick Adult Social Care",
                "Draft template out for consultation with carers",
                "December 2024",
                "Not started",
            ),
        ],
    ),
]


def _plan_lines(rooms: list[float], face: Face) -> list[str]:
    out = []
    for text, scope, actions in PLAN:
        columns = [wrap_cell(text, rooms[0], face), wrap_cell(scope, rooms[1], face)]
        right: list[list[str]] = [[] for _ in range(5)]
        for action in actions:
            depth = max(len(c) for c in right)
            for column, cell, room in zip(right, action, rooms[2:]):
                column.extend([""] * (depth - len(column)))
                column.extend(wrap_cell(cell, room, face))
        columns += right
        out += [" ".join(p for p in parts if p) for parts in zip_longest(*columns, fillvalue="")]
    return out


def _actions_read(rows) -> bool:
    """Whether every action is read under its recommendation, its action cell opening with
    the action's words and its target date whole."""
    parts = [part for row in rows for part in row.parts]
    actions = [action for _, _, acts in PLAN for action in acts]
    return len(parts) == len(actions) and all(
        " ".join(part[2]).startswith(" ".join(action[0].split()[:3])) and " ".join(part[5]) == action[3]
        for part, action in zip(parts, actions)
    )


def _shapes() -> CellShapes:
    return CellShapes(load_patterns(), FIELDS)


def test_at_the_widths_it_was_set_at_every_action_is_cut_under_its_recommendation():
    """The cuts themselves read the plan, given its columns' widths."""
    face = Face("arial")
    table = JoinedTable(_plan_lines(ROOMS, face), _shapes(), face, False)
    table.content = True
    _, _, rows, _ = table.read(ROOMS, BEAM, BEAM_CUTS)
    assert _actions_read(rows)


@pytest.mark.xfail(
    strict=True,
    reason="widths from the rows' first lines only: the lead column comes out a quarter short",
)
def test_widths_learnt_from_all_lines_read_every_action():
    texts = _plan_lines(ROOMS, Face("arial"))
    read = read_joined(texts, _shapes()) or read_joined(texts, _shapes(), content=True)
    assert read is not None and _actions_read(read[0])


@pytest.mark.xfail(strict=True, reason="a wrong reading is taken for a clear one")
def test_a_plan_the_cuts_cannot_read_is_left_unread():
    """Set in Times, the cuts misread the plan even at the widths it was set at: the table
    must then be left as printed (a warning), not read wrong."""
    texts = _plan_lines(ROOMS, Face("times"))
    for content in (False, True):
        read = read_joined(texts, _shapes(), content=content)
        assert read is None or _actions_read(read[0])
