"""Recommendations extractor: every recommendation a review makes, who must act, and where.

Three shapes are read from the segmented blocks:
- labelled recommendations ("Recommendation 1", "Recommendation 2: Title", "Recommendation:
  Title", "Recommendation 5. text") with their body: numbered sub-items ("1.1"), sub-parts
  ("(i)", or several plain paragraphs -> "1(i)", "1(ii)"), bullets kept as lines, and an
  "Expected outcome:"/"Aim:" block given to every item before it;
- single-agency lists: sections headed like "Individual Recommendations", with agency
  headings each followed by bullets (one record per top-level bullet; a short title bullet
  keeps its sub-bullets) or an intro paragraph and bullets (one record);
- an agency's own list in the narrative ("the Trust made the following recommendations for
  itself:"), used only as other wordings (aliases) of the formal ones;
- a briefing's short forms "R1" … "Rn" (short_forms), read as a whole run where the label
  readers missed one: the recommendations, or other wordings of those stated in full.
Restatements are folded into the first statement (restatements); the action-plan
extractor's `plan_recommendations` statements are merged in at the end.

The parts, each one job: regions (where recommendations sections are), labels (labelled
units) and bodies (their sub-items), lists (unlabelled and lead-in lists), agency_runs
(single-agency lists), tables (and layout_rows: an agency-keyed table a layout text export
printed side by side; joined_rows: a table whose printed lines joined their cells;
agency_cell_lines: a "No. | Recommendation | Agency" table printed a line at a time across
its cells), records (an item to a Recommendation: who acts), statements
and restatements (folding other wordings), claims (what the chapter holds that no record
does), ids; scan hands each block to the part that reads it.
"""

from __future__ import annotations

from dhrparse.document import SourceDocument
from dhrparse.extractors.recommendations import (
    agency_cell_lines,
    plan_actions,
    plan_citations,
    plan_fragments,
    plan_labels,
    plan_number_column,
    plan_openings,
    plan_preamble,
    pointers,
    prose,
    restatements,
)
from dhrparse.extractors.recommendations.ids import assign_ids
from dhrparse.extractors.recommendations.number_column import number_cells
from dhrparse.extractors.recommendations.plan_quotes import fold_quoted
from dhrparse.extractors.recommendations.reading import Reading
from dhrparse.extractors.recommendations.records import name_actor, plan_statement, to_record, to_records
from dhrparse.extractors.recommendations.scan import read_items
from dhrparse.extractors.recommendations.statements import fold_statements
from dhrparse.extractors.recommendations.tracker_recommendation_tables import part_a_items
from dhrparse.ledger import Ledger
from dhrparse.models import Recommendation, Review

__all__ = ["extract"]


def extract(
    doc: SourceDocument,
    ctx: Ledger,
    review: Review,
    plan_recommendations: list[Recommendation] | None = None,
) -> list[Recommendation]:
    """`review`: the review extractor's reading (a whole action plan holds no report
    recommendations); `plan_recommendations`: the statements the plan stage read in the plans."""
    r = Reading(doc, ctx)
    # a whole action plan states its recommendations in its rows, which the plan stage read
    formal, secondary = ([], []) if review.doc_kind == "action_plan" else read_items(r)
    formal, pointing = pointers.split_pointing(formal, ctx.patterns)  # "... (Recommendation 2)."
    number_cells(r, formal)  # a number column exported one cell to a line
    prose.number_closings(r, formal)  # prose paragraphs closed by "(Recommendation N)"
    formal = agency_cell_lines.part_agency_cells(r, formal)  # ("No. | Recommendation | Agency" by lines)
    summarised, secondary = secondary, pointing + secondary
    records = fold_statements([(it.source, to_record(r, it)) for it in formal])
    records = plan_openings.fold_opening_records(records)  # (an appended plan's split cells)
    if plan_recommendations:
        plan = [plan_statement(r, rec) for rec in plan_recommendations]
        plan = plan_number_column.number_from_column(r, plan)  # (numbers printed above their cells)
        plan = plan_citations.fold_cited(records, plan)
        plan = fold_quoted(records, plan)  # (an unnumbered plan cell quoting one in full)
        plan = plan_openings.fold_openings(records, plan)  # (only a cell's first line: "The Board should")
        plan = plan_labels.fold_labelled(r, records, plan)  # ("9 | Local Recommendation 5: ...")
        plan = plan_labels.without_bare_labels(r, records, plan)  # ("Local Recommendation" alone)
        plan = plan_actions.without_action_numbers(r, records, plan)  # ("1.1 Add a module ...")
        records, plan = plan_preamble.stated_above(r, records, plan)  # ("Rec 1 - Risk sharing" lookups)
        records = plan_fragments.merge_plan(r, records, plan)  # (a row's uncut cells no record)
    if secondary:
        records = restatements.merge_restatements(
            records, to_records(r, secondary), append_unmatched=False, gap_threshold=None, by_ref=True
        )
    if not records:  # a plan that states the report's recommendations only as a list above its table
        records = to_records(r, plan_preamble.listed_items(r))
    if not records and summarised:
        # a list read as restating recommendations stated elsewhere, when nothing else states them (the
        # "Recommendation N" lines further on were a progress report's, the plan's): the list is theirs
        records = to_records(r, summarised)
    if not records and review.doc_kind == "action_plan":  # ... or as a table of their own ("Part A")
        records = to_records(r, part_a_items(r, read_items(r)[0]))
    for rec in records:
        name_actor(r, rec)
    return assign_ids(records)
