"""A Word auto-numbered list of recommendations through plain `pdftotext` (no -layout).

The export prints the list's numbers apart from its items: all of them above the items, or
the first one above and the rest in a column after the items ("1.", the items, "2." to "6.").
Either way the items run on with no blank line between them. The numbers must go back to
their items in order when the counts agree, and stay off them (with a warning) when not.
"""

from __future__ import annotations

import textwrap

from hypothesis import given
from hypothesis import strategies as st

from dhrparse.pipeline import extract

WIDTH = 88  # a Word page's line, as pdftotext prints it

ITEMS = [
    "Ashgrove Community Safety Partnership should commission training for front-line staff on "
    "recognising coercive control across repeated incidents.",
    "Fenbridge Constabulary should make sure that call handlers check earlier calls to the same "
    "address before a call is graded.",
    "The Partnership should ask the Integrated Care Board to offer GP practices a direct route "
    "to the independent domestic violence advisers.",
    "Ashgrove Borough Council should review how its housing officers record a request to move "
    "that is linked to fear of a partner.",
    "The Partnership should seek assurance from the probation service that home visits are made "
    "when a new partner is known.",
    "Fenbridge Constabulary should audit a sample of withdrawn reports each year to check that an "
    "evidence-led prosecution was considered.",
    "Ashgrove Borough Council should publish its domestic abuse housing policy in plain language "
    "for tenants.",
]
STYLES = {
    "decimal": lambda k: f"{k}.",
    "letter": lambda k: f"{'abcdefg'[k - 1]})",
    "roman": lambda k: f"({['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii'][k - 1]})",
}
REFS = {
    "decimal": lambda k: str(k),
    "letter": lambda k: "abcdefg"[k - 1],
    "roman": lambda k: ["i", "ii", "iii", "iv", "v", "vi", "vii"][k - 1],
}


def _report(labels: list[str], items: list[str], split: bool, gap: str) -> str:
    body = "\n".join("\n".join(textwrap.wrap(t, WIDTH)) for t in items)
    if split:  # the first number above the items, the others after them
        listed = f"{labels[0]}\n\n{body}\n\n" + gap.join(labels[1:])
    else:
        listed = "\n".join(labels) + f"\n\n{body}"
    return (
        "Ashgrove Community Safety Partnership\n\nDomestic Homicide Review\n\n"
        "7. Conclusions and recommendations\n7.1\n\nThe death of Mara could not have been predicted, "
        "but the pattern of abuse was visible to several agencies.\n\n7.2\n\n"
        "The Panel makes the following recommendations:\n\n"
        f"{listed}\n\n7.3\n\nThe Partnership will monitor the action plan.\n"
    )


@given(
    count=st.integers(min_value=2, max_value=len(ITEMS)),
    style=st.sampled_from(sorted(STYLES)),
    split=st.booleans(),
    gap=st.sampled_from(["\n", "\n\n"]),
)
def test_list_numbers_printed_apart_go_back_to_their_items_in_order(count, style, split, gap):
    labels = [STYLES[style](k) for k in range(1, count + 1)]
    doc = extract(_report(labels, ITEMS[:count], split, gap))
    recs = doc.recommendations
    assert [r.text[:30] for r in recs] == [t[:30] for t in ITEMS[:count]]
    assert [r.ref for r in recs] == [REFS[style](k) for k in range(1, count + 1)]


def test_numbers_after_the_items_that_do_not_match_their_count_stay_off_them():
    labels = ["1.", "2.", "3.", "4."]  # four numbers for three items
    doc = extract(_report(labels, ITEMS[:3], split=True, gap="\n\n"))
    assert [r.ref for r in doc.recommendations] == [None, None, None]
    assert any(w.code == "list_numbers_unpaired" for w in doc.warnings)


def test_numbered_paragraphs_one_after_another_are_no_split_column():
    doc = extract(
        "Ashgrove Community Safety Partnership\n\nDomestic Homicide Review\n\n"
        "7. Recommendations\n7.1\n\nAshgrove Borough Council should review its housing policy so "
        "that officers ask about\nabuse at home.\n\n7.2\n\nFenbridge Constabulary should brief "
        "its call handlers on this review.\n"
    )
    assert [r.ref for r in doc.recommendations] == ["7.1", "7.2"]
    assert not any(w.code == "list_numbers_unpaired" for w in doc.warnings)


def test_conclusions_above_the_lead_in_are_not_recommendations():
    labels = ["1.", "2.", "3."]
    doc = extract(_report(labels, ITEMS[:3], split=True, gap="\n\n"))
    assert [r.ref for r in doc.recommendations] == ["1", "2", "3"]
