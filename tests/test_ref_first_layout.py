"""A recommendations table "No. | Para. | Recommendation | Organisation" printed side by side
by pdftotext -layout: each row rebuilt from where its lines print their text
(extractors.recommendations.ref_first_layout), the paragraph's number a cross-reference left
out, the organisation's wrapped name the row's agency, whole."""

from __future__ import annotations

from pathlib import Path

import dhrparse

ZOO = Path(__file__).parent / "zoo"

HEADER = "      No.      Para.    Recommendation                                    Organisation"
ROW = "      {n}        {p}      {text:<50}{org}"


def test_each_row_read_in_its_own_columns():
    doc = dhrparse.extract(ZOO / "recs_para_column_fernbrook.txt")
    recs = doc.recommendations
    assert [r.ref for r in recs] == ["1", "2", "3", "4", "5"]
    assert recs[0].text == (
        "Fernbrook Health Board should make sure that midwives ask every expectant mother about "
        "abuse at a booking appointment held without her partner present."
    )
    assert recs[2].agency == "Ashgrove Homes Housing Association"
    assert recs[3].agency == "Fernbrook Community Safety Partnership"
    assert all(not r.text.startswith("7.") for r in recs)


def test_a_paragraph_across_the_columns_ends_the_table(tmp_path):
    lines = [
        "8. Recommendations",
        "",
        HEADER,
        ROW.format(n=1, p="4.2", text="Wexley Police should brief every sergeant", org="Wexley"),
        ROW.format(n="", p="   ", text="on the revised risk form.", org="Police").rstrip(),
        ROW.format(n=2, p="4.5", text="Wexley Council should audit its transfer", org="Wexley"),
        ROW.format(n="", p="   ", text="requests for signs of abuse.", org="Council").rstrip(),
        "",
        "8.2   The Partnership will publish an action plan for these recommendations with the report",
        "      once the Home Office has read it.",
    ]
    src = tmp_path / "overview.txt"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    recs = dhrparse.extract(src).recommendations
    assert [(r.ref, r.agency) for r in recs] == [("1", "Wexley Police"), ("2", "Wexley Council")]
    assert recs[1].text == "Wexley Council should audit its transfer requests for signs of abuse."
