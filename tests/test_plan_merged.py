"""Plans whose recommendation cell is merged down over the rows of its actions, printed as
tab rows the way a Word table's merged cell reaches text (its text in the first row, the
rows it covers empty), in several layouts; the plan's RAG key (quarter target dates: tests/test_date_quarters.py)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dhrparse.document import Line, SourceDocument
from dhrparse.models import Status
from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.plan.rag_key import read_key, through_key
from dhrparse.vocab.refs import norm_ref

P = load_patterns()
BODIES = ["Eastmoor Council", "Northvale Police", "Kestrel Bay NHS Trust", "Corran Housing Association"]
TASKS = [
    "Train response officers.",
    "Audit twenty case files.",
    "Publish a practice note.",
    "Revise the form.",
]
LEADS = ["Safeguarding Lead", "Head of Service", "Board Manager", "Named Nurse"]
DATES = ["March 2025", "30/09/2024", "Dec 2024", "June 2025"]
RATINGS = [("G", "complete"), ("A", "in_progress"), ("R", "not_started"), ("Amber", "in_progress")]


def _rec_text(k: int) -> str:
    return f"{BODIES[k % len(BODIES)]} should make sure that staff record every referral they make."


def _action_ref(style: str, rec: int, k: int) -> str:
    return {"letter": f"{rec}{'abc'[k]}", "dotted": f"{rec}.{k + 1}", "none": ""}[style]


def _plan(counts: list[int], ref_style: str, label: str, run_on: bool) -> str:
    """A tracker: the recommendation cell printed once, over all its actions' rows."""
    head = ["Ref"] if ref_style != "none" else []
    lines = ["\t".join(head + ["Recommendation", "Action", "Lead officer", "By when", "RAG"])]
    for r, n in enumerate(counts, start=1):
        text = _rec_text(r)
        cell = {"word": f"Recommendation {r} {text}", "number": f"{r}. {text}"}[label]
        # a cell running on into the next row carries its sentence on in lower case
        first, rest = cell.rsplit(" every ", 1) if run_on and n > 1 else (cell, "")
        for k in range(n):
            rec_cell = first if k == 0 else (f"every {rest}" if k == 1 and rest else "")
            rating = RATINGS[(r + k) % len(RATINGS)][0]
            row = [rec_cell, TASKS[k], LEADS[k], DATES[k], rating]
            lines.append("\t".join(([_action_ref(ref_style, r, k)] if head else []) + row))
    return "Action plan tracker\n\n" + "\n".join(lines) + "\n"


@settings(max_examples=25, deadline=None)
@given(
    counts=st.lists(st.integers(1, 3), min_size=1, max_size=4),
    ref_style=st.sampled_from(["letter", "dotted", "none"]),
    label=st.sampled_from(["word", "number"]),
    run_on=st.booleans(),
)
def test_one_recommendation_per_merged_cell_and_its_actions_under_it(counts, ref_style, label, run_on):
    doc = extract(_plan(counts, ref_style, label, run_on), name="plan.txt")
    recs = [(r.ref, r.text) for r in doc.recommendations]
    assert recs == [(str(r), _rec_text(r)) for r in range(1, len(counts) + 1)]
    got = [(a.recommendation_ref, a.action, a.status.value) for a in doc.actions]
    want = [
        (str(r), TASKS[k], RATINGS[(r + k) % len(RATINGS)][1])
        for r, n in enumerate(counts, start=1)
        for k in range(n)
    ]
    assert got == want
    if ref_style != "none":
        # (refs compare in their canonical form: "1a" is displayed "1(a)")
        assert [norm_ref(a.ref) for a in doc.actions] == [
            _action_ref(ref_style, r, k) for r, n in enumerate(counts, start=1) for k in range(n)
        ]


def test_a_recommendation_printed_as_a_band_across_the_table_heads_the_rows_below():
    text = "\n".join(
        [
            "Action plan",
            "",
            "Ref\tAction\tLead\tTarget date\tUpdate",
            "Recommendation 1: Eastmoor Council should publish a referral pathway.\t\t\t\t",
            "1.1\tDraft the pathway.\tCommissioning Manager\tMay 2025\tIn progress",
            "1.2\tConsult partners.\tBoard Manager\tJune 2025\tNot started",
            "Recommendation 2: Northvale Police should brief call handlers.\t\t\t\t",
            "2.1\tIssue a briefing.\tControl Room Inspector\tApril 2025\tComplete",
        ]
    )
    doc = extract(text + "\n", name="plan.txt")
    assert [(r.ref, r.text[:16]) for r in doc.recommendations] == [
        ("1", "Eastmoor Council"),
        ("2", "Northvale Police"),
    ]
    assert [(a.ref, a.recommendation_ref) for a in doc.actions] == [("1.1", "1"), ("1.2", "1"), ("2.1", "2")]


def _doc(*texts: str) -> SourceDocument:
    lines = [Line(number=k + 1, text=t, raw=t) for k, t in enumerate(texts)]
    return SourceDocument(name="k.txt", path=None, sha256="", format="text", lines=lines, pages=None)


def test_the_key_says_what_each_colour_means_in_this_plan():
    doc = _doc(
        "Key to ratings",
        "B Blue – action complete and assurance received",
        "G Green – in progress and on schedule",
        "R Red – not yet started",
    )
    key = read_key(doc, P)
    assert key == {"blue": "complete", "green": "in_progress", "red": "not_started"}
    rated = Status(raw="G", value="complete", rag="green")
    assert through_key(rated, "G", key, P).value == "in_progress"
    # words in the cell say it themselves; the key does not override them
    worded = Status(raw="Green - completed", value="complete", rag="green")
    assert through_key(worded, "Green - completed", key, P).value == "complete"


def test_a_key_printed_on_one_line_is_read_and_a_lone_colour_phrase_is_not_a_key():
    assert read_key(_doc("RAG key: Green - done; Amber - in progress; Red - not started."), P) == {
        "green": "complete",
        "amber": "in_progress",
        "red": "not_started",
    }
    assert read_key(_doc("Green – completed in March."), P) == {}


@settings(max_examples=15, deadline=None)
@given(counts=st.lists(st.integers(1, 3), min_size=1, max_size=4), chapter=st.integers(4, 12))
def test_a_paragraph_number_merged_down_beside_its_cell_numbers_the_recommendation(counts, chapter):
    """The report numbers its recommendations as paragraphs (8.2, 8.3) and the plan prints that
    number once, merged down beside the recommendation cell over all its actions' rows: each
    action answers recommendation 8.2, never an action numbered 8.2 under a recommendation 8."""
    lines = ["\t".join(["Recommendation No.", "Recommendation", "Action", "Lead officer", "By when", "RAG"])]
    for r, n in enumerate(counts, start=2):
        for k in range(n):
            first = k == 0
            number, text = (f"{chapter}.{r}", _rec_text(r)) if first else ("", "")
            rating = RATINGS[(r + k) % len(RATINGS)][0]
            lines.append("\t".join([number, text, TASKS[k], LEADS[k], DATES[k], rating]))
    doc = extract("Action plan\n\n" + "\n".join(lines) + "\n", name="plan.txt")
    want = [f"{chapter}.{r}" for r, n in enumerate(counts, start=2) for _ in range(n)]
    assert [a.recommendation_ref for a in doc.actions] == want
    assert [r.ref for r in doc.recommendations] == [f"{chapter}.{r}" for r in range(2, len(counts) + 2)]
