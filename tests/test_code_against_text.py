"""A single-agency recommendation's code ("WGH1") all but as wide as its hanging indent prints
hard against the text: a text layer may lose the space ("WGH1The Trust should ..."), and a
PDF's reader may cut the line into two cells inside the sentence ("WGH1The Trust ... the" |
"frailty assessment its ward nurses complete."). Either way the code is the recommendation's ref."""

from __future__ import annotations

from pathlib import Path

from dhrparse.pipeline import extract

ZOO = Path(__file__).resolve().parent / "zoo"

CHAPTER = """19. Recommendations

6.2 Single agency recommendations

Each agency that wrote an IMR set out its own recommendations, which the panel supports:

Ashbeck Police

AP1 Ashbeck Police should tell every new officer how to find the force's carers' lead.

Ashbeck General Hospital NHS Trust

AGH1The Trust should name a carers' lead on each ward and print the name on the ward's notice board.

7. Conclusion

The panel thanks the family.
"""


def test_a_code_glued_to_its_text_is_the_ref():
    recs = {r.ref: r for r in extract(CHAPTER, name="overview.txt").recommendations}
    assert recs["AGH1"].text.startswith("The Trust should name a carers' lead")


def test_a_glued_word_that_is_no_code_stays_text():
    # a capitalised word after digits inside prose opens no recommendation
    text = CHAPTER.replace("AGH1The Trust should", "In 2023The Trust should")
    refs = [r.ref for r in extract(text, name="overview.txt").recommendations]
    assert "AGH1" not in refs and refs.count(None) <= 1


def test_the_pdf_readers_cut_inside_the_text_gives_the_code_back():
    pdf = ZOO / "recs_agency_code_wider_than_column.pdf"
    recs = {r.ref: r for r in extract(pdf).recommendations}
    assert recs["WGH1"].text.startswith("The Trust should add a question about who holds")
    assert recs["WGH1"].text.rstrip().endswith("ward nurses complete.")
    assert recs["WGH1"].level == "agency"


def test_an_agency_named_in_a_row_of_its_own_is_the_agency_of_the_rows_under_it():
    # (the PDF reader took the agencies' names, printed between the hanging-indented lists,
    # for rows of one table; "Each supervisor ... should speak" names no body itself)
    pdf = ZOO / "recs_agency_code_wider_than_column.pdf"
    recs = {r.ref: r for r in extract(pdf).recommendations}
    assert recs["PS1"].agency == "Probation Service"
    assert recs["GH1"].agency == "Gorseway Homes"
