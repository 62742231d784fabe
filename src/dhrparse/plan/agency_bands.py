"""A band across a tracker naming whose rows follow: "Multi-agency recommendations", then an
agency's name ("Northvale Police") over that agency's rows, each band a line of its own between
the rows in corpus text. The band is no row and does not end the table: it is kept as printed
so the walk opens the agency's section there (plan.tracker_rows' walk). Told from a cell's
wrapped line ("Safeguarding Adults" under "Designated Nurse,") by naming a part of the plan or
an agency in the plan vocabulary, being printed only once, and opening no row itself while the
line under it opens one (as plan.narrow_sections tells such bands in narrower tables)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dhrparse.plan.tracker_shapes import joined_ref

if TYPE_CHECKING:
    from dhrparse.document import Line
    from dhrparse.plan.plan_lines import PlanLines

BAND_WORDS = 8  # the most words of a band's line ("Single agency recommendations")
_ENDS = ".,;:"  # (a band ends no sentence or clause)


def _opens(pl: PlanLines, lines: list[Line], k: int, opens_row, ref) -> bool:
    """Line k opens a row: by the tracker's own test, or with a ref of two words, an agency's
    letters and a number ("Police 2", "ASC 1")."""
    if k >= len(lines) or lines[k].cells is not None:
        return False
    words = pl.flat(lines[k].text).split()
    return opens_row(lines, k) or joined_ref(words, ref) != words


def is_band(pl: PlanLines, lines: list[Line], j: int, opens_row, ref) -> bool:
    """Whether line j is a band across the table: a few words opening with a capital, ending
    no sentence, holding no digit (no row's number, date or page), naming a part of the plan or
    an agency, printed once in the report, opening no row while the next line opens one
    (`opens_row(lines, k)`, the tracker's own test, or its ref of two words by `ref`)."""
    text = pl.flat(lines[j].text).strip()
    words = text.split()
    if not (0 < len(words) <= BAND_WORDS and words[0][:1].isupper() and text[-1] not in _ENDS):
        return False
    if any(ch.isdigit() for ch in text) or any(rx.search(text) for rx in pl.vocab.not_agency_heading):
        return False
    if not pl.vocab.names_band(text) or _opens(pl, lines, j, opens_row, ref):
        return False
    if not _opens(pl, lines, j + 1, opens_row, ref):
        return False
    return len(pl.places(lines).get(lines[j].text.strip(), ())) == 1  # (plan_lines' places, not a pass)
