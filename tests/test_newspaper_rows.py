"""Two newspaper columns printed row by row (prepare.newspaper_rows).

A briefing's body set in two columns, exported without layout, prints by height: a line of
each column joined on one line where they stand level, alternating lines where they do not.
The page is not reordered (no evidence says where a joined line splits); the caller is told,
and only when a lettered recommendation series prints out of order with a label inside a
line twice the usual width.
"""

from __future__ import annotations

from dhrparse.document import TEXT, Line
from dhrparse.pipeline import extract
from dhrparse.prepare.newspaper_rows import CODE, interleaved_at

LEFT = [
    "Why the review was held",
    "Idonea was 68 and lived with her partner in a",
    "flat above a shop in the market town of Ellerby.",
    "She died in May 2024 after a fall on the stairs",
    "outside her flat. The Board commissioned this",
    "review as three agencies had known of bruising",
    "and none of them had spoken with the others.",
    "This summary gives the main points of the",
    "review for staff who visit people at home.",
    "What the review found",
    "Staff accepted her partner's account of each",
    "fall without asking Idonea on her own.",
    "The ambulance crew's concern was not passed",
    "to her GP or to the housing officer.",
    "Recommendations",
    "The reviewer made four recommendations.",
    "R1 Ellerby Safeguarding Adults Board should",
    "issue guidance on seeing a person alone when",
    "a partner answers every question for them.",
    "R2 Ellerby Council Housing should record each",
]
RIGHT = [
    "report of a fall on its premises and tell the",
    "tenant's GP within two working days.",
    "R3 Ellerby Ambulance Service should pass on",
    "each concern about a patient's safety at home",
    "to the patient's GP on the same day.",
    "R4 The Board should check through an audit",
    "within a year that the guidance is being used.",
    "Questions for your team",
    "Have you spoken with the person on their own?",
    "Who else should know what you saw today?",
]


def _rows() -> list[str]:
    """The page by height: the first seven rows joined, then the columns alternating."""
    rows = [f"{left} {right}" for left, right in zip(LEFT[:7], RIGHT[:7], strict=True)]
    for k in range(7, len(LEFT)):
        rows.append(LEFT[k])
        if k < len(RIGHT):
            rows.append(RIGHT[k])
    return ["Ellerby Safeguarding Adults Board", "Seven-minute briefing – June 2025", *rows]


def _lines(texts: list[str]) -> list[Line]:
    return [Line(number=k + 1, text=t, kind=TEXT) for k, t in enumerate(texts)]


def test_joined_rows_with_a_label_inside_are_told():
    texts = _rows()
    at = interleaved_at(_lines(texts))
    assert at is not None
    assert "R3 Ellerby Ambulance" in texts[at]


def test_the_same_page_read_column_by_column_is_not_told():
    texts = ["Ellerby Safeguarding Adults Board", "Seven-minute briefing – June 2025", *LEFT, *RIGHT]
    assert interleaved_at(_lines(texts)) is None


def test_a_label_inside_an_ordinary_line_is_not_a_column():
    # a cross-reference inside a line of ordinary width, the series in order
    texts = [*LEFT, *RIGHT]
    texts[5] = "as set out in R3 Below the threshold, agencies"
    assert interleaved_at(_lines(texts)) is None


def test_a_wide_line_without_a_series_out_of_order_is_not_told():
    # a joined row whose label reads in the series' order (R1 then R2 then R3) is no evidence
    texts = [*LEFT[:16], "R1 The Board should issue guidance.", "R2 The Council should record falls."]
    texts += [
        "It made a third recommendation as well for the ambulance service: R3 Ellerby staff should pass"
    ]
    texts += ["on each concern on the same day."] * 3
    assert interleaved_at(_lines(texts)) is None


def test_the_warning_reaches_the_caller(tmp_path):
    path = tmp_path / "briefing.corpus.txt"
    path.write_text("".join(f"{t} \n\n" for t in _rows()), encoding="utf-8")
    doc = extract(str(path))
    assert CODE in [w.code for w in doc.warnings]
