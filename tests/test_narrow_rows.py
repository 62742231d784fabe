"""A narrower action plan ("No. | Action | Owner | Target date | Status", "Ref | Action |
Responsible officer | By when | Update") in text taken out a printed line at a time, the cells
of each table line joined (plan.narrow_rows).

Each row opens with its ref; the action, the lead's name and the date wrap within their
columns, so a row's later lines hold the cells' later lines run together. The reader cuts them
by the columns' widths and keeps a table only where every action opens with a capital, every
lead names someone, every date reads as a date and the status cells open with status words;
any other table is told (plan_cells_untold), never read into guessed actions.

documents/*.corpus.txt are made by tests/narrow_plans/build.py from real PDFs (Word, then
LibreOffice, then pdfplumber): their joined lines are genuine."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st
from joined_text import printed_row

import dhrparse
from dhrparse.patterns import load_patterns
from dhrparse.plan.narrow_cuts import broken_off
from dhrparse.plan.narrow_rows import NarrowRows
from dhrparse.vocab.type_widths import Face

DOCS = Path(__file__).parent / "narrow_plans" / "documents"


def _extract_file(name: str):
    return dhrparse.extract(DOCS / name)


def _extract_lines(lines: list[str], name: str = "plan.corpus.txt"):
    return dhrparse.extract("".join(f"{line} \n\n" for line in lines), name=name)


def _codes(doc) -> set[str]:
    return {w.code for w in doc.warnings}


def test_a_numbered_agency_plan_printed_from_a_pdf_gives_its_whole_actions():
    doc = _extract_file("narrow_agency_plan_numbered.corpus.txt")
    got = [
        (
            a.ref,
            a.action,
            a.lead,
            a.target_date.raw if a.target_date else None,
            a.status.value if a.status else None,
        )
        for a in doc.actions
    ]
    assert got == [
        (
            "1",
            "Repeat the domestic abuse enquiry with the police whenever a case moves between offices.",
            "Head of Operations",
            "June 2025",
            "complete",
        ),
        (
            "2",
            "Set a ten-day home visit prompt in the case recording system.",
            "Senior Probation Officer, Public Protection",
            "September 2025",
            "in_progress",
        ),
        (
            "3",
            "Issue a practice note on recording contact with victim liaison officers.",
            "Quality Development Officer",
            "July 2025",
            "complete",
        ),
        (
            "4",
            "Audit twenty transferred cases for the repeated enquiry and report to the panel.",
            "Performance Manager",
            "December 2025",
            "not_started",
        ),
    ]
    assert "plan_cells_untold" not in _codes(doc)


def test_a_plan_whose_narrow_lead_column_cuts_unclearly_is_told_not_guessed():
    # (the lead column is so narrow that its names' later lines, "Manager", "Worker", could
    # belong to the action or the update beside them: no action is guessed from such cuts)
    doc = _extract_file("narrow_board_plan_bands.corpus.txt")
    assert [r.ref for r in doc.recommendations] == ["1", "2", "3"]
    wrong = [a for a in doc.actions if "Worker" in (a.action or "") or "18" in (a.lead or "")]
    assert not wrong
    assert doc.actions or "plan_cells_untold" in _codes(doc)


# ---- a board plan, each recommendation printed across the table above its actions ----------
FACE = Face("calibri")
ROOMS = [1.6, 24.0, 13.5, 4.6, 15.0]  # Ref | Action | Responsible officer | By when | Update, in ems
BANDED = [
    (
        "Recommendation 1 – The Safeguarding Adults Board should seek assurance that care homes tell the GP when a resident stops eating.",
        [
            [
                "1a",
                "Write to every care home asking how a loss of appetite is recorded and reported.",
                "Board Business Manager",
                "Jan 2025",
                "Completed – replies from 22 of 25 homes",
            ],
            [
                "1b",
                "Hold a learning event on eating and drinking for care home managers.",
                "Head of Quality, Adult Social Care",
                "Apr 2025",
                "On track",
            ],
        ],
    ),
    (
        "Recommendation 2 – Oxleigh Council should make sure that a review of a care package includes a visit.",
        [
            [
                "2a",
                "Change the review procedure so that a visit is the default for people who cannot use the telephone.",
                "Principal Social Worker",
                "Dec 2024",
                "Complete",
            ],
        ],
    ),
    (
        "Recommendation 3 – Oxleigh Primary Care Network should make sure that care home residents have a named clinician.",
        [
            [
                "3a",
                "Agree a named GP for each care home in the network and publish the list.",
                "Clinical Director, Oxleigh PCN",
                "Ongoing",
                "Delayed – two practices yet to agree",
            ],
            [
                "3b",
                "Check each quarter that new residents are registered with the named GP within a week.",
                "PCN Care Home Lead",
                "From April 2025",
                "Not started",
            ],
        ],
    ),
]


def _banded_lines() -> list[str]:
    lines = [
        "Safeguarding Adults Review: Ada – Action Plan",
        "Ada was 88 when she died in a care home in May 2024. The Board accepted the three recommendations "
        "of the review; the plan below records the actions agreed.",
        "Ref Action Responsible officer By when Update",
    ]
    for band, rows in BANDED:
        lines.append(band)
        for row in rows:
            lines += printed_row(row, ROOMS, FACE)
    lines.append("Next review of this plan: Board meeting, March 2025.")
    lines.append("Oxleigh Safeguarding Adults Board – SAR 'Ada' – OFFICIAL")
    return lines


def test_a_banded_board_plan_gives_each_action_whole_under_its_recommendation():
    doc = _extract_lines(_banded_lines(), "ada_plan.corpus.txt")
    # (a lettered action's ref as the records write it: "1a" as "1(a)")
    want = [(f"{row[0][0]}({row[0][1]})", row[1], row[2], row[3]) for _, rows in BANDED for row in rows]
    got = [(a.ref, a.action, a.lead, a.target_date.raw if a.target_date else None) for a in doc.actions]
    assert got == want
    # (the text after the table is no action's: "Next review of this plan ...")
    assert not any("Next review" in (a.action or "") or "OFFICIAL" in (a.lead or "") for a in doc.actions)
    assert [a.recommendation_ref for a in doc.actions] == ["1", "1", "2", "3", "3"]


# ---- never a wrong action: whatever the rows hold, an action read is one of the plan's -------
_WORDS = [
    "review",
    "audit",
    "the",
    "referral",
    "pathway",
    "with",
    "partners",
    "and",
    "agree",
    "a",
    "shared",
    "record",
    "for",
    "each",
    "case",
    "brief",
    "staff",
    "on",
    "risk",
    "publish",
    "guidance",
    "check",
    "quarterly",
    "report",
    "to",
    "the",
    "board",
    "train",
    "managers",
    "update",
    "the",
    "procedure",
    "add",
    "a",
    "prompt",
    "to",
    "the",
    "form",
]
_LEADS = [
    "Board Business Manager",
    "Head of Service",
    "Principal Social Worker",
    "Named Nurse",
    "Housing Manager",
    "Police Inspector, Public Protection",
    "Clinical Lead, District Nursing",
]
COLUMNS = ["ref", "action", "lead", "target_date", "status"]
_DATES = ["June 2025", "31/03/2025", "Ongoing", "Q3 2025/26", "September 2025", "End of May 2025"]
_STATUS = ["Complete", "In progress", "Not started", "Delayed"]


@st.composite
def _plans(draw):
    rows = []
    for n in range(draw(st.integers(3, 6))):
        words = draw(st.lists(st.sampled_from(_WORDS), min_size=4, max_size=22))
        action = " ".join([words[0].capitalize(), *words[1:]]) + "."
        rows.append(
            [
                str(n + 1),
                action,
                draw(st.sampled_from(_LEADS)),
                draw(st.sampled_from(_DATES)),
                draw(st.sampled_from(_STATUS)),
            ]
        )
    rooms = [
        1.2,
        draw(st.floats(14.0, 30.0)),
        draw(st.floats(6.0, 14.0)),
        draw(st.floats(4.5, 8.0)),
        draw(st.floats(4.5, 8.0)),
    ]
    return rows, rooms


@settings(
    max_examples=25,
    deadline=None,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow],
)
@given(_plans())
# (a lead's first words "Clinical Lead," may as well close the action's line "... the": told)
@example(
    (
        [
            ["1", "Review review review review.", "Head of Service", "June 2025", "Complete"],
            ["2", "Review review review review.", "Head of Service", "June 2025", "Complete"],
            [
                "3",
                "Review review review review review review referral referral the review.",
                "Clinical Lead, District Nursing",
                "June 2025",
                "Complete",
            ],
        ],
        [1.2, 26.0, 12.0, 5.0, 5.0],
    )
)
# (the year of "End of May" / "2025" printed at the end of the action's second line: not the action's)
@example(
    (
        [
            ["1", "Review review review review.", "Principal Social Worker", "June 2025", "Complete"],
            ["2", "Review review review review.", "Principal Social Worker", "June 2025", "Complete"],
            [
                "3",
                "Review review review review review review review review review review the.",
                "Head of Service",
                "End of May 2025",
                "Complete",
            ],
        ],
        [1.2, 15.0, 10.0, 5.0, 5.0],
    )
)
# (a financial year printed under its quarter, "Q3" / "2025/26", beside the status: the date's
# year, never the status cell's "In progress 2025/26" beside a date cut to "Q3")
@example(
    (
        [
            [
                "1",
                "Review referral record audit pathway with the referral review the and referral.",
                "Head of Service",
                "Q3 2025/26",
                "In progress",
            ],
            [
                "2",
                "Shared record and the and the referral the the referral referral.",
                "Head of Service",
                "Q3 2025/26",
                "Not started",
            ],
            [
                "3",
                "Audit referral audit audit with shared record pathway.",
                "Board Business Manager",
                "Q3 2025/26",
                "In progress",
            ],
        ],
        [1.2, 30.0, 8.0, 4.5, 8.0],
    )
)
# (a lead's first words "Head of" printed at the end of the action's line, "Service" below:
# the lead's, or the action's before "procedure"? the widths alone do not tell: told)
@example(
    (
        [
            [
                "1",
                "For audit a referral a each procedure to prompt train guidance.",
                "Board Business Manager",
                "Q3 2025/26",
                "Complete",
            ],
            [
                "2",
                "Case the shared the managers prompt procedure update.",
                "Head of Service",
                "31/03/2025",
                "Not started",
            ],
            ["3", "A update review on.", "Head of Service", "End of May 2025", "Complete"],
            [
                "4",
                "Partners quarterly prompt record pathway staff audit.",
                "Board Business Manager",
                "September 2025",
                "Not started",
            ],
            ["5", "Managers for case for prompt and each check.", "Named Nurse", "Ongoing", "Not started"],
        ],
        [1.2, 19.103978641279635, 6.304383653465528, 6.732292008607026, 6.4780391472003345],
    )
)
# (the last row's lead "Police" / "Inspector," / "Public" / "Protection": the lines under the
# table's last row that are all a name's words go on its lead, no text after the table)
@example(
    (
        [
            [
                "1",
                "Update add audit partners the a to partners.",
                "Board Business Manager",
                "June 2025",
                "Delayed",
            ],
            [
                "2",
                "Agree check check form record the the the quarterly record procedure the.",
                "Head of Service",
                "End of May 2025",
                "Not started",
            ],
            ["3", "Audit pathway a the.", "Board Business Manager", "Q3 2025/26", "Not started"],
            [
                "4",
                "A shared board managers review.",
                "Police Inspector, Public Protection",
                "End of May 2025",
                "Not started",
            ],
        ],
        [1.2, 25.750481164408093, 6.0, 7.999999999999999, 6.124243405006867],
    )
)
# (a lead's later line opening on a small word, "with Manager", under an action line ending
# "... partners the": the small word may as well close the action's line: told)
@example(
    (
        [
            [
                "1",
                "Pathway form audit train form prompt add check and a update.",
                "Police Inspector, Public Protection",
                "June 2025",
                "In progress",
            ],
            ["2", "A quarterly partners prompt a.", "Named Nurse", "31/03/2025", "Delayed"],
            [
                "3",
                "Agree add staff board form the check report risk partners the with the the train.",
                "Board Business Manager",
                "31/03/2025",
                "Not started",
            ],
        ],
        [1.2, 14.788914764400957, 7.379347868212362, 5.853520243697787, 7.308442615237137],
    )
)
def test_a_narrow_plan_the_reader_keeps_gives_every_cell_as_printed(plan):
    # (the reader's own answer, whatever other readers make of the lines: a table it keeps is
    # cut exactly; one it cannot cut surely it does not keep)
    rows, rooms = plan
    texts, starts = [], []
    for row in rows:
        starts.append(len(texts))
        texts += printed_row(row, rooms, FACE)
    read = NarrowRows(None, load_patterns(), set(), True)._read(texts, COLUMNS, starts)
    if read is None or not read[2]:
        return
    got = [[" ".join(cell) for cell in part] for row in read[0] for part in row.parts]
    assert got == rows


_SEED39_LONG = (
    "The a audit procedure shared on form case partners the referral managers with guidance risk"
    " prompt and the each guidance form to."
)
_SEED39_LONGER = (
    "Brief partners form partners board quarterly quarterly update risk the update referral shared a a"
    " publish quarterly audit update partners staff case."
)


def test_a_lead_wrapped_under_the_last_row_is_not_cut_off_as_text_after_the_table():
    # (found by the property above: "Police Inspector," / "Public Protection" under the last
    # row once read as the report's text after the table, keeping the lead cut in two)
    rows = [
        ["1", _SEED39_LONG, "Board Business Manager", "Ongoing", "Complete"],
        ["2", "Risk add publish risk.", "Head of Service", "Q3 2025/26", "In progress"],
        ["3", "A pathway partners quarterly board with.", "Named Nurse", "September 2025", "Complete"],
        ["4", _SEED39_LONGER, "Named Nurse", "September 2025", "Complete"],
        ["5", "Risk agree the publish.", "Police Inspector, Public Protection", "Q3 2025/26", "In progress"],
    ]
    rooms = [1.2, 23.975705878501003, 9.307140601910003, 7.2216894168509675, 5.091796902047208]
    texts, starts = [], []
    for row in rows:
        starts.append(len(texts))
        texts += printed_row(row, rooms, FACE)
    assert texts[-1] == "Public Protection"  # (the lead's second line prints alone)
    read = NarrowRows(None, load_patterns(), set(), True)._read(texts, COLUMNS, starts)
    if read is not None and read[2]:
        assert [[" ".join(c) for c in part] for row in read[0] for part in row.parts] == rows


def test_a_row_broken_off_on_a_comma_or_joining_word_is_unfinished():
    class Row:
        def __init__(self, *cells):
            self.parts = [[c.split() for c in cells]]

    assert broken_off([Row("5", "Publish it.", "Police Inspector,", "Q3", "Open")])
    assert broken_off([Row("5", "Publish it.", "Head of", "Q3", "Open")])
    assert not broken_off([Row("5", "Publish it.", "Head of Service", "Q3", "Open")])
    assert broken_off([Row("5", "Publish it.", "Police", "Q3", "Open")], named_below=True)
