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


def boxed_states(texts: list[str], status_rx: regex.Pattern, patterns: Patterns) -> list[str]:
    """Each tick box printed on a row's lines with the state's words after it ("☐ In progress"),
    in printed order: a tick-box status cell joined on each line with its neighbours' words
    (corpus text) prints one state a line, so the row's lines hold all its boxes."""
    ticked, unticked = patterns.derived("plan.tick_boxes", _boxes)
    states = []
    for text in texts:
        for box in regex.finditer(f"(?:{ticked.pattern})|(?:{unticked.pattern})", text):
            state = status_rx.match(text[box.end() :].lstrip())
            if state:
                states.append(f"{box.group(0)} {state.group(0)}")
    return states


def boxed_cell(first: str, texts: list[str], status_rx: regex.Pattern, patterns: Patterns) -> str | None:
    """A row's whole tick-box status cell from its lines (`texts`, the first line's status cell
    `first` a box alone, its state's words cut into the next cell), or None where the boxes do
    not make one choice among states (one ticked, at least one not)."""
    if not box_alone(first, patterns):
        return None
    cell = " ".join(boxed_states(texts, status_rx, patterns))
    return cell if ticked_state(cell, patterns) else None
