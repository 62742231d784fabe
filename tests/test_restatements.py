"""Restatements of a recommendation (a summary, the chapter, the action plan) folded into
one record: extractors/recommendations/restatements.py on synthetic lists."""

from __future__ import annotations

from dhrparse.extractors.recommendations import restatements
from dhrparse.models import Location, Recommendation


def rec(text, ref=None, level="agency", agency="Borough Housing", title=None, line=1):
    return Recommendation(
        id=f"r{line}",
        ref=ref,
        level=level,
        agency=agency,
        title=title,
        text=text,
        location=Location(line_start=line, line_end=line),
    )


def test_merge_folds_restatement_and_supplies_ref():
    base = [rec("To continue with UHB current DA training and strategy", line=10)]
    extra = [rec("Continue with UHB current DA training and strategy", ref="3", line=90)]
    out = restatements.merge_restatements(base, extra)
    assert len(out) == 1 and out[0].ref == "3"
    assert out[0].aliases == ["Continue with UHB current DA training and strategy"]
    assert out[0].alias_locations[0].line_start == 90
    assert base[0].ref is None  # inputs are not changed


def test_merge_appends_unmatched_and_respects_agency_and_level():
    base = [rec("Improve the organisation wide response to domestic abuse", line=1)]
    extra = [
        rec(
            "Improve the organisation wide response to domestic abuse",
            ref="1",
            agency="Regional Police",
            line=50,
        ),
        rec(
            "Improve the organisation wide response to domestic abuse",
            ref="1",
            level="overview",
            agency=None,
            line=51,
        ),
        rec("Learning from the IMR process to be fed back to managers formally.", ref="1", line=52),
    ]
    out = restatements.merge_restatements(base, extra)
    assert len(out) == 4 and out[0].aliases == []


def test_merge_reads_agency_from_plan_heading_wording():
    base = [
        rec(
            "The practice to improve knowledge of domestic abuse by becoming an accredited practice",
            agency="Clinical Commissioning Group - GP Practices 1 & 2",
        )
    ]
    extra = [
        rec(
            "The Practice to improve knowledge of domestic abuse by becoming an accredited practice",
            ref="1",
            agency="Individual Agency Recommendations for GP Practices 1 & 2",
            line=80,
        )
    ]
    out = restatements.merge_restatements(base, extra)
    assert len(out) == 1 and out[0].ref == "1"
    assert not restatements.agencies_compatible("Borough Housing", "Regional Police")


def test_merge_matches_title_only_statement():
    base = [
        rec(
            "To deliver refresher training to all staff.\nTo deliver safeguarding training.",
            title="Resources",
        )
    ]
    out = restatements.merge_restatements(base, [rec("Resource", ref="5", line=70)])
    assert len(out) == 1 and out[0].ref == "5" and out[0].aliases == ["Resource"]


def test_merge_aligns_reworded_statements_between_anchors():
    base = [
        rec("Improve the organisation wide response to Domestic Abuse", line=1),
        rec(
            "Investigate options for collecting and responding to intelligence which may indicate a risk of "
            "domestic abuse",
            line=2,
        ),
        rec("Improve information to customers on pathways and procedures (Housing Options service)", line=3),
    ]
    extra = [
        rec("Improve the organisation wide response to Domestic Abuse", ref="1", line=11),
        rec(
            "Ensure the customer pathway arrangements are robust, particularly for victims of domestic abuse.",
            ref="2",
            line=12,
        ),
        rec("Ensure organisation can respond to indicators of domestic abuse", ref="3", line=13),
        rec(
            "Improve customer awareness of the pathways and procedures for housing options", ref="4", line=14
        ),
    ]
    out = restatements.merge_restatements(base, extra)
    assert [r.ref for r in out] == ["1", "3", "4", "2"]
    assert out[3].text.startswith("Ensure the customer pathway")


def test_merge_keeps_distinct_sub_parts_apart():
    base = [
        rec(
            "The Partnership raises awareness of the public and professionals about stalking as a form of abuse",
            level="overview",
            agency=None,
            title="Stalking",
            line=1,
        ),
        rec(
            "The Partnership raises awareness of the public and professionals about tech abuse and seeks "
            "assurance",
            level="overview",
            agency=None,
            title="Stalking",
            line=2,
        ),
    ]
    extra = [
        rec(
            "Partnership raises awareness of the public and professionals about tech abuse and seeks assurance",
            ref="1(ii)",
            level="overview",
            agency=None,
            line=20,
        ),
        rec(
            "Partnership raises awareness of the public and professionals about stalking as a form of abuse",
            ref="1(i)",
            level="overview",
            agency=None,
            line=21,
        ),
    ]
    out = restatements.merge_restatements(base, extra)
    assert [r.ref for r in out] == ["1(i)", "1(ii)"]
