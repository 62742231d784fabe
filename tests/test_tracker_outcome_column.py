"""A review report's appendix plan of one row per recommendation in corpus text (pdfplumber's
lines, each followed by a blank line, the cells of a printed line joined by single spaces):
"No. | Recommendation | Scope | Action to take | Lead agency | Target date | Date of completion
and outcome", "Completed" written in the Target date cell of the actions done. The last column
holds sentences, not status words, so the rows are cut against their target dates alone and the
Scope cell by its scope word (plan.tracker_rows). The whole family: tests/zoo/report_plan_scope_
column_completed_in_date_cell."""

from __future__ import annotations

from plan_text import corpus_text, printed_rows

from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.plan.tracker_rows import TrackerRows
from dhrparse.vocab.type_widths import Face

FACE = Face("times")
WIDTHS = [1.6, 15.0, 4.0, 13.0, 8.0, 5.4, 13.0]  # in ems
HEADER = "No. Recommendation Scope Action to take Lead agency Target date Date of completion and outcome"
RECS = [
    (
        "1",
        "Marrowgate Council should give every young person leaving custody a named housing worker.",
        "Local",
        "Add a housing check to the release planning meeting",
        "Marrowgate Council Housing",
        "May 2025",
        "Ongoing: two of three prisons have changed their agenda.",
    ),
    (
        "2",
        "Marrowgate Youth Offending Service should pass threats of retaliation to the police within one day.",
        "Local",
        "Write the one-day standard into the sharing procedure",
        "Marrowgate Youth Offending Service",
        "Completed",
        "Procedure reissued in February; sample found every threat shared.",
    ),
    (
        "3",
        "Marrowgate Hospital should offer a youth worker to every young person with a stab wound.",
        "Local",
        "Extend the youth worker rota to weekend nights",
        "Marrowgate Hospital",
        "Completed",
        "Weekend cover began in March.",
    ),
    (
        "4",
        "The Department for Education should remind schools to refer pupils excluded for carrying a blade.",
        "National",
        "Partnership chair to write to the Department",
        "Marrowgate Partnership",
        "30/09/2025",
        "Not yet started: letter drafted.",
    ),
]


def _report() -> str:
    lines = [
        "Marrowgate Partnership",
        "Domestic Homicide Review 'Clemency' – Overview Report",
        "1. Introduction",
        "1.1 Clemency was 51 when she was killed by her son in the spring of 2024.",
        "2. Recommendations",
    ]
    for number, text, *_ in RECS:
        lines += [f"Recommendation {number}", text]
    lines += ["Appendix A: Action plan", HEADER, *printed_rows(RECS, WIDTHS, FACE)]
    return corpus_text(lines)


def test_each_row_is_read_from_its_first_line_against_its_target_date():
    doc = extract(_report())
    got = [
        (
            a.recommendation_ref,
            (a.action or "").split()[0],
            a.target_date.raw if a.target_date else None,
            a.status.value,
        )
        for a in doc.actions
    ]
    assert got == [
        ("1", "Add", "May 2025", "in_progress"),
        ("2", "Write", "Completed", "complete"),
        ("3", "Extend", "Completed", "complete"),
        ("4", "Partnership", "30/09/2025", "not_started"),
    ], got
    # (the Scope cell is its own: the action opens after it, the lead after the action)
    assert not any("Local" in (a.action or "") or "National" in (a.action or "") for a in doc.actions)
    assert [a.lead.split()[0] for a in doc.actions if a.lead] == ["Marrowgate"] * 4
    assert any(w.code == "plan_cells_untold" for w in doc.warnings)  # (later lines not read)


def test_only_a_header_naming_its_status_column_an_outcome_reads_it_as_sentences():
    p = load_patterns()
    rows = TrackerRows.__new__(TrackerRows)
    TrackerRows.__init__(rows, _Lines(), p, set(), True)
    assert rows._names_outcome(HEADER)
    # (the name wrapped over two printed lines, its last word under the next name)
    assert rows._names_outcome("No. Recommendation Target Date of completion and date outcome")
    # (a progress column rated at its end is read by its status words, not as an outcome)
    assert not rows._names_outcome("No. Action Lead agency Target date Progress / RAG")


class _Lines:
    """The little of plan_lines.PlanLines the tracker reader's set-up asks for."""

    def __init__(self):
        from dhrparse.plan.tables import ColumnMap

        self.cm = ColumnMap(load_patterns())
