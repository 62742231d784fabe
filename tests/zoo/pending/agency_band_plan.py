"""The agency-band family's shared gold (build_plan_agency_bands_restarting_numbers.py and its
stand-in build_plan_agency_bands_wrapped_status.py): a CSP DHR action plan whose agencies' parts
open with a full-width band row naming the agency, the recommendations numbered again from 1
under each band, one to three action rows under each recommendation, targets dd.mm.yyyy. Each
stand-in builds its own document (wording, widths, merged or blank recommendation cells); the
gold is read from its plan alike: each recommendation an agency one of the band above it, each
plan row one action of its recommendation.

All people, places and bodies are fictional; the wording is our own.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from board_response_build import _line_of  # noqa: E402
from plan_gold import action_record, plan_gold, recommendation_record, review  # noqa: E402

__all__ = ["agency_bands_gold"]

FAMILY = "plan_agency_bands_restarting_numbers"
NOTES = "Each plan row is one action; its agency is the band above it."


def agency_bands_gold(
    stem: str, plan: list, states: dict[str, str], *, description: str, area: str, victim: str
) -> dict:
    """The gold of the plan `plan` (agency -> [(number, recommendation, [(action, officer, target,
    update, status)])]) rendered at stem.txt, each printed status read through `states`."""
    lines = (HERE / f"{stem}.txt").read_text(encoding="utf-8").splitlines()
    recs, actions = [], []
    for agency, group in plan:
        for number, text, rows in group:
            recs.append(
                recommendation_record(
                    number,
                    " ".join(text.split()[:8]),
                    _line_of(lines, text),
                    agency=agency,
                    level="agency",
                    scope=None,
                )
            )
            for action, officer, target, _, status in rows:
                d, m, y = target.split(".")
                actions.append(
                    action_record(
                        " ".join(action.split()[:8]),
                        _line_of(lines, action),
                        recommendation_ref=number,
                        agency_section=agency,
                        lead=officer,
                        target_date_raw=target,
                        target_date=f"{y}-{m}-{d}",
                        status_raw=status,
                        status=states[status],
                    )
                )
    return plan_gold(
        stem,
        family=FAMILY,
        description=description,
        review=review("DHR", area, victim),
        review_alternatives={"area": [f"{area} Community Safety Partnership"]},
        recommendations=recs,
        actions=actions,
        notes=NOTES,
    )
