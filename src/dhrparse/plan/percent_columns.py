"""A tracker's column of shares done ("% complete" over "100%", "50%", "0%"): the action's
status, read as such from its header AND its cells together.

A spreadsheet tracker often rates each action by how much of it is done and by nothing else.
The header alone is weak evidence ("Complete" is a status word too, and a line of an earlier
table may open with it), and a column of shares alone may be a measure's target ("90%"); a
header naming the share done over cells that are shares is the status column.

In corpus text (plan.tracker_rows) the header's "%" over its wrapped "complete" names a column
the cut reads as shares (PERCENT), and a status cell opening with a share and a short note
("75% – on track") reads as a status."""

from __future__ import annotations

from dhrparse.patterns import Patterns
from dhrparse.prepare.markup import flatten

PERCENT = "percent"  # the role of a tracker's column of shares done, cut as such in corpus text
ENOUGH = 0.8  # share of the filled cells that must be shares done (a blank or "n/a" may stand among them)


def percent_header(header: str, patterns: Patterns) -> bool:
    """The header names the share of the action done ("% complete", "Progress (%)")."""
    name = " ".join(flatten(header).split())
    return bool(name) and any(rx.match(name) for rx in patterns.regexes("actions.status.percent_header"))


def percent_share(cells: list[str], patterns: Patterns) -> float:
    """The share of the filled cells holding a share done alone ("75%", "100 %")."""
    texts = [t for t in (" ".join(flatten(c).split()) for c in cells) if t]
    if not texts:
        return 0.0
    rxs = patterns.regexes("actions.status.percent_cell")
    return sum(1 for t in texts if any(rx.match(t) for rx in rxs)) / len(texts)


def percent_status_column(
    header: str, cells: list[str], fields: list[str | None], patterns: Patterns
) -> bool:
    """The column is the status: its header names the share done, its cells are shares, and no
    other column is headed as the status."""
    return (
        "status" not in fields
        and percent_header(header, patterns)
        and percent_share(cells, patterns) >= ENOUGH
    )


def percent_name(name: str, patterns: Patterns) -> bool:
    """A tracker header's name for a column of shares done: "%" alone (its "complete" wrapped
    under it) or a whole percent name."""
    return name.strip() == "%" or percent_header(name, patterns)


def percent_fit(text: str, patterns: Patterns) -> bool:
    """The cell reads as a share done ("75%")."""
    return "%" in text and percent_share([text], patterns) == 1.0


def percent_opening(text: str, patterns: Patterns) -> bool:
    """The cell opens with the share done, a short note after it ("75% – on track", "0% – not
    started"): a status cell's words."""
    if "%" not in text:  # (asked of every cell the tracker's cut weighs: the cheap test first)
        return False
    words = text.split()
    return bool(words) and percent_fit(words[0], patterns)
