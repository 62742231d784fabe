"""A table as pdfplumber's text prints it, for the corpus-text tests: each cell wrapped at its
column's width in the face's advance widths (`vocab.type_widths`), as a word processor sets
it, and the cells' n-th lines joined by a space into the row's n-th printed line."""

from __future__ import annotations

from itertools import zip_longest

from dhrparse.vocab.type_widths import Face


def wrap_cell(text: str, room: float, face: Face) -> list[str]:
    """A cell's text wrapped at its column's width."""
    lines: list[str] = []
    for word in text.split():
        if lines and face.width(f"{lines[-1]} {word}") <= room:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def printed_row(cells: list[str], rooms: list[float], face: Face) -> list[str]:
    """A row's printed lines: an empty cell prints nothing beside the others."""
    wrapped = [wrap_cell(text, room, face) if text else [] for text, room in zip(cells, rooms)]
    return [" ".join(part for part in parts if part) for parts in zip_longest(*wrapped, fillvalue="")]
