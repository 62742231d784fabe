"""A "No. | Recommendation | Agency" table that plain pdftotext printed a line at a time across
its cells: each row's number alone on its line, then the recommendation's first line, the
agency's first line, the recommendation's second line, the agency's second line, and so on (a
blank line between while both cells run, none once only the recommendation goes on), the next
row's number straight under the last line.

The paragraph reader runs the agency's lines into the recommendation's paragraph, so no short
organisation cell follows the item; the numbers alone still count up one row at a time from 1,
each printed straight above its row on the same page: they are the rows' refs."""

import textwrap

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dhrparse import extract

ROWS = [
    (
        "Ashvale Community Safety Partnership should make sure that its strategy names older people "
        "as a group at risk and funds publicity about abuse in later life.",
        "Ashvale Community Safety Partnership",
    ),
    (
        "Ashvale Borough Council Adult Social Care should change its carer's assessment so that the "
        "carer is always offered a conversation on their own.",
        "Ashvale Borough Council Adult Social Care",
    ),
    (
        "Kilnmoor Constabulary should ensure that officers attending an incident between an older "
        "couple speak to the victim away from the other person.",
        "Kilnmoor Constabulary",
    ),
    (
        "Brook Lane Surgery should record on both patients' records when one is the carer of the other.",
        "Brook Lane Surgery",
    ),
    (
        "Ashvale and District NHS Foundation Trust should include abuse of older people by partners in "
        "the training given to emergency department staff.",
        "Ashvale and District NHS Foundation Trust",
    ),
    (
        "The Chair of the Partnership should write to the Department of Health and Social Care asking "
        "that national guidance on carer's assessments covers domestic abuse.",
        "Ashvale Community Safety Partnership",
    ),
]

BEFORE = """Domestic Homicide Review: Overview Report

7. Conclusions
7.1 The review found that the victim's contact with services was frequent but brief, and that
no agency asked her about her safety when her husband was present at the appointment.
7.2 Agencies did not share what they knew about the earlier incidents with one another before
the homicide, and the risk he posed was never assessed by any of them.

8. Recommendations
The panel makes the following recommendations. Each agency named has agreed to the
recommendation made to it. Progress is reported in the action plan at Appendix A.
No.

Recommendation

Agency

"""
AFTER = """
9. Dissemination
The report will be sent to the following once the Home Office has approved it.
"""


def _row(number: int, text: str, agency: str) -> list[str]:
    rec = textwrap.wrap(text, 74)
    name = textwrap.wrap(agency, 22)
    out = [str(number)]
    for k, line in enumerate(rec):
        if k < len(name):
            out += ["", line, "", name[k], ""] if k == 0 else [line, "", name[k], ""]
        else:
            out.append(line)
    return out


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(picked=st.lists(st.sampled_from(range(len(ROWS))), min_size=3, max_size=6, unique=True))
def test_numbers_printed_above_interleaved_rows_are_their_refs(picked):
    lines: list[str] = []
    for n, k in enumerate(picked):
        lines += _row(n + 1, *ROWS[k])
    doc = extract(BEFORE + "\n".join(lines) + "\n" + AFTER)
    got = [r.ref for r in doc.recommendations]
    assert got == [str(n + 1) for n in range(len(picked))]
    for rec, k in zip(doc.recommendations, picked):
        assert rec.text.startswith(" ".join(ROWS[k][0].split()[:4]))
