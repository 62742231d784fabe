"""A tracker's "Rec no." cells printed by plain pdftotext as lone numbers above the merged
recommendation cells they number.

A partnership's tracker of several reviews ("Review | Rec no. | Recommendation | Action | Owner |
Due | Status | Evidence of completion"), its Review, Rec no. and Recommendation cells merged down
over their actions, comes out of plain pdftotext (no -layout) a cell at a time, row after row, a
blank line between cells: the review's name on its first row, then the row's number alone on its
line, then the recommendation's wrapped text, then the action and the row's other cells. Each
review numbers its recommendations from 1, and the number printed straight above a
recommendation cell is that recommendation's ref. Where a page break sends two numbers out
together ("2", "3", then both cells), they are paired in order."""

import textwrap

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dhrparse import extract

REVIEWS = ["DHR Marigold (2021)", "DHR Rowan (2022)", "DHR Juniper (2023)"]
ASKS = [
    "Brackley Vale Safer Partnership should run a campaign on stalking for taxi drivers and hotel staff.",
    "Brackley Vale Police should ensure that call handlers ask about stalking at every repeat call.",
    "Brackley Vale Council should review how its housing officers record disclosures of abuse.",
    "Brackley Vale Safer Partnership should commission an advocate for older victims of abuse.",
    "The community mental health team should ask every carer about their own safety at each visit.",
    "Brackley Vale Integrated Care Board should ensure that practices record who attends with a patient.",
    "The Home Office should update its guidance on how reviews involve carers who are also victims.",
]
ACTIONS = [
    (
        "Design the campaign with the licensing team",
        "Licensing Lead",
        "Apr-25",
        "Complete",
        "Launched in April",
    ),
    ("Add a prompt to the call script", "Control Room Manager", "30/04/2025", "On track", "Script drafted"),
    ("Audit twenty tenancy files", "Head of Tenancy", "Jun-25", "Overdue", "Audit started in May"),
    ("Recruit to the post", "Partnership Manager", "Oct 2025", "Not started", "–"),
]
WIDTHS = (30, 14, 10, 8, 36)  # the action, owner, due, status and evidence columns' widths
# the status count table a tracker opens with, printed a cell at a time
COUNTS = ["Complete", "On track", "Overdue", "Not started", "Total", "5", "4", "2", "1", "12"]
HEADER = [
    "Review",
    "Rec\nno.",
    "Recommendation",
    "Action",
    "Owner",
    "Due",
    "Status",
    "Evidence of completion",
]


def _cell(text: str, width: int = 32) -> str:
    return "\n".join(textwrap.wrap(text, width))


@st.composite
def trackers(draw):
    """[(review, [(number, recommendation, [action row, ...]), ...]), ...]"""
    asks = iter(draw(st.permutations(ASKS)))
    reviews = []
    for review in REVIEWS[: draw(st.integers(2, 3))]:
        recs = []
        for n in range(draw(st.integers(1, 2))):
            acts = [ACTIONS[draw(st.integers(0, len(ACTIONS) - 1))] for _ in range(draw(st.integers(1, 2)))]
            recs.append((str(n + 1), next(asks), acts))
        reviews.append((review, recs))
    return reviews


def _rows(reviews) -> str:
    """The table as plain pdftotext prints it: a cell at a time, row after row."""
    blocks = [
        "Brackley Vale Safer Partnership – review recommendations tracker",
        "Position at 31 May 2025. Owners update the Status and Evidence columns before each meeting of the group.",
        *COUNTS,
        *HEADER,
    ]
    for review, recs in reviews:
        for k, (number, ask, acts) in enumerate(recs):
            for j, act in enumerate(acts):
                first = [_cell(review, 12)] if k == 0 and j == 0 else []
                lead = [number, _cell(ask)] if j == 0 else []
                blocks += first + lead + [_cell(c, w) for c, w in zip(act, WIDTHS)]
    blocks += ["Status key", "Complete – evidence seen by the group\nOn track – work under way"]
    return "\n\n".join(blocks) + "\n"


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reviews=trackers())
def test_number_printed_above_a_recommendation_cell_is_its_ref(reviews):
    doc = extract(_rows(reviews))
    got = [(r.ref, r.text) for r in doc.recommendations]
    want = [(number, ask) for _, recs in reviews for number, ask, _ in recs]
    assert got == want


def test_numbers_a_page_break_printed_together_pair_with_the_cells_after_them():
    """Page 2 opens under the repeated header with rows 2 and 3's numbers printed together,
    then both recommendation cells: the k-th number is the k-th cell's."""
    reviews = [("DHR Marigold (2021)", [("1", ASKS[0], [ACTIONS[0]]), ("2", ASKS[1], [ACTIONS[1]])])]
    page_two = [
        "OFFICIAL",
        "Page 1 of 2",
        "\fBrackley Vale Safer Partnership – review recommendations tracker",
        *HEADER[:2],
        "DHR Rowan\n(2022)",
        "1",
        _cell(ASKS[2]),
        "2",
        "3",
        _cell(ASKS[3]),
        _cell(ASKS[6]),
        *HEADER[3:],
        *[_cell(c, w) for c, w in zip(ACTIONS[2], WIDTHS)],
        *[_cell(c, w) for c, w in zip(ACTIONS[3], WIDTHS)],
        *[_cell(c, w) for c, w in zip(ACTIONS[0], WIDTHS)],
        "OFFICIAL",
        "Page 2 of 2",
    ]
    text = _rows(reviews).split("\n\nStatus key")[0] + "\n\n" + "\n\n".join(page_two) + "\n"
    doc = extract(text)
    got = [(r.ref, r.text) for r in doc.recommendations]
    assert got == [("1", ASKS[0]), ("2", ASKS[1]), ("1", ASKS[2]), ("2", ASKS[3]), ("3", ASKS[6])]
