"""A chronology table plain pdftotext printed column after column: rows are paired again only
where the word wrap settles where each event's text ends; what is read is right, what is not
is named in a warning (apart_rows, wrapped_cells)."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from dhrparse.extractors.chronology.wrapped_cells import cell_spans, column_width, printed_width
from dhrparse.pipeline import extract

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "s4text" / "combined_chronology_columns_apart"
UNPAIRED = "chronology_table_rows_unpaired"


def _read(text: str) -> tuple[list, list]:
    doc = extract(text)
    return doc.chronology, doc.warnings


def _unpaired_message(warnings) -> str:
    return " ".join(w.message for w in warnings if w.code == UNPAIRED)


def test_a_combined_chronology_gives_right_rows_and_names_the_rest():
    gold = json.loads(FIXTURE.with_suffix(".json").read_text(encoding="utf-8"))["chronology"]
    events, warnings = _read(FIXTURE.with_suffix(".txt").read_text(encoding="utf-8"))
    unpaired = _unpaired_message(warnings)
    assert events and unpaired  # some rows read, the rest named
    read = {" ".join(e.text.split())[:40]: e.date.start for e in events}
    for row in gold:
        got = next((start for text, start in read.items() if text.startswith(row["text_start"][:30])), None)
        if got is None:
            assert row["date_raw"].split()[0] in unpaired  # never a silent drop
        else:
            assert got == row["date"]  # never an event dated from another row
    assert len(read) == len(events)


# --- generated tables -------------------------------------------------------------------------

# (no one-letter word: a line "a." is read as a list label and joined to the next line)
_WORDS = ["the", "nurse", "visits", "and", "notes", "her", "bruise", "on", "her", "arm", "officers", "speak"]
_WORDS += ["to", "both", "parties", "referral", "is", "made", "letter", "sent", "support", "worker", "calls"]
_OPENERS = ["Helen", "Police", "The GP", "An IDVA", "Housing", "Her son", "A neighbour", "The school"]
_DATES = ["2015", "03/2016", "14.05.2016", "w/c 6 June 2016", "Late July 2016", "02/09/2016", "Autumn 2016"]
_DATES += ["11 Dec 2016", "January 2017", "17.02.2017", "Spring 2017", "06/06/2017"]
_AGENCIES = ["GP", "Police", "Adult Social Care", "Housing", "Domestic Abuse Service", "Ambulance"]


@st.composite
def _event(draw) -> str:
    sentences = []
    for k in range(draw(st.integers(1, 3))):
        opener = draw(st.sampled_from(_OPENERS)) if k == 0 else draw(st.sampled_from(_OPENERS[:4]))
        words = draw(st.lists(st.sampled_from(_WORDS), min_size=2, max_size=14))
        sentences.append(" ".join([opener, *words]) + ".")
    return " ".join(sentences)


@st.composite
def _table(draw) -> list[tuple[str, str, str]]:
    n = draw(st.integers(2, len(_DATES)))
    return [(d, draw(st.sampled_from(_AGENCIES)), draw(_event())) for d in _DATES[:n]]


def _wrap(text: str, width: int) -> list[str]:
    """Greedy word wrap at a glyph width, as a word processor wraps a cell."""
    lines: list[str] = []
    for word in text.split():
        if lines and printed_width(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def _plain_export(rows, width: int, layout: str) -> str:
    """The table the way plain pdftotext prints it, in one of its column orders."""
    out = [
        "Appendix A: Combined chronology",
        "",
        "The table below lists the agencies' contacts in date order.",
        "",
    ]
    if layout == "columns":
        out += ["Date", *[d for d, _, _ in rows], "", "Agency", *[a for _, a, _ in rows], ""]
    else:  # each row's date and agency cells printed together, a blank line between rows
        out += ["Date", rows[0][0], "", "Agency", rows[0][1], ""]
        for d, a, _ in rows[1:]:
            out += [d, "", a, ""]
    out.append("Event")
    for _, _, event in rows:
        out += _wrap(event, width)
    return "\n".join([*out, "", "Source: agency chronologies.", ""])


# (derandomized: the same examples every run, so a run fails only where the reader changed; the
# case a random run found in session 37, the first row's last sentence given to no row whole, is
# held below as a known failure of the base's reading too)
@settings(max_examples=25, deadline=None, derandomize=True)
@given(_table(), st.sampled_from([20000, 26000, 33000]), st.sampled_from(["columns", "row by row"]))
@example(
    [
        (
            "2015",
            "GP",
            "Helen the the. Helen the the nurse nurse nurse nurse. Helen the the the the officers.",
        ),
        ("03/2016", "Police", "Helen the the. Helen the the. Helen the officers."),
        ("14.05.2016", "Police", "Helen the the the the the."),
        ("w/c 6 June 2016", "GP", "Helen the the. Helen the the."),
        ("Late July 2016", "GP", "Helen the the. Helen the the."),
        ("02/09/2016", "GP", "Helen the the. Helen the the."),
        ("Autumn 2016", "GP", "Helen the the. Helen the the."),
        ("11 Dec 2016", "GP", "Helen the the. Helen the the."),
    ],
    26000,
    "row by row",
).xfail(raises=AssertionError, reason="a row's last sentence read short: known since session 37")
@example(  # (one GP row's event naming the GP was once enough for the agency column to cut there)
    [
        ("2015", "GP", "Helen the the nurse nurse nurse nurse bruise the the the the nurse nurse."),
        ("03/2016", "GP", "Helen the the. Helen the the."),
        ("14.05.2016", "Domestic Abuse Service", "The GP the the. Helen the the the nurse. Helen the the."),
    ],
    20000,
    "row by row",
)
def test_generated_tables_pair_only_settled_rows(rows, width, layout):
    # (a row whose whole event is a brief note of a few words is no row of this family: reports
    # write a brief outcome after the event, in its cell, and short_tails reads it so)
    assume(not any(len(e.split()) <= 5 and e.count(".") == 1 for _, _, e in rows))
    events, warnings = _read(_plain_export(rows, width, layout))
    unpaired = _unpaired_message(warnings)
    by_date = {d: e for d, _, e in rows}
    read_dates = set()
    for ev in events:
        raw = ev.date.raw
        assert raw in by_date, raw
        assert " ".join(ev.text.split()) == by_date[raw]  # the row's own event, whole
        read_dates.add(raw)
    for d, _, _ in rows:
        assert (
            d in read_dates
            or (d in unpaired)
            or any(w.code == "chronology_table_columns_apart" for w in warnings)
        )


@settings(max_examples=25, deadline=None)
@given(_table(), st.sampled_from([20000, 26000, 33000]))
def test_cells_whose_last_lines_leave_room_are_all_read(rows, width):
    """When every event's last line leaves room for the next event's first word, every cut is
    proven and every row is read."""
    lines = [_wrap(e, width) for _, _, e in rows]
    flat = [ln for cell in lines for ln in cell]
    # (the reader knows the column's width only from its widest line)
    known = column_width(flat)
    assume(
        all(printed_width(f"{a[-1]} {b[0].split()[0]}") * 100 <= known * 98 for a, b in zip(lines, lines[1:]))
    )
    spans = cell_spans(flat, len(rows))
    starts = [sum(len(c) for c in lines[:k]) for k in range(len(lines))]
    assert [s[0] for s in spans if s] == starts


def test_a_sentence_ending_a_full_line_inside_a_cell_is_not_taken_for_a_cut():
    lines = [
        "Helen calls to say her son has pushed her into a door frame",
        "and left. Officers attend and complete a risk assessment form.",
        "The risk is graded standard.",
        "Referral to the domestic abuse service.",
    ]
    # two rows, three places a row might end: only the one the wrap proves is taken
    assert cell_spans(lines, 2) == [(0, 3), (3, 4)]
    # three rows: every possible cut is needed
    assert cell_spans(lines, 3) == [(0, 2), (2, 3), (3, 4)]
    # five rows from four lines: not this table, nothing settled
    assert cell_spans(lines, 5) == [None] * 5


def test_a_practice_point_printed_under_the_table_is_no_rows_text():
    """A two-column When | What happened table printed column after column, then the summary's
    practice point on a line of its own after a blank line: the six rows pair (each event ends a
    sentence), the practice point is a note, not a seventh cell that leaves the count unsettled."""
    dates = ["4.2.20", "19.3.20", "2–5.6.20", "11.8.20", "Nov 2020", "8.1.21"]
    events = [
        "The midwife saw Orla at home and noted that her partner answered every question.",
        "Police attended a report of a row in the car park; no further action.",
        "Orla's son stayed on the children's ward with a fever.",
        "The school nurse closed the referral after a single visit.",
        "The family moved to a flat across the river.",
        "Orla was found injured at home and died later that day.",
    ]
    text = "\n".join(
        ["3. Key events", "", "When", *dates, "", "What happened", *events, ""]
        + ["Practice point: one visit is rarely enough to close a referral about a baby's injury.", ""]
    )
    read, _ = _read(text)
    assert [(e.date.raw, e.text) for e in read] == list(zip(dates, events))
    # under a heading the reader does not take for a section of its own, the dates were once
    # read a date a paragraph, each an entry telling nothing: a warning each, never an entry
    read, warnings = _read(text.replace("3. Key events", "Key events"))
    assert not [e for e in read if e.text == e.date.raw]
    alone = " ".join(w.message for w in warnings if w.code == "chronology_date_alone")
    assert all(d in alone for d in dates if d not in {e.date.raw for e in read} and "." in d)
