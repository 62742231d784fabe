"""A lead / support matrix plan in text taken out a printed line at a time (plan.matrix_lines): the
agencies' short heads print among the column names (a long one wrapped onto the next line), each
action's marks as a run of "L" / "S" words between the action and its target; the plan's key
proves the heads. Only a row marking every column says which column each mark stands in: the
others keep no lead, and the table is told. Pending zoo stand-in of heldout44's family 1 and a
small text of our own (fictional bodies and places)."""

from __future__ import annotations

from pathlib import Path

from conftest import extracted_json

import dhrparse

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
L_S = "dhr_plan_agency_matrix_l_s_marks_merged_recs_nimbus_landscape_pellinford"
WORDS = "sar_plan_agency_matrix_lead_support_words_portrait_dejavu_harrowmead"

LINES = [
    "Ashcombe Community Safety Partnership",
    "Domestic Homicide Review ‘Nell’ – Action Plan",
    "Key. Police = Wrenford Constabulary; Health = Ashcombe Integrated Care Board; Refuge Service = Larkhill",
    "Refuge; Housing = Ashcombe Homes. L marks the agency leading the action and S an agency supporting it.",
    "Rec Recommendation Ref Action Police Health Housing Refuge Target Status",
    "Service",
    "1 Agencies should make sure 1.1 Add a coercive control question to L S Mar 2025 Signed off",
    "that staff ask each woman every triage form used at the front desk",
    "about coercion when she 1.2 Train the reception staff on the S L S S Jun 2025 In progress",
    "asks for help with her rent referral routes for coercion",
    "arrears.",
    "2 The Partnership should make 2.1 Hold a learning event open to S L Sep 2025 Not started",
    "sure that this review's practitioners across the partnership",
    "learning reaches all staff.",
    "The Panel reviews the plan every quarter.",
]


def _text_plan():
    return dhrparse.extract(" \n\n".join(LINES) + " \n\n", name="plan.txt")


def test_each_action_is_read_with_its_target_and_status():
    doc = _text_plan()
    got = [(a.ref, a.action, a.target_date.raw if a.target_date else None, a.status.raw) for a in doc.actions]
    assert got == [
        (
            "1.1",
            "Add a coercive control question to every triage form used at the front desk",
            "Mar 2025",
            "Signed off",
        ),
        ("1.2", "Train the reception staff on the referral routes for coercion", "Jun 2025", "In progress"),
        (
            "2.1",
            "Hold a learning event open to practitioners across the partnership",
            "Sep 2025",
            "Not started",
        ),
    ]


def test_the_merged_recommendation_keeps_its_wrapped_words():
    recs = {r.ref: r.text for r in _text_plan().recommendations}
    assert recs["1"] == (
        "Agencies should make sure that staff ask each woman about coercion when she asks for help with her rent arrears."
    )
    assert recs["2"] == "The Partnership should make sure that this review's learning reaches all staff."


def test_only_a_row_marking_every_column_names_its_lead():
    doc = _text_plan()
    assert [a.lead for a in doc.actions] == [None, "Ashcombe Integrated Care Board", None]
    told = [w for w in doc.warnings if w.code == "plan_cells_untold" and "matrix" in w.message]
    assert len(told) == 1 and "2 action(s)" in told[0].message


def test_the_pending_stand_in_reads_every_action_on_corpus_text():
    got = extracted_json(PENDING / f"{L_S}.corpus.txt")["actions"]
    assert [a["ref"] for a in got] == ["1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "3.2", "3.3", "4.1", "4.2"]
    assert [a["status"]["value"] for a in got][:4] == ["complete", "in_progress", "not_started", "complete"]
    assert [a["lead"] for a in got if a["lead"]] == ["Quenhithe Domestic Abuse Service"]


def test_lead_and_support_words_after_a_wrapped_target():
    """The second way the family prints: "Lead" / "Support" words, the target before the marks
    (its year wrapped below a month alone), the status wrapped ("Not yet" / "started"), the
    recommendation's number inside its cell."""
    got = extracted_json(PENDING / f"{WORDS}.corpus.txt")
    acts = [(a["ref"], a["target_date"]["raw"], a["status"]["raw"], a["lead"]) for a in got["actions"]]
    assert acts[:4] == [
        ("1(a)", "March 2025", "Complete", None),
        ("1(b)", "June 2025", "On track", None),
        ("2(a)", "April 2025", "Complete", None),
        ("2(b)", "September 2025", "Not yet started", None),
    ]
    assert got["actions"][0]["action"] == "Write a short practice note on self-neglect and refusal of care"
    assert [r["ref"] for r in got["recommendations"]] == ["1", "2", "3"]


def test_a_key_set_a_pair_a_line_and_a_head_of_two_words_on_the_header_line():
    lines = [
        *LINES[:2],
        "Agency columns:",
        "Police = Wrenford Constabulary;",
        "Health = Ashcombe Integrated Care Board;",
        "Housing = Ashcombe Homes;",
        "Refuge Service = Larkhill Refuge.",
        "L marks the agency leading the action and S an agency supporting it.",
        "Rec Recommendation Ref Action Police Health Housing Refuge Service Target Status",
        *LINES[6:],
    ]
    doc = dhrparse.extract(" \n\n".join(lines) + " \n\n", name="plan.txt")
    assert [a.ref for a in doc.actions] == ["1.1", "1.2", "2.1"]
    assert [a.lead for a in doc.actions] == [None, "Ashcombe Integrated Care Board", None]
