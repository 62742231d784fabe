"""The sentence a line telling a death belongs to, as a cover or a PDF's text breaks it: a title
broken over short lines ("Report into the death of" / "Ms S" / "on" / "16 September 2016"), a
sentence wrapped onto the lines below, and its opening on the lines above; never a table's row, a
list of dated events a line each, or the report's own dated line beside a title ("Posted on 3
October 2023 by the Press Office")."""

from __future__ import annotations

import re

from dhrparse.extractors.review.death_days import date_run_on, opens_with_date
from dhrparse.patterns import Patterns
from dhrparse.sentence_ends import CLAUSE_STOPS, line_end

_ENDS_SENTENCE = line_end(CLAUSE_STOPS, closer_run=False)
# a table's row under a title: cells tab-separated, or set apart by a column's gap in a layout export
_TABLE_ROW = re.compile(r"\t|\S {4,}\S")


def with_wrapped(lines: list[str], i: int, other_line, body_line, p: Patterns) -> str:
    """Line i with the lines its title or sentence wraps onto."""
    line = text = lines[i]
    if len(line.split()) <= 12:
        # a title broken over short lines: "Report into the death of" / "Ms S" / "on" / "16 September 2016"
        dated = opens_with_date(line, p)
        for nxt in lines[i + 1 : i + 4]:
            if _TABLE_ROW.search(nxt):
                break  # a table's row ("Version<TAB>3 (January 2025)") does not go on the title
            if dated and opens_with_date(nxt, p):
                break  # a list of dated events, a line each ("Jan 2019 -> first contact"): no title
            if len(nxt.split()) > 6 or other_line.search(nxt) or body_line.search(nxt):
                if nxt[:1].islower() and not _ENDS_SENTENCE.search(text):
                    text += " " + nxt  # a short line of prose wrapped: "... and died in" / "hospital ..."
                elif run_on := date_run_on(text, nxt, p):
                    text += " " + run_on  # ("... aged 38, on" / "23 January 2022. The chair ...")
                break
            text += " " + nxt
    else:
        # a sentence wrapped onto the next lines: "... was killed by his" / "partner on 2 February 2021."
        for nxt in lines[i + 1 : i + 4]:
            if _ENDS_SENTENCE.search(text) or not nxt or _TABLE_ROW.search(nxt):
                break
            text += " " + nxt
    return text


def with_next(lines: list[str], i: int) -> str:
    """The line with the next one when its sentence runs on, so words broken over the two are seen."""
    line = lines[i]
    if i + 1 < len(lines) and lines[i + 1] and not _ENDS_SENTENCE.search(line):
        return line + " " + lines[i + 1]
    return line


def sentence_opening_above(lines: list[str], i: int, other_line, numbered, p: Patterns) -> str:
    """The wrapped prose lines above line i that open its sentence (none when the line above ends
    one, when line i opens a numbered paragraph: "1.1 On 2 April 2021 ..." under its heading, or
    when it is the report's own dated line: "Posted on 3 October 2023 by ..." under a headline)."""
    if numbered.match(lines[i]) or _report_dated(lines[i], other_line, p):
        return ""
    dated = opens_with_date(lines[i], p)
    opening: list[str] = []
    for above in reversed(lines[max(0, i - 3) : i]):
        if not above or len(above.split()) <= 6 or _ENDS_SENTENCE.search(above) or other_line.search(above):
            break
        if dated and opens_with_date(above, p):
            break  # (the entry above in a list of dated events, a line each)
        opening.insert(0, above)
    return " ".join(opening) + " " if opening else ""


def _report_dated(line: str, other_line, p: Patterns) -> bool:
    """The line opens with the report's own event and its date ("Posted on 3 October 2023 by the
    Press Office", "Published 12 May 2024"): a line of its own, not the end of a headline's sentence."""
    m = other_line.match(line)
    if m is None or not line[:1].isupper():
        return False
    rest = line[m.end() :].lstrip(" :–-")
    return opens_with_date(rest[3:] if rest.lower().startswith("on ") else rest, p)
