"""A column-block plan (plan.column_blocks) whose later rows plain pdftotext printed as bands of
(lead, target date, update, rating), one row after another, while a rating of a row printed
before the bands stands apart: the first row's under the header's names, an early row's after
the last band. The bands are still paired with their rows in order (plan.row_bands); a rating
printed among the bands leaves them all unread, and no row is ever given another row's status.
All names and places are fictional."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dhrparse.pipeline import extract

ACTIONS = [
    "Review the referral pathway for\nvictims who move between districts.",
    "Brief call handlers on the new\nscript for repeat callers.",
    "Train housing officers to spot\neconomic abuse at tenancy visits.",
    "Publish a practice note on\nrepeated refusals of care.",
    "Agree a route for fire service\nreferrals.",
    "Write to GP practices about the\nnew pathway.",
]
LEADS = [
    "Community Safety\nManager",
    "Head of Control\nRoom",
    "Housing Options\nLead",
    "Principal Social\nWorker",
    "Fire Prevention\nLead",
    "Named GP for\nSafeguarding",
]
DATES = ["March 2024", "June 2024", "30/06/2024", "31/10/2024", "Q3 2024/25", "31/01/2025"]
NOTES = [
    "Pathway reviewed and shared with all\npartners in May.",
    "Script in use since the summer and\nchecked by the team leaders.",
    "Two of four sessions given; the rest\nbooked for the spring.",
    "The note is with the legal team for\na last reading.",
    "Route agreed at the forum in\nSeptember and in use.",
    "The letter is drafted and waits for\nthe chair's signature.",
]
RATINGS = {"Green": "complete", "Amber": "in_progress", "Red": "not_started"}
KEY = "RAG key: Green - complete; Amber - in progress; Red - not started.\n"


def _plan(ratings: list[str], early: int, stray: str) -> str:
    """Row 1 under the header's names; rows 2..early+1 with their lead and date after their
    action; the other rows' actions, then the early rows' updates and row 1's rating under the
    RAG name, then the later rows' bands; the early rows' ratings after the last band
    (`stray` "after"), or one of them among the bands ("among")."""
    n = len(ratings)
    out = ["Ashdown Vale Safeguarding Adults Board\nAction plan progress tracker\n\n"]
    out.append(f"Ref\n1a\n\nAction\n{ACTIONS[0]}\n\nLead\n{LEADS[0]}\n\nTarget date\n{DATES[0]}\n\n")
    for k in range(1, early + 1):
        out.append(f"{k + 1}a\n\n{ACTIONS[k]}\n\n{LEADS[k]}\n\n{DATES[k]}\n\n")
    for k in range(early + 1, n):
        out.append(f"{k + 1}a\n\n{ACTIONS[k]}\n\n")
    out.append("Progress update\n" + "\n".join(NOTES[: early + 1]) + "\n\n")
    out.append(f"RAG\n{ratings[0]}\n\n")
    late = [f"{ratings[k]}\n\n" for k in range(1, early + 1)]
    for k in range(early + 1, n):
        if stray == "among" and late and k == n - 1:
            out.append(late.pop())
        out.append(f"{LEADS[k]}\n\n{DATES[k]}\n\n{NOTES[k]}\n\n{ratings[k]}\n\n")
    out += late
    out.append(KEY)
    return "".join(out)


def _statuses(text: str) -> list[str]:
    doc = extract(text, name="plan.txt")
    assert [a.action.split()[0] for a in doc.actions] == [a.split()[0] for a in ACTIONS[: len(doc.actions)]]
    return [a.status.value if a.status else "unknown" for a in doc.actions]


def test_bands_after_a_first_row_rating_and_before_a_late_one_are_read_in_order():
    got = _statuses(_plan(["Green", "Amber", "Amber", "Red", "Green"], early=1, stray="after"))
    assert got[2:] == ["in_progress", "not_started", "complete"]
    assert got[0] in ("unknown", "complete") and got[1] in ("unknown", "in_progress")


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.sampled_from(sorted(RATINGS)), min_size=4, max_size=6),
    st.integers(min_value=1, max_value=2),
    st.sampled_from(["after", "among"]),
)
def test_no_row_is_given_another_rows_rating(ratings, early, stray):
    got = _statuses(_plan(ratings, early, stray))
    want = [RATINGS[r] for r in ratings]
    assert len(got) == len(want)
    for g, w in zip(got, want):
        assert g in ("unknown", w), (got, want, early, stray)
    if stray == "after" and len(ratings) - early - 1 >= 2:
        assert got[early + 1 :] == want[early + 1 :], (got, want)


def test_lone_ratings_with_no_band_at_all_read_as_no_pairs():
    # (ratings only, no date among them: nothing to pair, and nothing to fail on)
    from dhrparse.document import Line
    from dhrparse.plan.block_cells import BlockCell
    from dhrparse.plan.row_bands import date_status_pairs

    cells = [BlockCell("status", [Line(n, word, page=1)]) for n, word in ((10, "Green"), (12, "Amber"))]
    assert date_status_pairs(cells, 2, ["target_date", "status"], apart=True) is None
