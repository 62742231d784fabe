"""Review ids shortened by a running head, and plan cells citing a recommendation's number."""

from dhrparse.extractors.recommendations.plan_citations import fold_cited
from dhrparse.extractors.review.identifier import review_id
from dhrparse.models import Location, Recommendation
from dhrparse.patterns import load_patterns


def test_running_head_shortening_the_cover_id_keeps_the_cover_form():
    p = load_patterns()
    heads = ["Kelmarsh Partnership | DHR 04 Overview Report | 1"]
    cover = ["KELMARSH PARTNERSHIP", "Domestic Homicide Review", "Reference", "KP DHR 04"]
    assert review_id(heads + cover, "\n".join(heads + cover), p) == "KP DHR 04"


def _rec(ref, text, level="overview", agency=None, line=1):
    return Recommendation(
        id="",
        ref=ref,
        level=level,
        agency=agency,
        text=text,
        location=Location(line_start=line, line_end=line),
    )


def test_plan_cell_citing_a_code_is_an_alias_not_a_record():
    report = [
        _rec("SAR 1", "The Board should agree a shared approach to assessing family carers."),
        _rec("SAR 2", "The Board should publish a guide on neglect by a relative.", line=5),
    ]
    plan = [
        _rec("1.1", "SAR 1 – assessing family carers.", level="agency", agency="Plan for SAR Edwin", line=40),
        _rec("1.2", "SAR 1 – as above.", level="agency", agency="Plan for SAR Edwin", line=41),
        _rec("9.1", "Commission a new training course for all staff on hoarding.", line=42),
    ]
    left = fold_cited(report, plan)
    assert [r.text for r in left] == ["Commission a new training course for all staff on hoarding."]
    assert report[0].aliases == ["assessing family carers.", "as above."]
    assert report[0].agency is None  # the plan's title names no agency
