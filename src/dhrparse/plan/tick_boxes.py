"""A status cell printed as a form's tick boxes, one state a line: "☐ Not started" / "☒ In
progress" / "☐ Complete". Every state's words are printed, so the cell names all three; the
state is the one whose box is ticked. Read so only where the cell holds one ticked box and at
least one unticked one (the boxes are `actions.status.ticked_boxes` / `unticked_boxes`): a lone
"☒" beside words is a mark, not a choice among states."""

from __future__ import annotations

import regex

from dhrparse.patterns import Patterns


def _boxes(patterns: Patterns) -> tuple[regex.Pattern, regex.Pattern]:
    ticked = patterns.list("actions.status.ticked_boxes")
    unticked = patterns.list("actions.status.unticked_boxes")

    def either(marks: list[str]) -> regex.Pattern:
        return regex.compile(
            "|".join(regex.escape(m) for m in sorted(marks, key=len, reverse=True)) or r"(?!x)x"
        )

    return either(ticked), either(unticked)


def box_alone(text: str, patterns: Patterns) -> bool:
    """A printed word that is a tick box alone, ticked or not ("☒", "[ ]"): the box prints before
    its state's words, so it never ends a cell the words after it open."""
    ticked, unticked = patterns.derived("plan.tick_boxes", _boxes)
    word = text.strip()
    return bool(word) and any(m.fullmatch(word) for m in (ticked, unticked))


def ticked_state(cell: str | None, patterns: Patterns) -> str | None:
    """The words after the one ticked box of a cell of tick boxes ("☒ In progress"), or None
    when the cell is not a choice among boxed states."""
    if not cell:
        return None
    ticked, unticked = patterns.derived("plan.tick_boxes", _boxes)
    ticks = list(ticked.finditer(cell))
    blanks = list(unticked.finditer(cell))
    if len(ticks) != 1 or not blanks:
        return None
    start = ticks[0].end()
    ends = [m.start() for m in blanks if m.start() > start]
    words = " ".join(cell[start : min(ends, default=len(cell))].split())
    return f"{ticks[0].group(0)} {words}" if words else None
