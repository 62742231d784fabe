"""A Scottish health board's review names its board "NHS <place>" in the running head or foot,
with no partnership, council or board of another kind named: that place is the area
(extractors.review.area: `_nhs_place`); a national body so named is none."""

from __future__ import annotations

from pathlib import Path

from dhrparse.pipeline import extract

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "saer_improvement_plan_action_ref_column_drumlaggan"


def test_board_in_the_running_foot_gives_the_area():
    for route in (".txt", ".pdf", ".corpus.txt"):
        assert extract(PENDING / f"{STEM}{route}").review.area == "Drumlaggan", route


def _summary(head: str) -> str:
    return (
        f"{head}\n\nSignificant Adverse Event Review – summary for publication\n\n"
        "Reference SAER 2025-014\n\nWhat happened\n\nA woman under the care of the crisis team died.\n"
    )


def test_board_named_first_in_a_piped_running_head():
    assert extract(_summary("NHS Carrowvale | SAER 2025-014 | OFFICIAL")).review.area == "Carrowvale"


def test_a_national_nhs_body_is_no_area():
    assert extract(_summary("NHS England | Serious incident summary")).review.area is None
