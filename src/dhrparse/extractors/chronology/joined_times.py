"""The time cell of a chronology table printed with its cells joined: the clock time printed after
the row's date ("2019-03-22 22:47 Police ..."), a time not recorded ("Not known"), a row opened by
its time alone that takes the date of the row above (time_cells)."""

from __future__ import annotations

from dhrparse.extractors.chronology.time_cells import date_only, is_clock, time_cell
from dhrparse.extractors.chronology.vocabulary import CELL_TIME
from dhrparse.patterns import Patterns


def time_off(date: str, body: list[list[str]], p: Patterns | None = None) -> tuple[str, list[list[str]]]:
    """The row's date cell with the time cell's clock time put after it, when the time printed as
    the first word after the date ("2019-03-22 22:47 Police ..."): the date cell then reads as the
    date and its time, like a time printed in the date's own cell. A clock qualified as
    approximate (`p` given) prints its qualifier there ("Approx."), the clock itself after it or,
    wrapped in the narrow column, at the head of the row's next line."""
    clock = CELL_TIME.search(f"x {body[0][0]}") if body and body[0] else None
    if clock is not None and clock.start() == 1:
        return f"{date} {body[0][0]}", [body[0][1:], *body[1:]]
    if p is None or not body or len(body[0]) < 2:
        return date, body
    first = body[0]
    if date_only(date) != date and p.joined("dates.cells.approximate_time").fullmatch(first[0]):
        # (the clock wrapped under the qualifier was read as the date cell's own wrapped rest)
        return date, [first[1:], *body[1:]]
    if time_cell(first[:2], p):
        return f"{date} {first[1]}", [first[2:], *body[1:]]
    if len(body) > 1 and body[1] and time_cell([first[0], body[1][0]], p):
        return f"{date} {body[1][0]}", [first[1:], body[1][1:], *body[2:]]
    return date, body


def same_day_dates(split: list[tuple[str, list[list[str]]]]) -> list[tuple[str, list[list[str]]]]:
    """A row opened by its time with no date of its own (_rows) takes the date of the row above
    (time_cells); its time goes after that date as a timed row's does."""
    out: list[tuple[str, list[list[str]]]] = []
    for date, body in split:
        if out and is_clock(date.strip()):  # (time_off put the row's own clock in its empty date cell)
            date = f"{date_only(out[-1][0])} {date.strip()}"
        elif not date and out and body and body[0] and is_clock(body[0][0]):
            date, body = f"{date_only(out[-1][0])} {body[0][0]}", [body[0][1:], *body[1:]]
        out.append((date, body))
    return out


def unknown_time_off(body: list[list[str]], unknown) -> list[list[str]]:
    """The row's lines without a time cell that says the time was not recorded ("Not known",
    "Unknown", "–"), printed as the first words after the date, or wrapped in its narrow column
    ("Not" at the head of the row's first line, "known" at the head of its second): the cell is no
    agency's name, and no time is given."""
    if not body or not body[0]:
        return body
    first = body[0]
    for n in (2, 1):
        if len(first) > n and unknown.fullmatch(" ".join(first[:n])):
            return [first[n:], *body[1:]]
    if len(body) > 1 and body[1] and len(first) > 1 and unknown.fullmatch(f"{first[0]} {body[1][0]}"):
        return [first[1:], body[1][1:], *body[2:]]
    return body


def time_apart(date: str) -> tuple[str, str]:
    """A clock time printed after the date in the date's cell, when the time column is empty."""
    m = CELL_TIME.search(date)
    if m is None or not date[: m.start()].strip():
        return date, ""
    return date[: m.start()].strip(" ,"), m.group(0).strip(" ,")
