"""A grid of recommendation tiles: an "at a glance" summary sets its recommendations in a ruled
table of two or more tiles a row, each tile a large number, a bold short title and the
recommendation's text. Each cell is a recommendation of its own, read left to right and top to
bottom: its ref the number, its title the short line, its text the rest.

A table is read so only where every filled cell opens with a number alone before its words, the
numbers count on one at a time in reading order, the rows hold two cells or more, and every
tile's text asks someone to act. The title is the cell's second paragraph where the reader saw
the paragraphs (Word); where it did not (a PDF's cell, its lines joined), the words before the
first capitalised word after the title's own first, when they are few and the rest opens a
sentence."""

from __future__ import annotations

import re

from dhrparse.document import Block, Cell
from dhrparse.extractors.recommendations.item import Item
from dhrparse.extractors.recommendations.reading import Reading
from dhrparse.extractors.recommendations.ref_column import row_block

_TILE = re.compile(r"^\s*(\d{1,2})\s+(\S.*)$", re.S)
MIN_TILES = 4  # two rows of two: fewer is a table's row, not a grid
MIN_ACROSS = 2
MAX_TITLE_WORDS = 6


def tile_items(r: Reading, block: Block, level: str, source: int) -> list[Item]:
    """One record per tile, when the table is such a grid; else []."""
    table = block.table
    if table is None or max((len(row.cells) for row in table.rows), default=0) < MIN_ACROSS:
        return []
    tiles = [(row, cell) for row in table.rows for cell in row.cells if cell.text.strip()]
    opened = [_TILE.match(cell.text) for _, cell in tiles]
    if len(tiles) < MIN_TILES or not all(opened):
        return []
    numbers = [int(m.group(1)) for m in opened]
    if numbers != list(range(1, len(numbers) + 1)):
        return []
    read = [_title_and_text(cell) for _, cell in tiles]
    if not all(text and _asks(r, text) for _, text in read):
        return []
    r.hold(block, "recommendations in a grid of tiles")
    return [
        Item(
            blocks=[row_block(block, row, text)],  # (the tile's row: the record's location)
            lines=[text],
            ref=str(number),
            title=title,
            level=level,
            source=source,
        )
        for (row, _), number, (title, text) in zip(tiles, numbers, read, strict=True)
    ]


def _title_and_text(cell: Cell) -> tuple[str | None, str]:
    """The tile's title and text, its number left off."""
    words = cell.text.split()
    if len(cell.breaks) >= 2 and cell.breaks[0] == 1:
        title, text = words[cell.breaks[0] : cell.breaks[1]], words[cell.breaks[1] :]
        return (" ".join(title) if len(title) <= MAX_TITLE_WORDS else None), " ".join(text)
    rest = words[1:]
    for k in range(1, min(len(rest) - 1, MAX_TITLE_WORDS + 1)):
        if rest[k][:1].isupper():
            return " ".join(rest[:k]), " ".join(rest[k:])
    return None, " ".join(rest)


def _asks(r: Reading, text: str) -> bool:
    return bool(r.vocab.asking.search(text) or r.vocab.recommending.search(text))
