"""Recommendation markers that plain `pdftotext` prints apart from their texts.

A table's reference column printed whole above the texts (numbers the export takes for page
numbers, letters in the order of the rows' heights), a hand-typed list number alone on its
line above a lead-in and its lettered sub-items, and an outcome line glued under the text:
each reference goes back to its own recommendation, or stays off when the counts disagree.
"""

from __future__ import annotations

from dhrparse.pipeline import extract

HEAD = (
    "Harlow Fen Community Safety Partnership\n\nDomestic Homicide Review into the death of Ms P\n\n"
    "1. Introduction\n\n1.1 Ms P died at her home in 2022. The panel met five times.\n\n"
)
TEXTS = [
    "Harlow Fen Police should make sure that call handlers ask whether a caller\n"
    "reporting a family dispute has care and support needs.",
    "Harlow Fen Council Adult Social Care should update its guidance on financial\nabuse.",
    "Harlow Fen Drug and Alcohol Service should ask every client who lives with an\n"
    "older relative about that relative's safety.",
    "Harlow Fen Hospitals NHS Trust should make sure that discharge planning\n"
    "considers who a patient is going home to.",
]


def _letters_table(order: list[str], texts: list[str]) -> str:
    cells = []
    for mark in order:  # the reference cells among the agency cells, in the export's order
        cells += [mark, "", "Harlow Fen", "agency name", ""]
    return (
        HEAD
        + "5. Single agency recommendations\n\nAgency\nRef\n"
        + "\n".join(cells)
        + "\nRecommendation\n"
        + "\n".join(texts)
        + "\n\n6. Publication\n\n6.1 The report will be published in full.\n"
    )


def test_a_letter_column_printed_out_of_row_order_gives_the_rows_their_letters_in_order():
    doc = extract(_letters_table(["A", "B", "D", "C"], TEXTS), name="agency_table.txt")
    got = [(r.ref, r.text.split(" should ")[0]) for r in doc.recommendations]
    assert got == [
        ("A", "Harlow Fen Police"),
        ("B", "Harlow Fen Council Adult Social Care"),
        ("C", "Harlow Fen Drug and Alcohol Service"),
        ("D", "Harlow Fen Hospitals NHS Trust"),
    ]
    assert "Harlow Fen Police" in (doc.recommendations[0].agency or "")


def test_a_letter_column_with_a_letter_missing_numbers_nothing():
    doc = extract(_letters_table(["A", "B", "D"], TEXTS[:3]), name="agency_table.txt")
    assert [r.ref for r in doc.recommendations] == [None, None, None]


def _number_column(numbers: list[str], texts: list[str]) -> str:
    column = "\n\n".join(numbers)  # the numbers read as page numbers, a blank line each
    return (
        HEAD + "6. Recommendations\n6.1\nNo.\n\n" + column + "\n\nThe panel makes the following "
        "recommendations. The agencies named\nhave accepted them.\nRecommendation\n\n"
        + "\n".join(texts)
        + "\n\nOrganisation\n\nHarlow Fen Police\nHarlow Fen Council\n\n7. Publication\n\n"
        "7.1 The report will be published in full.\n"
    )


def test_a_number_column_printed_whole_above_a_lead_in_numbers_the_texts_below():
    doc = extract(_number_column(["1", "2", "3", "4"], TEXTS), name="table.txt")
    assert [r.ref for r in doc.recommendations] == ["1", "2", "3", "4"]
    assert doc.recommendations[2].text.startswith("Harlow Fen Drug and Alcohol Service should")


def test_a_number_column_longer_than_the_run_below_numbers_nothing():
    doc = extract(_number_column(["1", "2", "3", "4"], TEXTS[:3]), name="table.txt")
    assert [r.ref for r in doc.recommendations] == [None, None, None]


LEAD_IN_APART = (
    HEAD + "6. Recommendations\n\nThe panel agreed the following recommendations.\n\n1.\n\n"
    "Harlow Fen Community Safety Partnership should commission a review of the local response\n"
    "to stalking.\n\n2.\n\nHarlow Fen Police should:\n"
    "(a) make sure that every report of harassment by a former partner is screened for\n"
    "stalking behaviour; and\n(b) consider a Stalking Protection Order whenever a warning has been breached.\n\n"
    "3.\n\nHarlow Fen Council Housing Options should record when a household is placed because\n"
    "of domestic abuse, so that the address is not shared.\n"
    "Anticipated improvement outcome: Addresses of people fleeing abuse stay private and\n"
    "they can remain safely in their new homes.\n\n"
    "7. Publication\n\n7.1 The report will be published in full.\n"
)


def test_a_number_alone_above_a_lead_in_keeps_its_lettered_sub_items_and_an_outcome_glued_under():
    recs = extract(LEAD_IN_APART, name="list.txt").recommendations
    # (the lead-in names only who must act, "Harlow Fen Police should:": each lettered item is
    # an ask of its own, a recommendation under the lead-in's body; see test_addressed_parts)
    assert [r.ref for r in recs] == ["1", "2(a)", "2(b)", "3"]
    assert recs[1].agency == recs[2].agency == "Harlow Fen Police"
    assert "Stalking Protection Order" in recs[2].text
    assert (recs[3].outcome or "").startswith("Addresses of people fleeing abuse stay private")
    assert "Anticipated" not in recs[3].text


def _code_column(codes: list[str], texts: list[str]) -> str:
    """An appendix Code | Agency | Recommendation table as plain pdftotext prints it: the first
    code under "Code", the first agency under "Agency", then each row's code and agency, then
    every recommendation's text under "Recommendation"."""
    agencies = [
        "Harlow Fen\nPolice",
        "Harlow Fen\nCouncil",
        "Harlow Fen Drug\nService",
        "Harlow Fen\nHospitals",
    ]
    cells = [f"Code\n{codes[0]}\n\nAgency\n{agencies[0]}"]
    cells += [f"{code}\n\n{agency}" for code, agency in zip(codes[1:], agencies[1:], strict=False)]
    return (
        HEAD
        + "Appendix A – Single agency recommendations\n\n"
        + "\n\n".join(cells)
        + "\n\nRecommendation\n"
        + "\n".join(texts)
        + "\n\nAppendix B – Glossary\n\nThe terms used in this report are explained here.\n"
    )


def test_a_code_column_printed_whole_above_the_texts_codes_them_in_order():
    codes = ["R-POL-01", "R-ASC-01", "R-DAS-01", "R-HOS-01"]
    doc = extract(_code_column(codes, TEXTS), name="appendix.txt")
    got = [(r.ref, r.text.split(" should ")[0]) for r in doc.recommendations]
    assert got == list(zip(codes, [t.split(" should ")[0] for t in TEXTS], strict=True))


def test_a_code_column_longer_than_the_texts_below_codes_nothing():
    codes = ["R-POL-01", "R-ASC-01", "R-DAS-01", "R-HOS-01"]
    doc = extract(_code_column(codes, TEXTS[:3]), name="appendix.txt")
    assert {r.ref for r in doc.recommendations if r.text.startswith("Harlow Fen")} == {None}
