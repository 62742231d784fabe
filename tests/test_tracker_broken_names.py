"""A partnership's tracker in corpus text whose narrow last columns break their names inside a
word, each rest printed on the header's next line among the other names' wrapped words:

    ID Rec Recommendation Action Lead officer Target date Update (Mar 2025) Evide Clos
    no. nce ed
    (Y/N)

The header's line named no column with "Evide" and "Clos" in it, so no table was found under
it. The tracker's header reader (plan.tracker_header) joins each broken word with its rest
under it; the tracker then reads the names as printed, each rest completing its own name."""

from __future__ import annotations

from pathlib import Path

import dhrparse
from dhrparse.document import Line
from dhrparse.patterns import load_patterns
from dhrparse.plan.tables import ColumnMap
from dhrparse.plan.tracker_header import TrackerHeaders

ZOO = Path(__file__).resolve().parent / "zoo"
PLAN = ZOO / "s22headers_broken_names_tracker.corpus.txt"
HEADER = "ID Rec Recommendation Action Lead officer Target date Update (Mar 2025) Evide Clos"


def _headers() -> TrackerHeaders:
    p = load_patterns()
    return TrackerHeaders(ColumnMap(p), p)


def _lines(*texts: str) -> list[Line]:
    return [Line(k + 1, t) for k, t in enumerate(texts)]


def test_each_broken_word_is_joined_with_its_rest_under_it():
    got = _headers()._joined(HEADER, "no. nce ed")
    assert got == ("ID Rec Recommendation Action Lead officer Target date Update Evidence Closed", "no.")


def test_a_broken_word_whose_rest_is_not_under_it_reads_no_header():
    assert _headers()._joined(HEADER, "no. date") is None
    # (a rest that is a name's word itself is another column's wrapped word, not a rest)
    assert _headers()._joined("ID Action Lead Target date Evide", "date") is None


def test_the_lines_are_printed_again_as_they_were():
    headers = _headers()
    lines = _lines("Plan", HEADER, "no. nce ed", "(Y/N)")
    stripped = headers.strip(lines)
    assert stripped[1].text.endswith("Evidence Closed") and stripped[2].text == "no."
    assert [ln.text for ln in headers.restore(stripped)] == [ln.text for ln in lines]


def test_the_tracker_under_such_a_header_is_read():
    doc = dhrparse.extract(PLAN)
    actions = doc.actions
    assert [a.ref for a in actions] == ["SWP-31", "SWP-32", "SWP-33", "SWP-34", "SWP-35"]
    assert [a.status.raw for a in actions] == ["Y", "N", "Y", "N", "N"]
    assert [a.target_date.raw for a in actions][:2] == ["30/09/2024", "31/03/2025"]
    assert [r.ref for r in doc.recommendations] == ["1", "2", "3"]
