"""Recommendations set in a Word table with no header row: a narrow column of references
beside the recommendations' text, sometimes split by a sub-heading row ("Local
recommendations"). Generated in several numbering styles; each row is one recommendation
with the reference printed beside it."""

import io

from docx import Document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dhrparse.pipeline import extract
from dhrparse.vocab.refs import norm_ref

BODIES = [
    "The Home Office should ask police forces to record economic abuse as a distinct crime flag.",
    "Dunmere Borough Council should train its housing officers to speak to tenants alone.",
    "The Integrated Care Board should remind practices to ask about abuse at every review.",
    "Dunmere Police should check health records held by the safeguarding hub before grading risk.",
    "The Partnership should publish a guide on the link between abuse and suicide.",
]
STYLES = {
    "code": lambda k, series: f"{series}{k}",
    "number": lambda k, series: str(k),
    "dotted": lambda k, series: f"{k}.",
    "label": lambda k, series: f"Recommendation {k}",
}


def _report(cells: list[tuple[str, str]]) -> bytes:
    d = Document()
    d.add_heading("Domestic Abuse Related Death Review: Overview Report", 0)
    d.add_paragraph("Dunmere Community Safety Partnership")
    d.add_heading("1. Introduction", 1)
    d.add_paragraph(
        "Ellen died at her home in Dunmere in March 2023. This review looks at her contact with services."
    )
    d.add_heading("5. Recommendations", 1)
    d.add_paragraph("The panel makes the following recommendations.")
    table = d.add_table(rows=0, cols=2)
    for ref, text in cells:
        row = table.add_row().cells
        row[0].text, row[1].text = ref, text
    d.add_heading("6. Conclusion", 1)
    d.add_paragraph("The panel thanks Ellen's family for their help with this review.")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    style=st.sampled_from(sorted(STYLES)),
    series=st.sampled_from(["N", "NR", "R", "L"]),
    n=st.integers(2, 5),
    subheading_at=st.integers(0, 5),
)
def test_each_referenced_row_is_one_recommendation(style, series, n, subheading_at):
    refs = [STYLES[style](k, series) for k in range(1, n + 1)]
    cells = list(zip(refs, BODIES[:n]))
    if 0 < subheading_at < n:
        cells.insert(subheading_at, ("Local recommendations", ""))
    recs = extract(_report(cells), name="report.docx").recommendations
    assert [norm_ref(r.ref) for r in recs] == [
        norm_ref(STYLES[style](k, series).removeprefix("Recommendation ")) for k in range(1, n + 1)
    ]
    assert [r.text.split()[:3] for r in recs] == [b.split()[:3] for b in BODIES[:n]]
    assert all(r.location.line_start for r in recs)


def test_a_two_column_table_of_names_is_not_a_list_of_recommendations():
    cells = [("1", "Dunmere Police"), ("2", "Dunmere Borough Council"), ("3", "The Integrated Care Board")]
    assert extract(_report(cells), name="report.docx").recommendations == []
