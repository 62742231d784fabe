"""Plans that plain pdftotext printed a line at a time across a ruled table's cells
(plan.line_rounds, plan.round_fit): the same rows printed in the shapes such an export gives
are read back into their cells; the same rows printed whole cell after cell are left to the
readers of that form."""

from __future__ import annotations

import textwrap

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from dhrparse import extract
from dhrparse.patterns import load_patterns
from dhrparse.plan.column_roles import ColumnRoles
from dhrparse.plan.plan_lines import PlanLines
from dhrparse.plan.round_fit import RoundFit
from dhrparse.plan.tables import column_map
from dhrparse.plan.vocabulary import PlanVocabulary
from dhrparse.prepare.cleaning import clean
from dhrparse.prepare.segment import segment
from dhrparse.readers.text import read_text

P = load_patterns()
HEADER = ["No.", "Action", "Lead officer", "Target date", "Status"]
WIDTHS = [38, 22, 12, 22]  # characters a line of each column holds (action, lead, date, status)

VERBS = ["Review", "Publish", "Audit", "Deliver", "Agree", "Update", "Introduce", "Train"]
WORDS = [
    "the",
    "referral",
    "pathway",
    "for",
    "victims",
    "of",
    "domestic",
    "abuse",
    "with",
    "every",
    "partner",
    "agency",
    "and",
    "record",
    "each",
    "contact",
    "in",
    "the",
    "shared",
    "case",
    "notes",
    "so",
    "that",
    "staff",
    "know",
    "when",
    "to",
    "ask",
    "about",
    "coercive",
    "control",
]
LEADS = [
    "Head of Adult Safeguarding",
    "Designated Nurse for Safeguarding Adults",
    "Community Safety Manager",
    "Domestic Abuse Coordinator",
    "Practice Manager",
]
DATES = ["March 2025", "31/12/2024", "June 2024", "Q2 2025/26", "September 2025"]
STATUSES = ["Complete", "Not started", "On track", "In progress – two sessions held so far", "Completed"]


@st.composite
def rows(draw):
    out = []
    # (rows of a plan say different things: the same line twice would be a running head)
    starts = draw(st.lists(st.integers(0, len(WORDS) - 12), min_size=2, max_size=4, unique=True))
    for n, start in enumerate(starts, start=1):
        length = draw(st.integers(4, 14))
        action = " ".join([draw(st.sampled_from(VERBS)), *WORDS[start : start + length]]) + "."
        out.append(
            (
                f"{n}.1",
                action,
                draw(st.sampled_from(LEADS)),
                draw(st.sampled_from(DATES)),
                draw(st.sampled_from(STATUSES)),
            )
        )
    return out


def _wrapped(row) -> list[list[str]]:
    return [textwrap.wrap(cell, width) for cell, width in zip(row[1:], WIDTHS)]


def in_rounds(table) -> str:
    """The rows as plain pdftotext prints a ruled Word table: a line of each cell at a time."""
    lines = ["Action plan", *HEADER]
    for row in table:
        cells = _wrapped(row)
        lines.append(row[0])
        for r in range(max(len(c) for c in cells)):
            lines.extend(c[r] for c in cells if r < len(c))
    lines.append("Plan agreed by the Partnership board in the spring; progress is reported every quarter.")
    return "\n".join(lines) + "\n"


def in_sequence(table) -> str:
    """The same rows printed whole cell after cell."""
    lines = ["Action plan", *HEADER]
    for row in table:
        lines.append(row[0])
        for cell in _wrapped(row):
            lines.extend(cell)
    return "\n".join(lines) + "\n"


def plan_lines(text: str) -> PlanLines:
    doc = read_text(text.encode(), name="plan.txt", path="plan.txt", sha256="")
    clean(doc, P)
    segment(doc, P)
    return PlanLines(doc, column_map(P), ColumnRoles(P), PlanVocabulary.of(P))


# (hypothesis found it: the last row's date wraps under its status, and read whole cell after
# cell the note under the table fitted as that row's status cell)
_NOTE_AFTER_A_WRAPPED_DATE = [
    ("1.1", "Review the referral pathway for.", "Practice Manager", "March 2025", "Complete"),
    ("2.1", "Review referral pathway for victims.", "Practice Manager", "September 2025", "Complete"),
]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows())
@example(_NOTE_AFTER_A_WRAPPED_DATE)
def test_rows_printed_a_line_at_a_time_across_their_cells_read_back(table):
    doc = extract(in_rounds(table), name="plan.txt")
    got = {a.ref: a for a in doc.actions}
    assert sorted(got) == sorted(r[0] for r in table)
    for ref, action, lead, date, status in table:
        a = got[ref]
        assert (a.action or "").startswith(action.rstrip("."))
        assert a.lead == lead
        assert a.target_date is not None and a.target_date.raw == date
        assert (a.status.raw or "").startswith(status.split(" –")[0])


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows())
def test_rows_printed_whole_cell_after_cell_are_not_taken_for_rounds(table):
    # (a table of one-line cells is the same in both forms: plan.stacked_cells reads it first)
    rows = {ln.cells[0]: ln.cells for ln in plan_lines(in_sequence(table)).lines if ln.cells and ln.cells[0]}
    for ref, *cells in table:
        assert ref not in rows or rows[ref][1:] == cells


def test_two_cells_sharing_a_printed_line_are_cut_apart():
    fit = RoundFit(ColumnRoles(P))
    texts = [
        "Write to every care home asking how weight loss is recorded Board Business Manager",
        "Jan 2025",
        "Completed – replies from 31 of 34",
        "and reported.",
        "homes",
    ]
    reading = fit.rounds(texts, ["action", "lead", "target_date", "progress"])
    assert [" ".join(c) for c in reading.cells] == [
        "Write to every care home asking how weight loss is recorded and reported.",
        "Board Business Manager",
        "Jan 2025",
        "Completed – replies from 31 of 34 homes",
    ]


def test_a_note_under_the_last_row_stays_out_of_its_cells():
    text = in_rounds(
        [("1.1", "Audit fifty records after six months.", "Safeguarding Lead", "June 2025", "Not started")]
    )
    text = text.replace(
        "Plan agreed by the Partnership board in the spring; progress is reported every quarter.",
        "1.2\nPublish the audit findings on the partnership website.\nSafeguarding Lead\nMarch 2026\n"
        "Not started\nPlan agreed by the Partnership board in the spring; progress is reported every quarter.",
    )
    lines = plan_lines(text).lines
    rows = {ln.cells[0]: ln.cells for ln in lines if ln.cells and ln.cells[0] in ("1.1", "1.2")}
    assert rows["1.2"][1:] == [
        "Publish the audit findings on the partnership website.",
        "Safeguarding Lead",
        "March 2026",
        "Not started",
    ]
    assert any(ln.cells is None and ln.text.startswith("Plan agreed") for ln in lines)


def test_a_row_broken_by_a_page_carries_on_under_each_repeated_name():
    # the header printed again on the new page comes out a name at a time, each followed by
    # what its column's cell carries on there
    text = "\n".join(
        [
            "Action plan",
            *HEADER,
            "1.1",
            "Write to the Department for",
            "Board Business Manager",
            "June 2025",
            "Complete – letter sent in",
            "",
            "Page 1",
            "",
            *HEADER[:2],
            "Education asking for new guidance.",
            *HEADER[2:],
            "May 2025.",
            "",
        ]
    )
    rows = [ln.cells for ln in plan_lines(text).lines if ln.cells and ln.cells[0] == "1.1"]
    assert rows == [
        [
            "1.1",
            "Write to the Department for Education asking for new guidance.",
            "Board Business Manager",
            "June 2025",
            "Complete – letter sent in May 2025.",
        ]
    ]


MEASURES = ["Audit shows the form in use.", "Fewer repeat referrals.", "Survey of staff confidence."]
# each name a block of its own, and a name too long for its column wrapping: its last word
# printed after the names of the columns to its right
BLOCK_HEADER = [
    "No.",
    "",
    "Action",
    "",
    "Lead officer",
    "",
    "Target date",
    "",
    "How will we know it has made a",
]
BLOCK_HEADER_END = ["Status", "difference?"]


def in_rounds_under_block_header(table, measures) -> str:
    lines = ["Action plan", *BLOCK_HEADER, *BLOCK_HEADER_END]
    for row, measure in zip(table, measures):
        cells = [textwrap.wrap(cell, width) for cell, width in zip(row[1:4], WIDTHS[:3])]
        cells += [textwrap.wrap(measure, 24), textwrap.wrap(row[4], WIDTHS[3])]
        lines.append(row[0])
        for r in range(max(len(c) for c in cells)):
            lines.extend(c[r] for c in cells if r < len(c))
    return "\n".join(lines) + "\n"


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows(), st.lists(st.sampled_from(MEASURES), min_size=4, max_size=4))
def test_rounds_under_a_header_printed_a_block_a_name_with_a_wrapped_name(table, measures):
    doc = extract(in_rounds_under_block_header(table, measures), name="plan.txt")
    got = {a.ref: a for a in doc.actions}
    assert sorted(got) == sorted(r[0] for r in table)
    for ref, action, lead, date, status in table:
        assert (got[ref].action or "").startswith(action.rstrip("."))
        assert got[ref].lead == lead
        assert got[ref].target_date is not None and got[ref].target_date.raw == date
        assert (got[ref].status.raw or "").startswith(status.split(" –")[0])


def test_a_first_row_wrapping_in_every_column_keeps_every_rows_cells():
    # the first row wraps in every column but the status ("Completed"), so its second round
    # has a fragment fewer than its first; the measure's first line is short because the next
    # word did not fit, and the other rows' whole one-line measures are wider than it
    table = [
        ("1.1", "Audit pathway for victims of domestic abuse.", LEADS[0], "September 2025", "Completed"),
        ("2.1", "Update for victims of domestic abuse with.", LEADS[4], "March 2025", STATUSES[3]),
        ("3.1", "Review shared case notes so that.", LEADS[4], "31/12/2024", "On track"),
    ]
    text = in_rounds_under_block_header(table, [MEASURES[2], MEASURES[1], MEASURES[1]])
    assert "September\nSurvey of staff\nCompleted\nabuse.\nSafeguarding\n2025\n" in text
    got = {a.ref: a for a in extract(text, name="plan.txt").actions}
    assert [(got[r[0]].action, got[r[0]].lead, got[r[0]].target_date.raw) for r in table] == [
        r[1:4] for r in table
    ]
    assert [got[r[0]].status.raw for r in table] == [r[4] for r in table]


def test_a_date_wrapped_round_a_status_is_read_whole():
    # "September" / "2025": the date's second line prints after the status's one line
    table = [
        ("1.1", "Review shared case notes so.", LEADS[4], "31/12/2024", "On track"),
        ("2.1", "Update of domestic abuse with every.", LEADS[4], "September 2025", "Not started"),
    ]
    text = in_rounds(table)
    assert "September\nNot started\n2025\n" in text
    got = {a.ref: a for a in extract(text, name="plan.txt").actions}
    assert [(got[r[0]].target_date.raw, got[r[0]].status.raw) for r in table] == [(r[3], r[4]) for r in table]


def test_a_last_line_an_earlier_cell_also_printed_is_no_running_foot():
    # the last row's action ends on a line an earlier action's cell printed too: a running
    # foot ends a page each time it prints, this line went on in the earlier row
    table = [
        (
            "1.1",
            "Agree the shared case notes so that staff know when to ask about coercive.",
            LEADS[0],
            "Q2 2025/26",
            "Complete",
        ),
        (
            "2.1",
            "Introduce shared case notes so that staff know when to ask about coercive.",
            LEADS[4],
            "31/12/2024",
            "Completed",
        ),
    ]
    text = in_rounds(table).replace(
        "\nPlan agreed by the Partnership board in the spring; progress is reported every quarter.", ""
    )
    assert text.endswith("Completed\nstaff know when to ask about coercive.\n")
    got = {a.ref: a for a in extract(text, name="plan.txt").actions}
    assert [got[r[0]].action for r in table] == [r[1] for r in table]


def test_rows_only_whose_last_cell_wraps_are_read_as_rounds():
    # each row reads the same as rounds or as whole cells: a tie, and the cells are those
    table = [
        ("1.1", "Review partner agency and record.", LEADS[4], "March 2025", STATUSES[3]),
        ("2.1", "Review with every partner agency.", LEADS[4], "March 2025", STATUSES[3]),
    ]
    got = {a.ref: a for a in extract(in_rounds(table), name="plan.txt").actions}
    assert [got[r[0]].status.raw for r in table] == [STATUSES[3]] * 2


BAND_HEADER = ["Action", "Lead officer", "By when", "Evidence of impact", "Status"]
BAND_WIDTHS = [30, 16, 12, 24]  # action, lead, date, evidence (the status fits on one line)


def in_band_rounds(bands) -> str:
    """A plan with no number column: each recommendation a band across the table, then its
    action rows, each printed a line of each cell at a time."""
    lines = ["Action plan", *BAND_HEADER]
    for band, rows in bands:
        lines.extend(textwrap.wrap(band, 90))
        for row in rows:
            cells = [textwrap.wrap(cell, width) for cell, width in zip(row, BAND_WIDTHS)] + [[row[4]]]
            for r in range(max(len(c) for c in cells)):
                lines.extend(c[r] for c in cells if r < len(c))
    lines.append(
        "The Board reviews this plan at each meeting of its Quality Sub-group until every action is closed."
    )
    return "\n".join(lines) + "\n"


BANDS = [
    (
        "Recommendation 1: The Board should make sure that a refused visit is followed up by the agency "
        "that was refused.",
        [
            (
                "Publish a practice note on following up refused visits",
                "Board Business Manager",
                "June 2025",
                "Note published and sent to all partners.",
                "Complete",
            ),
            (
                "Audit twenty closed cases against the note",
                "Quality Sub-group Chair",
                "March 2026",
                "Audit tool agreed; cases chosen.",
                "In progress",
            ),
        ],
    ),
    (
        "Recommendation 2: Partner agencies should record the reason each time a person declines care.",
        [
            (
                "Add a declined care reason to the case record",
                "Head of Adult Social Care",
                "31/12/2025",
                "Field added; an audit of the first months found it used in 14",
                "Complete",
            ),
        ],
    ),
]


def test_rows_under_bands_in_a_table_without_numbers_are_cut_apart():
    doc = extract(in_band_rounds(BANDS), name="plan.txt")
    got = [(a.action, a.lead, a.target_date.raw if a.target_date else None) for a in doc.actions]
    want = [(action, lead, date) for _, rows in BANDS for action, lead, date, _, _ in rows]
    assert got == want
    assert [a.status.value for a in doc.actions] == ["complete", "in_progress", "complete"]


def test_a_bare_number_ending_a_cell_does_not_end_a_table_without_numbers():
    # ("... found it used in" / "14." : the evidence cell's last printed line)
    bands = [
        (BANDS[1][0], [(*BANDS[1][1][0][:3], f"{BANDS[1][1][0][3]} of 20 records sampled in", "Complete")])
    ]
    text = in_band_rounds([*bands, BANDS[0]]).replace("sampled in\n", "sampled in\n14.\n")
    doc = extract(text, name="plan.txt")
    assert [a.action for a in doc.actions][-2:] == [
        "Publish a practice note on following up refused visits",
        "Audit twenty closed cases against the note",
    ]


def test_a_word_broken_at_its_hyphen_against_the_next_cell_is_cut_apart():
    fit = RoundFit(ColumnRoles(P))
    texts = ["Remind staff of the selfBoard Business", "May 2025", "neglect procedure", "Manager"]
    reading = fit.rounds(texts, ["action", "lead", "target_date"])
    assert [" ".join(c) for c in reading.cells] == [
        "Remind staff of the self neglect procedure",
        "Board Business Manager",
        "May 2025",
    ]


def test_three_short_cells_sharing_a_printed_line_are_cut_apart():
    fit = RoundFit(ColumnRoles(P))
    texts = ["Brief the duty team on the change Duty Team Manager March 2025", "Not started", "to the form"]
    reading = fit.rounds(texts, ["action", "lead", "target_date", "status"])
    assert [" ".join(c) for c in reading.cells] == [
        "Brief the duty team on the change to the form",
        "Duty Team Manager",
        "March 2025",
        "Not started",
    ]
