"""The gold frame the zoo's plan and recommendation builders share (the *_build.py and
pending/build_*.py scripts that write their gold: s21textplan, s22colrefs, s21corpus, board_response,
build_plan_state_cells, ...): a gold written by hand in the builder, each record's line looked up in
the builder's text export. (The chronology-only builders' frame is chron_report.py.)
Each builder keeps what makes its family: its rows, its wording, its gold's words (refs, leads,
dates as printed, the status each row means); this module holds the records' fixed fields, the
review record, the plain date and status readings, the line look-ups and the save.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from gold_lines import _with_line, find_line  # noqa: E402

__all__ = [
    "NO_LINE",
    "action_record",
    "find_line",
    "first_words",
    "ho_action",
    "ho_recommendation",
    "iso",
    "line_holding",
    "line_opening",
    "merged_plan_records",
    "plain_action",
    "plan_gold",
    "plan_gold_lines",
    "recommendation_record",
    "review",
    "save_gold",
    "season_or_month",
    "status",
]

MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]

SEASONS = ("spring", "summer", "autumn", "winter")

# a record's `line` left out: the zoo's earliest golds score no line
NO_LINE = object()

# the status words the zoo's plans print, as the gold scores them
STATUS = {
    "complete": "complete",
    "completed": "complete",
    "in progress": "in_progress",
    "ongoing": "in_progress",
    "not started": "not_started",
}


def review(
    review_type: str | None,
    area: str | None,
    pseudonym: str | None = None,
    *,
    doc_kind: str | None = "action_plan",
    review_id: str | None = None,
    author: str | None = None,
    age: int | None = None,
    date_of_death: str | None = None,
) -> dict:
    """The gold's review record: one victim named by `pseudonym`, or none when no one is named."""
    return {
        "review_id": review_id,
        "review_type": review_type,
        "area": area,
        "doc_kind": doc_kind,
        "author": author,
        "victims": [{"pseudonym": pseudonym, "age": age}] if pseudonym else [],
        "date_of_death": date_of_death,
    }


def recommendation_record(
    ref: str | None,
    text_start: str,
    line: int | None | object,
    *,
    agency: str | None = None,
    level: str = "overview",
    title: str | None = None,
    aliases: list[str] | None = None,
    outcome: str | None = None,
    scope: str | None = "local",
    themes: list[str] | None = None,
) -> dict:
    """A gold recommendation; `themes` None leaves them unannotated (no key), as most plans do."""
    rec = {
        "ref": ref,
        "level": level,
        "agency": agency,
        "title": title,
        "text_start": text_start,
        "aliases": aliases or [],
        "outcome": outcome,
        "scope": scope,
        "line": line,
    }
    if themes is not None:
        rec["themes"] = themes
    return _lined(rec)


def action_record(
    action_start: str,
    line: int | None | object,
    *,
    ref: str | None = None,
    recommendation_ref: str | None = None,
    agency_section: str = "overview",
    lead: str | None = None,
    target_date_raw: str | None = None,
    target_date: str | None = None,
    status_raw: str | None = None,
    status: str = "unknown",
) -> dict:
    """A gold action-plan row; a row printing no status is `unknown`."""
    return _lined(
        {
            "ref": ref,
            "recommendation_ref": recommendation_ref,
            "agency_section": agency_section,
            "action_start": action_start,
            "lead": lead,
            "target_date_raw": target_date_raw,
            "target_date": target_date,
            "status_raw": status_raw,
            "status": status,
            "line": line,
        }
    )


def _lined(record: dict) -> dict:
    if record["line"] is NO_LINE:
        del record["line"]
    return record


def plain_action(
    action_start: str, line: int | None | object, *, lead: str | None, due: str, state: str, **fields
) -> dict:
    """A gold action whose target date and status are printed plainly: read by iso and status."""
    return action_record(
        action_start,
        line,
        lead=lead,
        target_date_raw=due,
        target_date=iso(due),
        status_raw=state,
        status=status(state),
        **fields,
    )


def ho_recommendation(number: str, rec: str, agency: str | None, scope: str) -> dict:
    """A recommendation of a plan on the Home Office template: its row's number its ref, its
    first twelve words, its scope cell's word; no line."""
    return recommendation_record(number, " ".join(rec.split()[:12]), None, agency=agency, scope=scope.lower())


def ho_action(number: str, action: str, lead: str, target: str, outcome: str, state: str) -> dict:
    """An action of a plan on the Home Office template: the recommendation's number its ref, its
    first eight words, the target read by iso, the outcome cell the status as printed; no line."""
    return action_record(
        " ".join(action.split()[:8]),
        None,
        ref=number,
        recommendation_ref=number,
        lead=lead,
        target_date_raw=target,
        target_date=iso(target),
        status_raw=outcome,
        status=state,
    )


def merged_plan_records(lines: list[str], recs, *, coded: bool) -> tuple[list[dict], list[dict]]:
    """The gold of a tracker table whose number and short-form recommendation cells ('<Body> to
    <verb> ...', no 'should') are merged down over their action rows: `recs` holds
    (number, recommendation, [(code, action, lead, due, status), ...]); an action's ref is its
    code where the plan prints one (`coded`). Each record's line is the first opening with its
    first 25 characters."""
    recommendations = [
        recommendation_record(
            number,
            text[:80],
            line_opening(lines, text[:25]),
            agency=text.split(" to ")[0],
            scope=None,
            themes=[],
        )
        for number, text, _ in recs
    ]
    actions = [
        plain_action(
            text.rstrip("."),
            line_opening(lines, text[:25]),
            lead=lead,
            due=due,
            state=state,
            ref=code if coded else None,
            recommendation_ref=number,
        )
        for number, _, rows in recs
        for code, text, lead, due, state in rows
    ]
    return recommendations, actions


def plan_gold(
    stem: str,
    *,
    description: str,
    review: dict,
    notes: str,
    recommendations: list[dict] = (),
    actions: list[dict] = (),
    chronology: list[dict] = (),
    family: str | None = None,
    review_alternatives: dict | None = None,
) -> dict:
    """The whole gold of the zoo document `stem`, its family named after it unless named;
    `review_alternatives` the other readings of review fields the scorer also accepts."""
    gold = {
        "file": f"{stem}.txt",
        "family": family or stem,
        "description": description,
        "review": review,
    }
    if review_alternatives is not None:
        gold["review_alternatives"] = review_alternatives
    gold.update(
        recommendations=list(recommendations),
        actions=list(actions),
        chronology=list(chronology),
        notes=notes,
    )
    return gold


def plan_gold_lines(lines: list[str], stem: str, *, recommendations=(), actions=(), **fields) -> dict:
    """plan_gold for records made by gold_lines.R and A, each record's line looked up in `lines`
    (pinned, or the first line where its text_start / action_start begins)."""
    return plan_gold(
        stem,
        recommendations=[_with_line(r, "text_start", lines) for r in recommendations],
        actions=[_with_line(a, "action_start", lines) for a in actions],
        **fields,
    )


def save_gold(folder: Path, stem: str, gold: dict) -> None:
    """The gold written as folder/stem.json, in the zoo's layout."""
    (folder / f"{stem}.json").write_text(
        json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )


def iso(raw: str) -> str | None:
    """A printed target date as ISO: dd/mm/yyyy a day, 'Month yyyy' a month; anything else
    ('On publication', 'Quarterly') none."""
    parts = raw.replace("/", " ").split()
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        return f"{parts[2]}-{parts[1]}-{parts[0]}"
    if len(parts) == 2 and parts[0].lower() in MONTHS:
        return f"{parts[1]}-{MONTHS.index(parts[0].lower()) + 1:02d}"
    return None


def season_or_month(raw: str) -> str | None:
    """A target printed as a season ('Autumn 2025', 'Winter 2025/26': its first year, year
    precision) or ending in a month and year ('End of September 2025': the month); anything else
    none."""
    words = raw.split()
    if len(words) >= 2 and words[0].lower() in SEASONS:
        return words[1][:4]
    if len(words) >= 2 and words[-2].lower() in MONTHS:
        return f"{words[-1]}-{MONTHS.index(words[-2].lower()) + 1:02d}"
    return None


def status(raw: str) -> str:
    """A plain printed status word as the gold scores it (a KeyError for any other wording: a
    builder whose plan prints more says what each state means itself)."""
    return STATUS[raw.lower()]


def first_words(text: str, count: int) -> str:
    """A record's text_start: the first `count` words of its text."""
    return " ".join(text.split()[:count])


def line_opening(lines: list[str], start: str, exact: bool = False) -> int:
    """The 1-based line that opens with `start` (with `exact`, that is `start`), after its indent."""
    for k, text in enumerate(lines, start=1):
        if (text.strip() == start) if exact else text.strip().startswith(start):
            return k
    raise ValueError(f"not printed: {start!r}")


def line_holding(lines: list[str], start: str, words: int) -> int | None:
    """The 1-based line of the first line holding the first `words` words of `start` (spacing
    aside); None where none does."""
    probe = first_words(start, words)
    for n, text in enumerate(lines, 1):
        if probe in " ".join(text.split()):
            return n
    return None
