"""The blocks a plan table printed a whole cell at a time is read from (plan.row_blocks): runs of
printed lines parted by blank lines, a cell's lines joined back into its text, and the rows the
blocks make, each column's block where the printed order put it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from dhrparse.document import Line
from dhrparse.plan.block_cells import EITHER
from dhrparse.prepare.markup import flatten

TEXT_FIELDS = (None, "progress", "desired_outcome", "recommendation", "evidence", "comments")
VALUES = ("target_date", "status", EITHER)  # short cells that may print after the page's rows
LEAD_LINE = 30  # a lead's printed lines are short (a narrow column)


def printed_blocks(
    lines: list[Line], start: int, most: int | None = None, longest: int | None = None
) -> list[tuple[int, int]]:
    """(first, end) indexes of the runs of plain lines from start on (at most `most` of them),
    parted where a blank line (a gap in the numbers) falls; the runs stop at the first line
    holding cells. With `longest`, they stop too at the first run longer than that, given cut
    at `longest` + 1 lines: a header's names are short runs, and a PDF page's text, printed
    without blank lines, is one run as long as the page (read to its end for every line asked
    about, it was most of the plan stage's time on a long PDF)."""
    out: list[tuple[int, int]] = []
    k = start
    while k < len(lines) and lines[k].cells is None:
        if out and lines[k].number == lines[k - 1].number + 1:
            if longest is not None and k - out[-1][0] > longest:
                break
            out[-1] = (out[-1][0], k + 1)
        elif most is not None and len(out) == most:
            break
        else:
            out.append((k, k + 1))
        k += 1
    return out


def joined_lines(lines: Iterable[Line], text: str = "") -> str:
    """A cell's printed lines as its text, carried on from `text`: a word wrapped at its hyphen
    ("multi-" / "agency") is one word again."""
    for ln in lines:
        part = flatten(ln.text).strip()
        text = f"{text}{part}" if text.endswith("-") and part[:1].islower() else f"{text} {part}".strip()
    return text


def line_texts(lines: list[Line], a: int, b: int) -> list[str]:
    return [flatten(ln.text).strip() for ln in lines[a:b]]


def name_shaped(text: str, most_words: int) -> bool:
    """Printed as a column's name is: a few words opening with a capital, no figures."""
    words = text.split(None, most_words)  # (more than most_words words are told from the first ones)
    return 0 < len(words) <= most_words and text[:1].isupper() and not any(ch.isdigit() for ch in text)


@dataclass
class BlockRow:
    cells: dict[int, tuple[int, int]] = field(default_factory=dict)  # column -> block
    last: int = -1  # the last column filled
    texts: dict[int, str] = field(default_factory=dict)  # column -> its first line, where split
    tails: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # column -> its later blocks

    def put(self, col: int, block: tuple[int, int]) -> None:
        self.cells[col] = block
        self.last = col
