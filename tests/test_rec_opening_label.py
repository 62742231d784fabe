"""A roman or lettered list of recommendations whose text export ran one item's label into its
paragraph ("(ii) The Council should ...") keeps that label as the item's ref."""

from __future__ import annotations

import pytest

from dhrparse.pipeline import extract

# each item as the export wraps it, over lines
ITEMS = [
    [
        "The Safeguarding Board should make sure that its training on domestic abuse covers",
        "neglect of older people by the adults who care for them.",
    ],
    [
        "Glasfryn County Council Adult Services should make sure that carers who decline or do",
        "not complete a carer's needs assessment are followed up, and that the effect of caring on",
        "the safety of the person cared for is considered.",
    ],
    [
        "The Health Board should ask community nurses to see each patient alone at least once",
        "a month and to record that they have done so.",
    ],
]
OUTCOME = [
    "Anticipated outcome: carers under strain are noticed and supported, and the people they look",
    "after are safer.",
]


def _report(labels: list[str]) -> str:
    """Each label detached on a line of its own above its item, as a plain text export prints
    a Word list, each item followed by its anticipated outcome."""
    lines = ["Adult Practice Review Report", "", "3. Improving Systems and Practice"]
    lines += [
        "The review identified the following actions for the Board and its member agencies, and the",
        "outcomes anticipated:",
    ]
    for label, text in zip(labels, ITEMS):
        lines += [label, "", *text, *OUTCOME, ""]
    return "\n".join(lines)


@pytest.mark.parametrize("labels", [["(i)", "(ii)", "(iii)"], ["(a)", "(b)", "(c)"]])
def test_a_label_run_into_its_paragraph_is_the_ref(labels):
    recs = extract(_report(labels)).recommendations
    assert [r.ref for r in recs] == [label.strip("()") for label in labels]
    assert [r.text[:30] for r in recs] == [t[0][:30] for t in ITEMS]
