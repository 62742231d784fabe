"""The "no data loss" invariant: inside every recommendations, action-plan or chronology
region an extractor claimed, each content line is held by a record or a warning (or was
read as structure: a table header, a label, an agency heading)."""
from __future__ import annotations

import pytest

from conftest import CORPUS, SAMPLES, analysed
from dhrparse.coverage import uncovered_lines
from dhrparse.pipeline import analyse
from test_formats_golden import routed   # shares its cache: each PDF/Word sample is read once


def _analysis(key: str, route: str):
    return analysed(key) if route == "txt" else routed(key, route)


def _uncovered(a):
    return uncovered_lines(a.source, a.document, a.claims, a.structure)


def _report(missing) -> str:
    return "\n".join(f"  {u.kind} [{u.section}] line {u.line}: {u.text[:100]}" for u in missing)


# what each sample holds, so the check cannot pass by claiming nothing
EXPECTED_KINDS = {"000": {"recommendations", "chronology"}, "001": {"plan"},
                  "002": {"recommendations", "plan", "chronology"}}


@pytest.mark.parametrize("route", ["txt", "pdf", "docx"])
@pytest.mark.parametrize("key", sorted(CORPUS))
def test_every_claimed_line_is_held(key, route):
    a = _analysis(key, route)
    assert {c.kind for c in a.claims} == EXPECTED_KINDS[key]
    missing = _uncovered(a)
    assert not missing, f"{key}.{route}: {len(missing)} lines no record or warning holds:\n{_report(missing)}"


FIXTURES = sorted((SAMPLES.parent / "tests" / "fixtures").glob("*.txt"))


@pytest.mark.parametrize("path", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_fixture_excerpts_hold_every_claimed_line(path):
    a = analyse(path)
    assert a.claims
    missing = _uncovered(a)
    assert not missing, f"{path.name}:\n{_report(missing)}"


# -- the check catches a dropped line --------------------------------------------------------

PAD = " The review panel considered the records of every agency involved with the family at this time."
CHRONOLOGY = f"""1. INTRODUCTION

1. This review concerns the death of a woman in August 2018.{PAD}

2. CHRONOLOGY

2. This section has been based on information provided from agencies' reports and the chronology starts when she moved to the area.{PAD}

3. In January 2015, she told the college that her partner's behaviour had become obsessive.{PAD}

4. In June 2017, she attended the Emergency Department with bruising to her arms.{PAD}

5. In April 2018, the police attended a report of a disturbance at her home.{PAD}

3. ANALYSIS

6. The panel found that agencies did not share what they knew.{PAD}
"""


def _synthetic():
    return analyse(CHRONOLOGY.encode(), name="synthetic.txt")


def test_dropped_chronology_paragraph_is_reported():
    a = _synthetic()
    assert [c.kind for c in a.claims] == ["chronology"]
    assert len(a.document.chronology) == 3
    assert _uncovered(a) == []
    dropped = a.document.chronology[1]
    a.document.chronology.remove(dropped)
    missing = _uncovered(a)
    assert [u.line for u in missing] == list(range(dropped.location.line_start, dropped.location.line_end + 1))
    assert missing[0].text.startswith("4. In June 2017") or missing[0].text.startswith("In June 2017")
    assert missing[0].kind == "chronology"


def test_method_paragraph_is_a_warning_not_a_silent_drop():
    a = _synthetic()
    warned = [w for w in a.document.warnings if w.code == "chronology_not_event"]
    assert len(warned) == 1 and "method" in warned[0].message
    assert "based on information provided" in warned[0].message
    a.document.warnings.remove(warned[0])
    assert [u.text[:40] for u in _uncovered(a)] == [ln.text[:40] for ln in a.source.lines
                                                     if ln.number == warned[0].location.line_start]


def test_text_outside_claimed_regions_is_not_checked():
    a = _synthetic()
    a.document.warnings.clear()
    a.document.chronology.clear()
    lines = {u.line for u in _uncovered(a)}
    claim = a.claims[0]
    assert lines and all(claim.line_start <= n <= claim.line_end for n in lines)


REC_CHAPTER = f"""1. INTRODUCTION

1. This review concerns the death of a woman in August 2018.{PAD}

2. RECOMMENDATIONS

The review makes the following recommendations, agreed by the panel.

Recommendation 1

The Community Safety Partnership should raise awareness of stalking among professionals.

Recommendation 2

The police should review how officers record repeat reports of harassment.
"""


def test_recommendation_chapter_intro_is_warned_and_records_hold_the_rest():
    a = analyse(REC_CHAPTER.encode(), name="recs.txt")
    assert [c.kind for c in a.claims] == ["recommendations"]
    assert len(a.document.recommendations) == 2
    warned = [w for w in a.document.warnings if w.code == "not_a_recommendation"]
    assert len(warned) == 1 and "following recommendations" in warned[0].message
    assert _uncovered(a) == []
    a.document.recommendations.pop()
    assert [u.text for u in _uncovered(a)] == ["The police should review how officers record repeat reports "
                                               "of harassment."]


THEMATIC = f"""1. INTRODUCTION

1. This review concerns the death of a woman in August 2018.{PAD}

2. THEMATIC ANALYSIS, LEARNING AND RECOMMENDATIONS

2. Agencies did not share what they knew about the stalking.{PAD}

Recommendation 1

The Community Safety Partnership should raise awareness of stalking among professionals.

3. The housing association did not ask about domestic abuse.{PAD}
"""


def test_thematic_chapter_claims_only_its_labelled_units():
    a = analyse(THEMATIC.encode(), name="thematic.txt")
    assert len(a.document.recommendations) == 1
    assert [c.kind for c in a.claims] == ["recommendations"]
    claim = a.claims[0]
    rec = a.document.recommendations[0]
    assert claim.line_start <= rec.location.line_start and claim.line_end == rec.location.line_end
    assert not [w for w in a.document.warnings if w.code == "not_a_recommendation"]
    assert _uncovered(a) == []


def test_dropped_plan_row_is_reported():
    a = analyse(SAMPLES.parent / "tests" / "fixtures" / "sar_with_plan.txt")
    assert "plan" in {c.kind for c in a.claims}
    assert _uncovered(a) == []
    row = a.document.actions.pop()
    # the plan's recommendation statement of that row is folded into the report's record:
    # drop the alias that still holds the row's line, as a broken merge would
    for rec in a.document.recommendations:
        rec.alias_locations = [loc for loc in rec.alias_locations if loc.line_start != row.location.line_start]
    missing = _uncovered(a)
    assert [(u.kind, u.line) for u in missing] == [("plan", row.location.line_start)]
    assert "Annual audit" in missing[0].text


def test_inspect_shows_claimed_regions_and_uncovered_lines():
    import io

    from rich.console import Console

    from dhrparse.inspection import show
    a = _synthetic()
    a.document.chronology.pop(0)
    buf = io.StringIO()
    show(a, console=Console(file=buf, width=200))
    text = buf.getvalue()
    assert "claimed: chronology section" in text
    assert "no record or warning holds: 1" in text and "uncovered lines" in text
    assert "In January 2015" in text.split("uncovered lines")[1]
