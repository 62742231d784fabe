"""A partnership's tracker sheet in text taken out a printed line at a time (pdfplumber's
`extract_text`, each printed line followed by a blank line): the cells of a table line run
together with single spaces. Each row's first printed line is cut into its cells where the
rows agree (plan.tracker_rows): the action's opening words, the lead, the date and the RAG."""

from __future__ import annotations

import pytest
from plan_text import corpus_text, merged_rows, printed_rows

from dhrparse.pipeline import extract
from dhrparse.vocab.type_widths import Face

# (column name, width in ems)
COLUMNS = {
    "Ref": 2.2,
    "Recommendation": 11.0,
    "Action": 10.5,
    "Lead": 7.0,
    "Target date": 5.6,
    "Progress update": 10.0,
    "RAG": 2.4,
}
ROWS = [
    {
        "Ref": "1",
        "Recommendation": "Oakhurst Council to make sure that housing officers can refer tenants to the outreach service.",
        "Action": "Publish a referral route on the housing intranet and brief officers",
        "Lead": "Oakhurst Council Housing",
        "Target date": "Jul 2024",
        "Progress update": "Route live since June; thirty referrals received so far.",
        "RAG": "G",
    },
    {
        "Ref": "2",
        "Recommendation": "The recovery service to ask every new client about abuse at home.",
        "Action": "Add screening questions to the first assessment form",
        "Lead": "Oakhurst Recovery Service",
        "Target date": "Oct 2024",
        "Progress update": "Questions drafted; system change booked for the autumn.",
        "RAG": "A",
    },
    {
        "Ref": "3",
        "Recommendation": "Probation to share risk information with the refuge when a perpetrator is released.",
        "Action": "Agree an information sharing protocol with the refuge provider",
        "Lead": "Probation Service",
        "Target date": "Dec 2024",
        "Progress update": "Awaiting a meeting with the provider.",
        "RAG": "R",
    },
    {
        "Ref": "4",
        "Recommendation": "All agencies to promote the disclosure scheme to their staff.",
        "Action": "Run a partnership awareness week",
        "Lead": "Oakhurst Community Safety Team",
        "Target date": "Nov 2024",
        "Progress update": "Awareness week held in November.",
        "RAG": "G",
    },
]
ORDERS = [
    ["Ref", "Recommendation", "Action", "Lead", "Target date", "Progress update", "RAG"],
    ["Ref", "Recommendation", "Action", "Lead", "Target date", "RAG", "Progress update"],
]


def _printed_table(order: list[str], rows: list[dict], face: Face) -> list[str]:
    """The table as pdfplumber prints it: each row's cells wrapped at their columns' widths,
    their n-th lines joined into the row's n-th printed line."""
    cells = [[row[name] for name in order] for row in rows]
    return [" ".join(order), *printed_rows(cells, [COLUMNS[name] for name in order], face)]


def _tracker(order: list[str], rows: list[dict] = ROWS) -> str:
    lines = [
        "Oakhurst Community Safety Partnership",
        "Domestic Homicide Review 'Iris' – Recommendations tracker",
        "RAG key: R – not started; A – in progress; G – complete",
        *_printed_table(order, rows, Face("arial")),
        "Tracker kept by the Partnership's review coordinator.",
    ]
    return corpus_text(lines)


@pytest.mark.parametrize("order", ORDERS)
def test_tracker_rows_give_each_action_its_opening_words_lead_date_and_rag(order):
    doc = extract(_tracker(order))
    by_ref = {a.ref: a for a in doc.actions}
    assert sorted(by_ref) == ["1", "2", "3", "4"], [(a.ref, a.action) for a in doc.actions]
    for row in ROWS:
        action = by_ref[row["Ref"]]
        first_words = " ".join(row["Action"].split()[:2])
        assert (action.action or "").startswith(first_words), (action.action, row["Action"])
        assert row["Action"].startswith(action.action or "-")
        assert action.lead and row["Lead"].startswith(action.lead)
        assert action.target_date is not None and action.target_date.raw == row["Target date"]
        assert action.status is not None and action.status.raw == row["RAG"]
    assert {a.status.value for a in doc.actions} == {"complete", "in_progress", "not_started"}
    # the recommendations read from the first column, each up to the end of its sentence
    recs = {r.ref: r.text for r in doc.recommendations}
    assert recs["3"].startswith("Probation to share risk information")
    assert any(w.code == "plan_cells_untold" for w in doc.warnings)


def test_a_merged_recommendation_is_printed_on_its_first_action_row_only():
    rows = [
        {**ROWS[0], "Ref": "1.1"},
        {**ROWS[1], "Ref": "1.2", "Recommendation": ""},
        {**ROWS[2], "Ref": "2.1"},
        {**ROWS[3], "Ref": "3.1"},
    ]
    doc = extract(_tracker(ORDERS[0], rows))
    by_ref = {a.ref: a for a in doc.actions}
    assert (by_ref["1.2"].action or "").startswith("Add screening"), by_ref["1.2"].action
    assert by_ref["1.2"].lead == "Oakhurst"  # (the lead cell's first printed line)


def test_a_tracker_whose_status_column_is_empty_is_left_to_the_other_readers():
    """With no status cell on the rows' first lines the cut has nothing to agree on at the
    right: the table stays as printed (no first-lines warning)."""
    rows = [{**row, "RAG": ""} for row in ROWS]
    doc = extract(_tracker(ORDERS[0], rows))
    assert not any("first printed line" in w.message for w in doc.warnings)


REVIEW_COLUMNS = {
    "Review": 4.5,
    "Rec": 1.8,
    "Recommendation": 11.0,
    "Action": 10.5,
    "Lead": 7.0,
    "Due": 5.6,
    "Status": 5.0,
}


def test_a_tracker_over_several_reviews_names_the_review_before_each_review_s_first_row():
    """'Review | Rec | Recommendation | Action | Lead | Due | Status': the review's name opens
    its first row's printed line ("DHR 'Iris' 1 ..."), its later rows open with their number."""
    face = Face("arial")
    rows = [
        [
            "DHR 'Iris' (OCSP/01)",
            "1",
            ROWS[0]["Recommendation"],
            ROWS[0]["Action"],
            "Oakhurst Council",
            "Jul 2024",
            "Complete",
        ],
        ["", "2", ROWS[1]["Recommendation"], ROWS[1]["Action"], "Recovery Service", "Oct 2024", "On track"],
        [
            "DHR 'Mr K' (OCSP/02)",
            "1",
            ROWS[2]["Recommendation"],
            ROWS[2]["Action"],
            "Probation Service",
            "Dec 2024",
            "Not started",
        ],
        ["", "2", ROWS[3]["Recommendation"], ROWS[3]["Action"], "Safety Team", "Nov 2024", "Delayed"],
    ]
    printed = [" ".join(REVIEW_COLUMNS), *printed_rows(rows, list(REVIEW_COLUMNS.values()), face)]
    text = corpus_text(["Oakhurst Community Safety Partnership", "DHR recommendations tracker", *printed])
    doc = extract(text)
    got = [(a.ref, (a.action or "")[:10], a.status.value if a.status else None) for a in doc.actions]
    assert got == [
        ("1", "Publish a ", "complete"),
        ("2", "Add screen", "in_progress"),
        ("1", "Agree an i", "not_started"),
        ("2", "Run a part", "in_progress"),
    ], got


def test_actions_numbered_under_a_merged_recommendation_open_beside_its_words():
    """'Rec | Recommendation | Ref | Action | Lead | Target date | RAG': the recommendation's cell
    is merged over its actions, so a later action's number is printed mid-line, after the
    recommendation's words carried on ("when a perpetrator 1b Add a ...")."""
    face = Face("arial")
    widths = {
        "Rec": 1.8,
        "Recommendation": 11.0,
        "Ref": 1.6,
        "Action": 10.5,
        "Lead": 7.0,
        "Target date": 5.6,
        "RAG": 3.0,
    }
    groups = [
        ("R1", ROWS[0]["Recommendation"], [("1a", ROWS[0]), ("1b", ROWS[1])]),
        ("R2", ROWS[2]["Recommendation"], [("2a", ROWS[2]), ("2b", ROWS[3])]),
    ]
    printed = [" ".join(widths)]
    for rec_ref, rec, actions in groups:
        rows = [[ref, *(row[c] for c in ("Action", "Lead", "Target date", "RAG"))] for ref, row in actions]
        printed += merged_rows([rec_ref, rec], rows, list(widths.values()), face)
    text = corpus_text(["Oakhurst Safeguarding Adults Board", "SAR 'Iris' – action tracker", *printed])
    doc = extract(text)
    got = [
        (a.ref, a.recommendation_ref, (a.action or "")[:10], a.status.raw if a.status else None)
        for a in doc.actions
    ]
    assert [(g[0].replace("(", "").replace(")", ""), g[1], g[2], g[3]) for g in got] == [
        ("1a", "R1", "Publish a ", "G"),
        ("1b", "R1", "Add screen", "A"),
        ("2a", "R2", "Agree an i", "R"),
        ("2b", "R2", "Run a part", "G"),
    ], got
    recs = {r.ref: r.text for r in doc.recommendations}
    assert recs["R2"].startswith("Probation to share risk information with the refuge"), recs


def test_a_wrapped_header_printed_again_on_the_next_page_is_no_recommendation_s_words():
    """'Rec Recommendation Action ... RAG Progress update' over 'No. status': the header's wrapped
    line adds no column, and the header printed again at a page break is passed over."""
    order = ["Ref", "Recommendation", "Action", "Lead", "Target date", "RAG", "Progress update"]
    printed = _printed_table(order, ROWS, Face("arial"))
    header = printed[0]
    # (the page breaks inside row 2, its recommendation carrying on below the header again)
    at = next(n for n, ln in enumerate(printed) if ln.startswith("2 ")) + 2
    wrapped = [header.replace("Ref ", "Rec ", 1), "No. status"]
    lines = [
        "Oakhurst Community Safety Partnership",
        "Domestic Homicide Review 'Iris' – Recommendations tracker",
        *wrapped,
        *printed[1 : at - 1],
        "Oakhurst CSP – DHR tracker – page 1",
        *wrapped,
        *printed[at - 1 :],
        "Oakhurst CSP – DHR tracker – page 2",
    ]
    doc = extract(corpus_text(lines))
    assert sorted(a.ref for a in doc.actions) == ["1", "2", "3", "4"], [
        (a.ref, a.action) for a in doc.actions
    ]
    recs = {r.ref: r.text for r in doc.recommendations}
    assert "Rec Recommendation" not in recs["2"], recs["2"]


def test_a_row_printing_no_date_or_status_is_left_unread_with_a_warning():
    """A row whose date and status are not yet set has nothing at the right to cut its first
    line against: its lead's words would run into its action's."""
    rows = [*ROWS, {**ROWS[1], "Ref": "5", "Target date": "", "RAG": ""}]
    doc = extract(_tracker(ORDERS[0], rows))
    assert sorted(a.ref for a in doc.actions) == ["1", "2", "3", "4"], [
        (a.ref, a.action) for a in doc.actions
    ]
    assert any("no date or status" in w.message for w in doc.warnings)


def test_a_tracker_appended_to_a_report_keeps_the_report_s_recommendations():
    """A plan after the report's own recommendations restates them (here by headlines): the
    rows keep their numbers, and no recommendation takes a row's cut first-line words (they ran
    into the action's words: "Referral routes for tenants on the and brief officers")."""
    report = [
        "Oakhurst Domestic Homicide Review – Overview Report",
        "1. Introduction",
        *(
            f"1.{n} The panel met on {n + 2} occasions to consider the agencies' contact with Iris."
            for n in range(1, 30)
        ),
        "2. Recommendations",
        *(f"Recommendation {n}: {row['Recommendation']}" for n, row in enumerate(ROWS, 1)),
        "Appendix A: Recommendations tracker",
    ]
    rows = [
        {**ROWS[0], "Recommendation": "Referral routes for tenants"},
        {**ROWS[1], "Ref": "1", "Recommendation": "b) on naming and checking every adult in the home."},
        {**ROWS[2], "Ref": "3", "Recommendation": "Risk information"},
        {**ROWS[3], "Recommendation": "Disclosure scheme"},
    ]
    printed = _printed_table(ORDERS[0], rows, Face("arial"))
    doc = extract(corpus_text([*report, *printed]))
    refs = sorted(a.ref for a in doc.actions)
    assert refs == ["1", "1", "3", "4"], [(a.ref, a.action) for a in doc.actions]
    assert len(doc.recommendations) == 4, [r.text for r in doc.recommendations]
    assert not any(r.aliases for r in doc.recommendations), [r.aliases for r in doc.recommendations]
