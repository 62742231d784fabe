"""A plan table that plain pdftotext printed as column blocks, where the target dates of
neighbouring rows come out as one block ("Dec 2024" / "June 2025") and their statuses straight
after as another ("Completed" / "Ongoing"): a block of m dates followed by a block of m status
words is those m rows' dates and statuses in order (plan.row_bands). Under an "Outcome" column
a cell holding only a status word is the row's status. A status is given only where every date
and status of the page pairs so; a lone date or status left over, and none is."""

from __future__ import annotations

from dhrparse.pipeline import extract

HEAD = "Ashgrove Community Safety Partnership\nDHR 'Lena' - action plan\n\n"

# rows far apart enough that pdftotext prints the first row's cells under the header's names,
# then the leads, dates and statuses of the next rows in blocks of their own
OUTCOME_PLAN = (
    HEAD + "Action\n"
    "Forum to review the training offer\n"
    "Guidance reissued; audit of use\n"
    "Bail conditions diarised and victims told\n"
    "Screening form amended\n"
    "Reports to the Forum\n"
    "Letter to the Home Office\n\n"
    "Lead officer\nForum Chair\n\n"
    "Timescale\nApril 2025\n\n"
    "Outcome\nCompleted\n\n"
    "Detective Inspector\nDetective Inspector\n\n"
    "31/01/2025\n31/03/2025\n\n"
    "Completed\nPartially achieved\n\n"
    "Named Nurse\nCSP Manager\nCSP Manager\n\n"
    "Dec 2024\nQuarterly\nOn publication\n\n"
    "Not yet started\nOngoing\nCompleted\n"
)

RAG_PLAN = (
    HEAD + "RAG: G = complete; A = in progress; R = not started.\n"
    "No.\n1\n2\n3\n4\n\n"
    "Action\n"
    "Draft and agree a protocol for refused visits\n"
    "Audit 20 cases where care was declined\n"
    "Partners to evidence how calls are recorded\n"
    "Letter to the department on guidance\n\n"
    "Owner\nBoard Manager\nPrincipal Social Worker\n\n"
    "Deadline\n30/06/2025\n31/03/2025\n\n"
    "RAG\nA\nG\n\n"
    "Commentary\nDraft out for comment.\nAudit done; report in May.\n\n"
    "31/05/2025\n\nR\n\nNot yet started - waiting for the subgroup.\n\n"
    "28/02/2025\n\nG\n\nLetter sent 20/02/2025.\n"
)


def _statuses(text: str) -> list[str]:
    doc = extract(text, name="plan.txt")
    return [a.status.value if a.status else "unknown" for a in doc.actions]


def test_date_blocks_and_status_blocks_pair_in_order_under_an_outcome_column():
    assert _statuses(OUTCOME_PLAN) == [
        "complete",
        "complete",
        "in_progress",
        "not_started",
        "in_progress",
        "complete",
    ]


def test_a_deadline_block_then_a_rating_block_pair_in_order():
    assert _statuses(RAG_PLAN) == ["in_progress", "complete", "not_started", "complete"]


def test_a_status_left_over_pairs_none():
    # one status more than the dates before it: whose each is cannot be told
    text = OUTCOME_PLAN.replace("Completed\nPartially achieved\n", "Completed\nPartially achieved\nOngoing\n")
    assert set(_statuses(text)) == {"unknown"}


def test_lone_dates_then_lone_statuses_pair_none():
    # each short cell a block of its own, the statuses in an order of their own: no block pairs
    text = (
        HEAD + "Action\nAudit twenty case files for risk\nDeliver a briefing to call handlers\n"
        "Publish the revised referral pathway\n\n"
        "Lead\nBoard Manager\n\nTarget date\nMarch 2025\n\nStatus\nComplete\n\n"
        "Named Nurse\n\nHousing Lead\n\nJune 2025\n\nMay 2025\n\nNot started\n\nIn progress\n"
    )
    got = _statuses(text)
    assert got[1:] in (["unknown", "unknown"], ["not_started", "in_progress"]) or got[1:] == [
        "unknown",
        "unknown",
    ]
    assert got[2] != "not_started"
