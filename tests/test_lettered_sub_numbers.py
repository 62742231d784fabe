"""Lettered sub-recommendations printed in a layout export's number column ("2a" beside its
text, the paragraph number not read as one): a record of their own under the number above
them, naming the body of the recommendation they are part of when they name it by kind only."""

from __future__ import annotations

from dhrparse.pipeline import extract

LIST = """Recommendations

1        Elmbridge Borough Council should check that its housing staff ask every applicant
         fleeing abuse whether they feel safe to return home.

2        Harrowgate Hospitals NHS Trust should tell a patient's GP when its emergency department
         records a disclosure of domestic abuse.

2a       The Trust should audit those letters to GPs after six months.

2b       The Trust should report the audit to the Partnership board.

3        Elmbridge Police should make sure call handlers see earlier calls from the same address.
"""


def test_lettered_parts_are_records_with_their_own_refs_and_parent_body():
    recs = {r.ref: r for r in extract(LIST, name="recs.txt").recommendations}
    assert sorted(recs) == ["1", "2", "2(a)", "2(b)", "3"]
    assert recs["2(a)"].text.startswith("The Trust should audit")  # the number is not text
    assert recs["2(a)"].agency == recs["2(b)"].agency == "Harrowgate Hospitals NHS Trust"
    assert recs["2(a)"].parent_ref == "2"


def test_a_number_with_a_letter_under_another_number_is_not_a_part():
    # "5a" under recommendation 2 is no part of it (an address, a misprint): its text keeps it
    text = LIST.replace("2a       The Trust should audit", "5a       The Trust should audit")
    refs = [r.ref for r in extract(text, name="recs.txt").recommendations]
    assert "5(a)" not in refs and "2(a)" not in refs
