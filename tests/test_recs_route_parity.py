"""The same document gives the same recommendations whatever route it came by.

A single agency's action plan whose title page names it an action plan ("Single Agency Action
Plan") states the recommendations made to the agency as labelled paragraphs in a numbered
chapter, above the action table. A PDF reader ranks headings by type size, so the chapters sit
one or two levels below the title lines; a Word document holds them in heading styles; a text
export numbers them "1", "2". Generated here at every ranking: the chapter always ends the plan
the title opened, and its labelled paragraphs are the agency's recommendations.

A review's own board is often named in full only in the running foot ("Orrinby Safeguarding
Adults Board – SAR Joan"); "the Board" in its recommendations is that board, not another body
the text happens to name ("the Mental Health Programme Board").
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dhrparse.document import Line, SourceDocument
from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract, prepare, run_extractors

PATTERNS = load_patterns()

AGENCIES = [
    "Hollowmere Community Health NHS Trust",
    "Brackley Vale Mental Health NHS Foundation Trust",
    "Eastwick and Dunmore NHS Trust",
]


@st.composite
def plan_layouts(draw):
    """(title level, subtitle level, chapter level, label separator, overview numbers)"""
    title = draw(st.sampled_from([1, 2, 4]))
    subtitle = draw(st.integers(min_value=title, max_value=4))
    chapters = draw(st.integers(min_value=1, max_value=3))
    sep = draw(st.sampled_from([":", " –", "."]))
    first = draw(st.integers(min_value=1, max_value=6))
    second = draw(st.integers(min_value=first + 1, max_value=9))
    return title, subtitle, chapters, sep, (str(first), str(second))


def _plan_document(agency: str, layout) -> SourceDocument:
    title, subtitle, chapters, sep, numbers = layout
    rows: list[tuple[str, str | None, list[str] | None]] = [
        (agency, f"heading:{title}", None),
        ("Single Agency Action Plan", f"heading:{subtitle}", None),
        ("Response to a Domestic Homicide Review (DHR 2024/02)", None, None),
        ("1. Purpose", f"heading:{chapters}", None),
        ("1.1 This plan tracks the recommendations made to the Trust and its own IMR ones.", None, None),
        ("2. Recommendations for the Trust", f"heading:{chapters}", None),
        (
            f"Recommendation {numbers[0]}{sep} {agency} should ask every patient about domestic abuse.",
            None,
            None,
        ),
        (f"Recommendation {numbers[1]}{sep} {agency} should tell the GP when a case is closed.", None, None),
        ("IMR 1: The Trust should audit crisis team records of who was present.", None, None),
        ("3. Action plan", f"heading:{chapters}", None),
        ("Ref\tAction\tLead\tTarget date\tStatus", None, ["Ref", "Action", "Lead", "Target date", "Status"]),
    ]
    actions = [
        (
            f"{numbers[0]}.1",
            "Add a routine question to the assessment",
            "Head of Nursing",
            "30/06/2024",
            "Complete",
        ),
        (
            f"{numbers[1]}.1",
            "Write a closure letter template",
            "Deputy Director",
            "31/03/2025",
            "Not started",
        ),
        ("IMR1.1", "Audit twenty crisis visit records", "Audit Lead", "31/12/2024", "In progress"),
    ]
    rows += [("\t".join(a), None, list(a)) for a in actions]
    lines = [
        Line(k, text, page=1, raw=text, hint=hint, cells=cells)
        for k, (text, hint, cells) in enumerate(rows, 1)
    ]
    return SourceDocument(name="plan.pdf", path=None, sha256="", format="pdf", lines=lines, pages=1)


@settings(max_examples=25, deadline=None)
@given(agency=st.sampled_from(AGENCIES), layout=plan_layouts())
def test_title_page_plan_keeps_its_stated_recommendations(agency, layout):
    doc = run_extractors(prepare(_plan_document(agency, layout), PATTERNS), PATTERNS)
    found = {(r.ref, r.level, r.agency) for r in doc.recommendations}
    first, second = layout[4]
    assert found == {
        (first, "overview", agency),
        (second, "overview", agency),
        ("IMR1", "agency", agency),
    }
    linked = {a.ref: a.recommendation_id for a in doc.actions}
    assert all(linked.values()), linked


BOARDS = ["Orrinby Safeguarding Adults Board", "Teasdale and Wyke Safeguarding Adults Board"]
OTHERS = ["Mental Health Programme Board", "Quality Improvement Board", "Housing Strategy Board"]


@settings(max_examples=12, deadline=None)
@given(
    board=st.sampled_from(BOARDS),
    other=st.sampled_from(OTHERS),
    pages=st.integers(min_value=2, max_value=4),
    foot_first=st.booleans(),
)
def test_board_named_only_in_the_running_foot_is_the_board(board, other, pages, foot_first):
    foot = f"{board} – SAR Joan – Page {{n}} of {pages}"
    body = [
        [
            "Safeguarding Adults Review: Joan",
            "",
            "1. Introduction",
            "",
            f"1.1 Joan died at home in 2023. The {other} was redesigning services at the time.",
            "",
        ],
        ["2. Findings", "", "2.1 Agencies did not share what they knew about Joan's refusals.", ""],
        [
            "3. Recommendations",
            "",
            "Recommendation 1: The Board should seek assurance that partners use the escalation protocol.",
            "",
            "Recommendation 2: The Board should publish a guide to assessing executive capacity.",
            "",
        ],
    ]
    chunks = (
        body[:1] + [["\n".join(body[1])]] * (pages - 2) + body[-1:] if pages > 2 else body[:1] + body[-1:]
    )
    text = ""
    for n, chunk in enumerate(chunks, 1):
        page = "\n".join(chunk)
        text += (foot.format(n=n) + "\n\n" + page if foot_first else page + "\n" + foot.format(n=n)) + "\n\f"
    doc = extract(text)
    agencies = {r.ref: r.agency for r in doc.recommendations}
    assert agencies == {"1": board, "2": board}
