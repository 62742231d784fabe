"""An agency's name printed twice in a report: once over its recommendations in the report's
text, once over its own table in the action plan. Printed more than once, it looks like a
page's running head or foot, which the tracker's walk passes over between an agency's heading
and its header printed again; a running head prints on every page, though, and an agency's
name only at those two places, so a line printed just twice that reads as an agency's heading
both times is kept as that heading (plan.tracker_rows' walk opens the agency's section there)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dhrparse.plan.tracker_shapes import RUNNING_HEAD

if TYPE_CHECKING:
    from dhrparse.document import Line
    from dhrparse.plan.plan_lines import PlanLines

TWICE = 2  # (a report's list of an agency's recommendations, then the plan's table)


def running_texts(pl: PlanLines, lines: list[Line]) -> set[str]:
    """The texts printed more than once that are a running head or foot, not an agency's name
    (the lines plan.tracker_shapes' `_printed_again` counts, with where each prints: the
    plan's lines' `places`, read, not built again)."""
    places = {
        text: [k for k in at if lines[k].cells is None]
        for text, at in pl.places(lines).items()
        if len(text) >= RUNNING_HEAD
    }
    return {
        text
        for text, at in places.items()
        if len(at) > 1
        and (
            len(at) != TWICE
            or not all(pl.is_agency_heading(k, pl.flat(lines[k].text), over_header=True) for k in at)
        )
    }
