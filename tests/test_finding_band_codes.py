"""A CSPR or SAR partnership plan grouping its recommendations under the review's findings: a
"Finding N — ..." band over "Recommendation 1a: ..." bands (or "Finding 2" / "Recommendation 3"
label rows in the table's own cells), each action numbered from the broadest part to its own,
"F1-R1a-A1" or "F2.R3.A1". The action's code is its ref (patterns actions row_ref), a lettered
"Recommendation 1a:" band is the recommendation (recommendation_statement), and the part of the
code before the action's own names the recommendation it answers (plan.statement_records).

The stand-ins are tests/zoo/pending's `cspr_plan_finding_*` (builder
build_cspr_plan_finding_bands_compound_refs.py), written in our own words as heldout42's family 5
looks; before this every route but plain text read nothing of either.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import dhrparse
from dhrparse.patterns import load_patterns
from dhrparse.plan.statement_records import coded_parent
from dhrparse.plan.vocabulary import PlanVocabulary

PENDING = Path(__file__).parent / "zoo" / "pending"
BANDS = "cspr_plan_finding_bands_lettered_rec_bands_compound_refs_harrowden"
LABELS = "cspr_plan_finding_label_rows_dotted_compound_refs_pellworth"


@pytest.fixture(scope="module")
def vocab() -> PlanVocabulary:
    return PlanVocabulary.of(load_patterns())


def test_compound_codes_are_row_refs(vocab):
    for code in ("F1-R1a-A1", "F3-R3a-A2", "F2.R3.A1"):
        assert vocab.cell_ref(code) == code
        assert vocab.ref_line.match(code)
    # (a date or a span is no code)
    assert vocab.cell_ref("31-03-2026") is None


def test_a_lettered_recommendation_band_is_a_statement(vocab):
    m = vocab.band_statement.match("Recommendation 1a: The Partnership should publish a route.")
    assert m and m.group("ref") == "1a"
    assert vocab.statement.match("Recommendation 2b – Schools should check attendance.").group("ref") == "2b"
    # (a letter is the ref's only straight before its colon or dash)
    assert vocab.statement.match("Recommendation 1 all agencies should agree.").group("ref") == "1"


def test_the_part_before_the_actions_own_names_its_recommendation():
    assert coded_parent("F1-R1a-A1", {"1a", "1b"}) == "1a"
    assert coded_parent("F2.R3.A1", {"1", "2", "3"}) == "3"
    assert coded_parent("F2.R3.A1", {"1", "2"}) is None  # (no such recommendation: no link)
    assert coded_parent("1.2.3", {"2"}) is None  # (plain numbers are no series' codes)


@pytest.mark.parametrize("stem", [BANDS, LABELS])
@pytest.mark.parametrize("route", [".pdf", ".docx", ".corpus.txt"])
def test_every_band_recommendation_and_coded_action_read(stem, route):
    doc = dhrparse.extract(PENDING / f"{stem}{route}")
    recs = {r.ref for r in doc.recommendations}
    expected = {"1(a)", "1(b)", "2(a)", "3(a)"} if stem == BANDS else {"1", "2", "3"}
    assert recs == expected
    assert len(doc.actions) == (8 if stem == BANDS else 5)
    for action in doc.actions:
        assert action.recommendation_ref is not None
        assert action.ref.replace(".", "-").split("-")[1].lstrip("R") == action.recommendation_ref.replace(
            "(", ""
        ).replace(")", "")
        assert action.status is not None and action.status.value != "unknown"
        # (corpus text: "By" closing the joined header names no column there, patterns closing_target_names,
        # so the target runs into the lead; not this family's question)
        assert action.target_date is not None or (stem == LABELS and route == ".corpus.txt")
    # the findings are no recommendations
    assert not any("Finding" in r.text[:12] for r in doc.recommendations)
