"""The plan's content lines with its label tables and side-by-side columns read into cell rows,
before any reader of column blocks or joined cells sees them: a header printed as two rows, label
tables printed as stacks, label columns and rows, gutter labels, joined label boxes, columns side
by side and labelled blocks, each reader in turn."""

from __future__ import annotations

from dhrparse.document import FURNITURE, Line, SourceDocument
from dhrparse.plan.gutter_labels import GutterLabels
from dhrparse.plan.joined_labels import JoinedLabels
from dhrparse.plan.joined_transposed import JoinedTransposed
from dhrparse.plan.label_columns import LabelColumns
from dhrparse.plan.label_rows import LabelRows
from dhrparse.plan.label_stacks import LabelStacks
from dhrparse.plan.labelled_blocks import LabelledBlocks
from dhrparse.plan.layouts import SideBySide
from dhrparse.plan.list_plans import ListPlans
from dhrparse.plan.sheet_letters import page_letters
from dhrparse.plan.sub_headers import join_sub_headers
from dhrparse.plan.transposed_tables import turn_transposed


def labelled_lines(plan, doc: SourceDocument, content: list[Line], p, vocab) -> list[Line]:
    """`content` (the plan's lines) with every label layout and side-by-side table read; `plan`
    the PlanLines asking (its column map, headings, readings and spacing)."""
    cm, furniture, headings = plan.cm, [ln for ln in doc.lines if ln.kind == FURNITURE], plan.heading_lines
    # (a header printed as two rows, "Progress" merged across "Update | RAG", made one)
    labels = LabelColumns(cm, furniture, plan.readings)
    # (a plan written as a two-level numbered list with label lines: plan.list_plans)
    content = ListPlans(cm, p.get("actions.plan.cell_labels", {}) or {}).rewrite(content)
    # (a plan printed transposed, one column per action: plan.transposed_tables; in joined
    # text each field's first line cut into its cells first: plan.joined_transposed)
    transposed = JoinedTransposed(cm, p)
    content = turn_transposed(transposed.rewrite(content), cm)
    # (label tables whose page's labels print as a stack before their values: plan.label_stacks)
    content = LabelStacks(cm, not plan.line_spaced).rewrite(join_sub_headers(content, cm))
    content = LabelRows(cm, furniture, labels).rewrite(labels.rewrite(content))
    blocks = LabelledBlocks(cm, p, frozenset(headings), plan.readings)
    content = GutterLabels(blocks.field).rewrite(content)
    # (such boxes in corpus text, each label's words joined to its value's: plan.joined_labels)
    content = JoinedLabels(cm, p, doc.line_spaced(), frozenset(headings)).rewrite(content)
    side = SideBySide(
        cm,
        headings,
        vocab.statement,
        vocab.part_or_theme,
        vocab.agency_heading_words,
        page_letters(furniture),  # (a spreadsheet print's letters set each page's columns)
    )
    content = blocks.rewrite(side.rewrite(content))
    # (rows on a page whose columns moved untold: plan.page_columns; transposed plans read from
    # each field's first line)
    plan.page_warnings = transposed.warnings + side.warnings
    return content
