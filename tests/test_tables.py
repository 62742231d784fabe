"""Header mapping to canonical fields and the interleaved-row splitter."""
from __future__ import annotations

from dhrparse.plan.interleaved import PrintedLine, split_row
from dhrparse.patterns import load_patterns
from dhrparse.plan.tables import column_map

P = load_patterns()


def test_header_cells_map_through_synonyms():
    cm = column_map(P)
    cells = ["REF", "Action (SMART)", "Lead Officer", "Target date for completion", "Desired outcome of the action",
             "Monitoring arrangements", "How will Success be Measured and Outcome", "Partner sign-off"]
    assert cm.header_columns(cells) == ["ref", "action", "lead", "target_date", "desired_outcome", "monitoring",
                                        "success_measure", "extra:Partner sign-off"]
    assert cm.header_columns(["Recommendation", "Scope", "Action to take", "Lead Agency", "Key milestones",
                              "Target Date", "Outcome", "Completion/RAG"]) == \
        ["recommendation", "scope", "action", "lead", "progress", "target_date", "desired_outcome", "status"]
    # an ordinary data row is not a header
    assert cm.header_columns(["1.1", "Review the policy", "DA Lead", "May 2022"]) is None


def test_running_header_text_in_printed_order():
    cm = column_map(P)
    text = "Ref Action (SMART) Lead Officer and Agency Target Date for Completion Desired Outcome Monitoring " \
           "Arrangements How will Success be Measured Outcome/Progress Status (RAG)"
    assert cm.scan(text) == ["ref", "action", "lead", "target_date", "desired_outcome", "monitoring",
                             "success_measure", "progress", "status"]
    assert cm.is_header_words("Arrangements") and not cm.is_header_words("Action completed")


def _lines(*texts: str) -> list[PrintedLine]:
    # a trailing space marks a wrapped line, as PDF text extraction prints it
    return [PrintedLine(t.strip(), not t.endswith(" "), n) for n, t in enumerate(texts, 1)]


COLS = ["ref", "action", "lead", "target_date", "desired_outcome", "monitoring", "success_measure", "progress", "status"]


def test_split_row_by_cell_ends():
    cells, warnings = split_row(_lines("Review drop in provision ", "with duty team", "Operations ", "Manager BSWA",
                                       "01/03/2013 Drop in adequately staffed", "Monthly review", "Audit",
                                       "Staffing reviewed.", "Action ", "completed"), COLS, P)
    assert cells == {"status": "Action completed", "target_date": "01/03/2013",
                     "action": "Review drop in provision with duty team", "lead": "Operations Manager BSWA",
                     "desired_outcome": "Drop in adequately staffed", "monitoring": "Monthly review",
                     "success_measure": "Audit", "progress": "Staffing reviewed."}
    assert warnings == []


def test_split_row_keeps_wrapped_lines_in_one_cell():
    cells, warnings = split_row(_lines("Review the policy ", "and procedure ", "Head of Service ",
                                       "Jun-13 Better ", "practice ", "everywhere"), COLS, P)
    assert cells["target_date"] == "Jun-13"
    assert "Review the policy" in cells["action"]
    assert cells["desired_outcome"] == "Better practice everywhere"


def test_split_row_date_before_no_date_word_and_lead_before_ongoing():
    cells, _ = split_row(_lines("Review the policy", "Head of Service ", "Mar-14 Ongoing review ", "of cases"), COLS, P)
    assert cells["target_date"] == "Mar-14" and cells["lead"] == "Head of Service"
    cells, _ = split_row(_lines("Inform the team", "Central Team On-going", "All half terms", "Cover in place"),
                         COLS, P)
    assert cells["lead"] == "Central Team" and cells["target_date"] == "On-going"


def _bare(*texts: str) -> list[PrintedLine]:
    # PDF and Word text: no trailing spaces, so no line marks a cell's end
    return [PrintedLine(t, False, n) for n, t in enumerate(texts, 1)]


def test_split_row_without_cell_ends_finds_the_narrow_lead_run():
    # corpus 001 row 1.1 as the PDF and Word routes print it
    cells, _ = split_row(_bare("To establish a multi-agency", "Violence Against Women and",
                               "Children Steering Group reporting", "to both Birmingham Community",
                               "Safety Partnership and", "Birmingham Safeguarding Board", "Birmingham",
                               "Community Safety", "Partnership", "Mar-14 An improvement in the practice",
                               "Action completed"), COLS, P, cell_ends=False)
    assert cells["lead"] == "Birmingham Community Safety Partnership"
    assert cells["action"].endswith("and Birmingham Safeguarding Board")
    assert cells["target_date"] == "Mar-14" and cells["status"] == "Action completed"


def test_split_row_without_cell_ends_two_cells_on_one_line_and_role_after_sentence():
    cells, _ = split_row(_bare("Briefing for partner agencies West Midlands", "Police Public", "Protection Unit",
                               "Feb-13 Written briefing"), COLS, P, cell_ends=False)
    assert cells["action"] == "Briefing for partner agencies"
    assert cells["lead"] == "West Midlands Police Public Protection Unit"
    cells, _ = split_row(_bare("Ensure all information gathering sharing and", "recording is through the use",
                               "of a consistent format.", "Children's Centres Strategic Lead",
                               "To be monitored termly", "30/04/2013 All centres"), COLS, P, cell_ends=False)
    assert cells["action"].endswith("consistent format.")
    assert cells["lead"].startswith("Children's Centres Strategic Lead")


# --- no cell text lost ----------------------------------------------------------------------

from collections import Counter

from hypothesis import given, strategies as st

from dhrparse.plan.interleaved import PrintedLine, split_row

_PIECES = ["Review the training plan", "for all staff", "Head of Service -", "Landlord Services", "Mar-14",
           "01/04/2014", "Dec-13 to", "Sept-14", "On-going", "TBC", "Action", "completed", "Ongoing",
           "Completed", "Quarterly progress", "over 12 months", "Practice", "manager", "Lead GP",
           "An improvement in the practice", "of agencies working together.", "Training register",
           "Staff have completed training.", "(a) establish group", "Children's Social", "Care", "31/06/2019"]
_COLUMNS = [["ref", "action", "lead", "target_date", "desired_outcome", "monitoring", "success_measure",
             "progress", "status"],
            ["ref", "action", "lead", "target_date", "progress", "status"],
            ["ref", "action", "target_date", "desired_outcome", "progress", "status"]]


def _chars(texts) -> Counter:
    return Counter(c for t in texts for c in t if not c.isspace())


@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.booleans()), min_size=1, max_size=14),
       st.sampled_from(_COLUMNS), st.booleans())
def test_interleaved_row_split_loses_no_cell_text(pieces, columns, cell_ends):
    """Every non-space character of a row's printed lines ends up in exactly one cell."""
    from dhrparse.patterns import load_patterns
    lines = [PrintedLine(text, ends, n) for n, (text, ends) in enumerate(pieces, 1)]
    cells, warnings = split_row(lines, columns, load_patterns(), cell_ends=cell_ends)
    assert _chars(cells.values()) == _chars(text for text, _ in pieces), (cells, warnings)


_HEADER = "REF\tAction (SMART)\tLead Officer\tTarget date for completion\tDesired outcome\tMonitoring arrangements\tStatus"
_WORDS = st.sampled_from(["Review", "training", "for", "staff", "DA", "Lead", "May", "2022", "Complete", "Ongoing",
                          "Head", "of", "Safeguarding", "audit", "quarterly", "report", "31/05/2019", "(a)"])


def _action_texts(action) -> list[str]:
    fields = [action.ref, action.action, action.lead, action.desired_outcome, action.monitoring,
              action.success_measure, action.progress, action.scope,
              action.target_date.raw if action.target_date else None, action.status.raw]
    return [f for f in fields if f] + list(action.extra.values())


@given(st.lists(st.lists(st.lists(_WORDS, min_size=1, max_size=4).map(" ".join), min_size=2, max_size=8),
                min_size=1, max_size=5))
def test_tab_table_rows_lose_no_cell_text(rows):
    """Every non-space character of a tab-separated plan's data rows is in an Action or a warning."""
    import dhrparse
    body = [f"{n}.1\t" + "\t".join(cells) for n, cells in enumerate(rows, 1)]
    doc = dhrparse.extract("ACTION PLAN\nRecommendation 1: Review training.\n" + _HEADER + "\n" + "\n".join(body) + "\n")
    got = _chars(t for a in doc.actions for t in _action_texts(a)) + _chars(w.message for w in doc.warnings)
    want = _chars(body)
    assert not (want - got), (want - got, [a.model_dump() for a in doc.actions], doc.warnings)


def test_header_word_split_by_a_narrow_pdf_column_still_maps():
    from dhrparse.patterns import load_patterns
    from dhrparse.plan.tables import column_map
    cm = column_map(load_patterns())
    assert cm.field_of("Recommendati on") == "recommendation" and cm.field_of("Targe t Date") == "target_date"
