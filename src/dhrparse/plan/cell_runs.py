"""Cells of a row printed as text told apart by their text runs: each cell's wrapped lines are
printed one after another, and a line printed without a trailing space ends a cell (a bullet
on the next line carries the cell on)."""

from __future__ import annotations

from dataclasses import dataclass

import regex

BULLET = regex.compile(r"^\s*(?:[•\-–*▪●◦]|\(?[a-z]\)|\d\))\s")


@dataclass
class PrintedLine:
    text: str  # stripped text
    ends_cell: bool  # printed without a trailing space
    number: int


def segments(lines: list[PrintedLine]) -> list[str]:
    """Group lines into cells at lines printed without a trailing space."""
    out: list[list[str]] = [[]]
    for i, ln in enumerate(lines):
        out[-1].append(ln.text)
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if ln.ends_cell and nxt is not None and not BULLET.match(nxt.text):
            out.append([])
    return [" ".join(s).strip() for s in out if " ".join(s).strip()]


def after_date(segs: list[str], columns: list[str], cells: dict[str, str], warnings: list[str]) -> None:
    """The cells printed after the date, one text run each; without columns after the date
    the text is progress."""
    after = (
        [
            c
            for c in columns[columns.index("target_date") + 1 :]
            if c not in ("status", "ref", "action", "lead")
        ]
        if "target_date" in columns
        else []
    )
    if not after:
        cells["progress"] = " ".join(segs)
    elif len(segs) == len(after):
        for col, seg in zip(after, segs):
            cells[col] = seg
    else:
        # first cell opens on the date line, the last is the progress column; the rest in order
        cells[after[0]] = segs[0]
        if len(segs) > 1 and len(after) > 1:
            middle, last = segs[1:-1], segs[-1]
            for col, seg in zip(after[1:-1], middle):
                cells[col] = seg
            spill = middle[len(after) - 2 :]
            cells[after[-1]] = " ".join(spill + [last])
            warnings.append(f"{len(segs)} text runs for {len(after)} columns; cell boundaries uncertain")
        elif len(segs) > 1:
            cells[after[0]] = " ".join(segs)


def cells_in_order(
    head: list[PrintedLine], prefix: str, fields: list[str], warnings: list[str]
) -> dict[str, str]:
    """The cells printed before the date, one per field in column order (a surplus joins the last)."""
    segs = segments(head) + ([prefix] if prefix else [])
    if len(segs) != len(fields):
        warnings.append(
            f"{len(segs)} text runs for the {len(fields)} columns before the date; cell boundaries uncertain"
        )
    cells = dict(zip(fields, segs))
    if len(segs) > len(fields):
        cells[fields[-1]] = " ".join(segs[len(fields) - 1 :])
    return cells
