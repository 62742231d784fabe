"""An "Agency | No. | Recommendation" table a layout text export (pdftotext -layout) printed
with its columns side by side (extractors.recommendations.layout_rows): one record per row, its
ref the agency's own number, its agency carried down from the row that printed it, wrapped
names and cells joined, a row broken by a page going on under the header printed again."""

from __future__ import annotations

from pathlib import Path

from conftest import extracted

ZOO = Path(__file__).parent / "zoo"


def _agency_rows(path: Path) -> list[tuple]:
    doc = extracted(path)
    return [(r.ref, r.agency, r.text) for r in doc.recommendations if r.level == "agency"]


def test_each_row_is_a_record_with_its_number_and_the_agency_carried_down():
    rows = _agency_rows(ZOO / "recs_layout_agency_rows.txt")
    assert [(ref, agency) for ref, agency, _ in rows] == [
        ("1", "Harrowdene Police"),
        ("2", "Harrowdene Police"),
        ("3", "Harrowdene Police"),
        ("1", "Harrowdene and Marlow NHS Foundation Trust"),
        ("2", "Harrowdene and Marlow NHS Foundation Trust"),
        ("1", "Harrowdene Borough Council Housing Options"),
        ("1", "Brookfold Medical Practice"),
        ("1", "Marlow Women's Aid"),
        ("2", "Marlow Women's Aid"),
    ]


def test_a_cell_broken_by_the_page_goes_on_under_the_repeated_header():
    rows = _agency_rows(ZOO / "recs_layout_agency_rows.txt")
    assert rows[1][2].endswith("sees earlier incidents while the caller is still on the line.")
    assert "Agency" not in rows[1][2] and "Page" not in rows[1][2]


def test_the_text_route_gives_the_records_the_pdf_and_word_routes_give():
    keys = {
        suffix: sorted(_agency_rows(ZOO / f"recs_layout_agency_rows{suffix}"))
        for suffix in (".txt", ".pdf", ".docx")
    }
    assert [k[:2] for k in keys[".txt"]] == [k[:2] for k in keys[".pdf"]] == [k[:2] for k in keys[".docx"]]


LAYOUT = """\
Riverside Community Safety Partnership

3. Single-agency recommendations

 Agency                 No.    Recommendation
 Riverside Police       1      Officers will record who else lives at the address when
                               they attend a domestic incident.
                        2      The force will brief call handlers on stalking after
                               separation.
 Riverside Borough      1      Housing officers will ask every applicant who is leaving
 Council                       a home whether they feel safe there.
Conclusion
The panel thanks the family for their help.
"""


def test_a_heading_at_the_margin_under_the_table_is_no_agency(tmp_path):
    path = tmp_path / "riverside.txt"
    path.write_text(LAYOUT, encoding="utf-8")
    rows = _agency_rows(path)
    assert [(ref, agency) for ref, agency, _ in rows] == [
        ("1", "Riverside Police"),
        ("2", "Riverside Police"),
        ("1", "Riverside Borough Council"),
    ]
    assert rows[-1][2].endswith("whether they feel safe there.")
