"""Rebuild the cells of one action-plan row printed as column-interleaved PDF text.

PDF text extraction prints each cell's wrapped lines one after another, cell by cell
in column order, sometimes several cells on one line ("Mar-14 An improvement in the
practice"). Cues used, in order of trust:
- the status phrase at the end of the row ("Action" / "completed" on two lines);
- the target-date cell: the first line opening with a date or a no-date word
  ("Ongoing", "TBC"), possibly after a few words of the lead cell ("Lead GP 01.02.13");
- a line printed without a trailing space ends a cell (wrapped lines keep the space);
  PDF and Word text carries no trailing spaces, and then (`cell_ends=False`) the lead
  cell is found as the trailing run of name-like lines narrower than the action column;
- lead cells are short runs of capitalised words holding a role or body word.
Text that cannot be placed with confidence stays in the row with a warning.
"""

from __future__ import annotations

import regex

from dhrparse.patterns import Patterns
from dhrparse.plan.cell_runs import BULLET, PrintedLine, after_date, cells_in_order, segments
from dhrparse.plan.row_vocabulary import RowVocabulary
from dhrparse.plan.status_cells import (
    status_rx,
    take_closing_status,
)
from dhrparse.sentence_ends import line_end
from dhrparse.vocab.dates import find_dates

_ACTION_WORD = regex.compile(r"(?i)action\b")
_CLAUSE_END = line_end(".:;", closers="")
_SENTENCE_END = line_end(".;", closers="")
_TO = regex.compile(r"(?i)to")
SMALL = {"of", "and", "&", "for", "the", "-", "–", "/", "in", "to"}
_NAME_LINE_WORDS = 4  # a lead's wrapped line holds a few words of its name
NARROW = 0.8  # a lead-cell line is at most this share of the action column's longest line


def _find_date_line(
    lines: list[PrintedLine], p: Patterns, cell_ends: bool = True
) -> tuple[int, int, int] | None:
    """(line index, start, end) of the target-date cell text. `cell_ends`: the text marks
    cell ends (a text export); else a Word or PDF rendering may set the lead and the date on
    the action's own line."""
    vocab = RowVocabulary.of(p)
    no_date, words = vocab.no_date, vocab.no_date_words
    for i, ln in enumerate(lines):
        if i == 0:
            first = None if cell_ends else _first_line_date(ln.text, p)
            if first is not None:
                return 0, first[0], first[1]
            continue
        text = ln.text
        if words is not None and text.isascii():
            lower = text.lower()
            m = no_date.search(text) if any(w in lower for w in words) else None
        else:
            m = no_date.search(text)
        if (
            m
            and len(text[: m.start()].split()) <= 5
            and (m.start() == 0 or text[0].isupper())
            and not any(dm.start < m.start() for dm in find_dates(text, p))
        ):
            return i, m.start(), m.end()
        for dm in find_dates(text, p):
            prefix = text[: dm.start]
            if (
                dm.value.precision in ("day", "month")
                and len(prefix.split()) <= 5
                and not _CLAUSE_END.search(prefix)
                and (not prefix.strip() or prefix.strip()[0].isupper())
            ):
                return i, dm.start, dm.end
            break
    return None


def _first_line_date(text: str, p: Patterns) -> tuple[int, int] | None:
    """(start, end) of a target date on the row's first line, where a Word rendering set the
    row's short cells on one line after the action: the action's words, then a capitalised run
    naming a role or body (the lead, "... aware of its existence Lead GP"), then the date. A
    date inside the action's sentence has no lead run before it."""
    for dm in find_dates(text, p):
        if dm.value.precision != "day":
            return None
        prefix = text[: dm.start].strip()
        split = _title_run_split(prefix, p) if prefix else None
        if split is None or len(split[1].split()) > 6 or status_rx(p).search(prefix):
            return None  # (a status before the date, "... Manager Completed 12/09/2024", dates the status)
        return dm.start, dm.end
    return None


def lead_vocabulary(p: Patterns) -> set[str]:
    return RowVocabulary.of(p).lead_words


def _title_run_split(text: str, p: Patterns) -> tuple[str, str] | None:
    """Split "Briefing for partner agencies West Midlands Police Public Protection Unit"
    before its trailing run of capitalised words that names a body or role."""
    words = text.split()
    lead_words = lead_vocabulary(p)
    i = len(words)
    while i > 0 and (words[i - 1][:1].isupper() or words[i - 1].lower() in SMALL):
        i -= 1
    while i < len(words) and words[i].lower() in SMALL:
        i += 1
    run = words[i:]
    if (
        len(run) >= 2
        and i >= 2
        and words[i - 1][:1].islower()
        and any(w.lower().strip(",.()") in lead_words for w in run)
    ):
        return " ".join(words[:i]), " ".join(run)
    return None


def _line_run_split(lines: list[PrintedLine], p: Patterns) -> int | None:
    """Index where a trailing run of short lines naming a role or body starts ("Practice" / "manager")."""
    lead_words = lead_vocabulary(p)
    for start in range(len(lines) - 1, 0, -1):
        run = lines[start:]
        words = " ".join(ln.text for ln in run).split()
        if len(words) > 6 or any(len(ln.text) > 30 for ln in run):
            return None
        if run[0].text[:1].isupper() and any(w.lower().strip(",.()") in lead_words for w in words):
            return start
    return None


def split_row(
    lines: list[PrintedLine],
    columns: list[str],
    p: Patterns,
    cell_ends: bool = True,
    closing_status: bool = False,
) -> tuple[dict[str, str], list[str]]:
    """Cells (by field) of one interleaved row whose ref has been removed from the first line.
    `cell_ends`: whether the source marks cell ends by a missing trailing space (text route)."""
    lines = [PrintedLine(ln.text, ln.ends_cell, ln.number) for ln in lines if ln.text.strip()]
    cells: dict[str, str] = {}
    warnings: list[str] = []
    take_closing_status(lines, columns, p, closing_status, cells)
    head, prefix, tail = _cut_at_date(lines, columns, p, cells, warnings, cell_ends)
    _action_and_lead(head, prefix, columns, p, cell_ends, cells, warnings)
    if tail and columns[-1:] == ["target_date"]:
        tail = _later_rounds(tail, cells, p)
    if tail:
        after_date(segments(tail), columns, cells, warnings)
    return cells, warnings


def _later_rounds(tail: list[PrintedLine], cells: dict[str, str], p: Patterns) -> list[PrintedLine]:
    """Under a header whose last column is the target date, the lines printed after the date
    are the row's cells' later lines, printed a round below its first ("Hold two briefings for
    district" / "Adult Safeguarding" / "Jan 2026" / "nurses and social workers." / "Lead"): the
    lines opening in lower case carry on the action's unfinished sentence, to its end, and the
    short name lines right after them the lead's name, where the first round parted a lead. What
    follows (an update printed as a row of its own) is left to the cells after the date."""
    action, lead = cells.get("action", ""), cells.get("lead", "")
    if not action or _SENTENCE_END.search(action.rstrip()):
        return tail
    k = 0
    while k < len(tail) and tail[k].text[:1].islower():
        k += 1
        if _SENTENCE_END.search(tail[k - 1].text.rstrip()):
            break
    if not k:
        return tail
    cells["action"] = " ".join([action, *(ln.text for ln in tail[:k])])
    words, j = lead_vocabulary(p), k
    while (
        lead
        and j < len(tail)
        and len(tail[j].text.split()) <= _NAME_LINE_WORDS
        and _name_like(tail[j].text, words)
    ):
        j += 1
    if j > k:
        cells["lead"] = " ".join([lead, *(ln.text for ln in tail[k:j])])
    return tail[j:]


def _cut_at_date(
    lines: list[PrintedLine],
    columns: list[str],
    p: Patterns,
    cells: dict[str, str],
    warnings: list[str],
    cell_ends: bool = True,
) -> tuple[list[PrintedLine], str, list[PrintedLine]]:
    """(lines before the target date, text before it on its line, lines after it); the date
    goes into `cells`."""
    found = _find_date_line(lines, p, cell_ends) if "target_date" in columns else None
    if found is None:
        if "target_date" in columns:
            warnings.append("no target date found; cells after the action could not be placed")
        return lines, "", []
    i, s, e = found
    prefix = lines[i].text[:s].strip()
    date_text = lines[i].text[s:e].strip()
    rest = lines[i].text[e:].strip()
    tail = lines[i + 1 :]
    # "Dec-13 to" / "Sept-14": a range printed over two lines
    if _TO.fullmatch(rest) and tail and find_dates(tail[0].text, p):
        date_text = f"{date_text} to {tail[0].text}"
        rest, tail = "", tail[1:]
    cells["target_date"] = date_text
    if rest:
        tail = [PrintedLine(rest, lines[i].ends_cell, lines[i].number)] + tail
    if i == 0:
        # the action and the lead before the date on the row's first line (_first_line_date)
        action, lead = _title_run_split(prefix, p)
        return [PrintedLine(action, True, lines[0].number)], lead, tail
    return lines[:i], prefix, tail


def _action_and_lead(
    head: list[PrintedLine],
    prefix: str,
    columns: list[str],
    p: Patterns,
    cell_ends: bool,
    cells: dict[str, str],
    warnings: list[str],
) -> None:
    """The cells printed before the date: the action and the lead (and, in wider plans, the
    cells between them)."""
    before = (
        [c for c in columns[: columns.index("target_date")] if c != "ref"] if "target_date" in columns else []
    )
    if cell_ends and len(before) > 2 and head:
        # more cells than the action and the lead before the date ("Recommendation | Action |
        # Lead"): the cells end where a line is printed without a trailing space
        cells.update(cells_in_order(head, prefix, before, warnings))
        action, lead = cells.pop("action", ""), cells.pop("lead", "")
    elif cell_ends:
        action, lead = _split_action_lead(head, prefix, "lead" in columns, p, warnings)
    else:
        action, lead = _split_action_lead_by_shape(head, prefix, "lead" in columns, p, warnings)
    if action:
        cells["action"] = action
    if lead:
        cells["lead"] = lead


def _name_like(text: str, lead_words: set[str]) -> bool:
    """A line of a name or role: words capitalised, numbers, small joining words or role
    words ("Safeguarding Children's team"); not a sentence's end."""
    words = text.split()
    if not words or text.rstrip().endswith("."):
        return False
    first = words[0].lstrip("(\"'‘“")[:1]
    return (first.isupper() or first.isdigit()) and all(
        (c := w.lstrip("(\"'‘“")[:1]).isupper()
        or c.isdigit()
        or not c.isalpha()
        or w.lower() in SMALL
        or w.lower().strip(",.()") in lead_words
        for w in words
    )


def lead_line(text: str, p: Patterns) -> bool:
    """A line that reads as a lead cell printed alone: a name or role line holding a role or
    body word ("Safeguarding Lead", "WEST MOOR HOUSING SERVICE")."""
    words = lead_vocabulary(p)
    return _name_like(text, words) and any(w.lower().strip(",.()") in words for w in text.split())


def _split_action_lead_by_shape(
    head: list[PrintedLine], prefix: str, has_lead: bool, p: Patterns, warnings: list[str]
) -> tuple[str, str]:
    """Action and lead cells without cell-end marks. The lead cell is the longest trailing run
    of name-like lines each clearly narrower than the action lines above them (the lead column
    is the narrower one), holding a role or body word; a capitalised run closing the action's
    last line ("agencies West Midlands") joins it, as two cells printed on one line."""
    texts = [x.text for x in head] + ([prefix] if prefix else [])
    if not texts:
        return "", ""
    lead_words = lead_vocabulary(p)
    k = len(texts)
    while (
        k > 1
        and _name_like(texts[k - 1], lead_words)
        and len(texts[k - 1]) <= NARROW * max(len(t) for t in texts[: k - 1])
    ):
        k -= 1
    run = texts[k:]
    if run and any(w.lower().strip(",.()") in lead_words for w in " ".join(run).split()):
        action_lines, lead = texts[:k], " ".join(run)
        split = _title_run_split(f"{action_lines[-1]} {lead}", p)
        if split and len(split[0]) < len(action_lines[-1]):
            action_lines[-1], lead = split
        return " ".join(action_lines), lead
    if prefix:
        return " ".join(x.text for x in head), prefix
    # a role line right after a sentence's end opens the lead cell (which may run on)
    for j in range(1, len(texts)):
        if (
            _SENTENCE_END.search(texts[j - 1])
            and _name_like(texts[j], lead_words)
            and any(w.lower().strip(",.()") in lead_words for w in texts[j].split())
        ):
            return " ".join(texts[:j]), " ".join(texts[j:])
    split = _title_run_split(" ".join(texts), p)
    if split:
        return split
    if has_lead:
        warnings.append("action and lead cells could not be told apart; text kept as the action")
    return " ".join(texts), ""


def _split_action_lead(
    head: list[PrintedLine], prefix: str, has_lead: bool, p: Patterns, warnings: list[str]
) -> tuple[str, str]:
    if not head:
        return "", prefix
    # a cell ends at the first line printed without a trailing space (bullets continue it)
    for j, ln in enumerate(head[:-1]):
        if ln.ends_cell and not BULLET.match(head[j + 1].text):
            action = " ".join(x.text for x in head[: j + 1])
            lead = " ".join([x.text for x in head[j + 1 :]] + ([prefix] if prefix else []))
            return action, lead
    if prefix:
        return " ".join(x.text for x in head), prefix
    split = _title_run_split(" ".join(x.text for x in head), p)
    if split:
        return split
    k = _line_run_split(head, p)
    if k is not None:
        return " ".join(x.text for x in head[:k]), " ".join(x.text for x in head[k:])
    if has_lead:
        warnings.append("action and lead cells could not be told apart; text kept as the action")
    return " ".join(x.text for x in head), ""
