"""A single-agency recommendation's code ("MGH1") all but as wide as its hanging indent prints
hard against the text: a text layer may lose the space ("MGH1The Trust should ..."), and a
PDF's reader may cut the line into two cells inside the sentence ("MGH1The Trust ... of the" |
"Emergency Department triage form."). Either way the code is the recommendation's ref."""

from __future__ import annotations

from pathlib import Path

from dhrparse.pipeline import extract

ZOO = Path(__file__).resolve().parent / "zoo"

CHAPTER = """19. Recommendations

19.2 Single agency recommendations

The panel endorses the following recommendations made by agencies in their IMRs.

Ashbeck Police

AP1 Ashbeck Police should check that a risk assessment is completed at every incident.

Ashbeck General Hospital NHS Trust

AGH1The Trust should make the question about safety at home a required field of the triage form.

20. Conclusion

The panel thanks the family.
"""


def test_a_code_glued_to_its_text_is_the_ref():
    recs = {r.ref: r for r in extract(CHAPTER, name="overview.txt").recommendations}
    assert recs["AGH1"].text.startswith("The Trust should make the question")


def test_a_glued_word_that_is_no_code_stays_text():
    # a capitalised word after digits inside prose opens no recommendation
    text = CHAPTER.replace("AGH1The Trust should", "In 2023The Trust should")
    refs = [r.ref for r in extract(text, name="overview.txt").recommendations]
    assert "AGH1" not in refs and refs.count(None) <= 1


def test_the_pdf_readers_cut_inside_the_text_gives_the_code_back():
    pdf = ZOO / "recs_agency_code_wider_than_column.pdf"
    recs = {r.ref: r for r in extract(pdf).recommendations}
    assert recs["WGH1"].text.startswith("The Trust should make the question")
    assert recs["WGH1"].text.rstrip().endswith("triage form.")
    assert recs["WGH1"].level == "agency"


def test_an_agency_named_in_a_row_of_its_own_is_the_agency_of_the_rows_under_it():
    # (the PDF reader took the agencies' names, printed between the hanging-indented lists,
    # for rows of one table; "Any order ... must be reviewed" names no one itself)
    pdf = ZOO / "recs_agency_code_wider_than_column.pdf"
    recs = {r.ref: r for r in extract(pdf).recommendations}
    assert recs["PS1"].agency == "Probation Service"
    assert recs["GH1"].agency == "Gorseway Homes"
