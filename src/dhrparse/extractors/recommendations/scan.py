"""One pass down the document's blocks, handing each to the part that reads its shape:
tables, labelled units, single-agency runs, unlabelled lists in a recommendations section,
and, in the narrative, summaries' lists and agencies' own lists (other wordings only)."""

from __future__ import annotations

from dataclasses import dataclass, field

from dhrparse.document import Block
from dhrparse.extractors.recommendations import (
    agency_columns,
    agency_runs,
    announced,
    claims,
    coded_lists,
    finding_layout_rows,
    joined_rows,
    labels,
    layout_rows,
    lists,
    plan_code_rows,
    plan_tails,
    ref_first_layout,
    short_forms,
    stacked_rows,
    summaries,
    tables,
)
from dhrparse.extractors.recommendations.item import Item
from dhrparse.extractors.recommendations.reading import Reading
from dhrparse.extractors.recommendations.regions import find_regions, series_prefixes
from dhrparse.extractors.recommendations.vocabulary import Label


@dataclass
class _Found:
    regions: list
    labelled: set[int]  # overview regions holding recommendation labels: read by label only
    formal: list[Item] = field(default_factory=list)  # the report's recommendations
    secondary: list[Item] = field(default_factory=list)  # other wordings of them (aliases)
    units: list[tuple[int, int]] = field(default_factory=list)  # (first, end) blocks read as units
    summarised: list[Item] = field(default_factory=list)  # a summary's labelled lines (summaries)
    in_summary_section: list[Item] = field(default_factory=list)  # those under a summary's heading


def read_items(r: Reading) -> tuple[list[Item], list[Item]]:
    """(formal recommendations, other wordings of them), in document order."""
    regions = find_regions(r)
    r.series = series_prefixes(r, regions)
    # (the chapter's whole-numbered recommendations: "2a" under "2" is read as a part of it)
    r.numbered = frozenset(
        b.number
        for k, b in enumerate(r.blocks)
        if b.number
        and b.number.isdigit()
        and regions[k][0] in ("overview", "agency")
        and r.vocab.asking.search(b.text)
    )
    labelled = {
        regions[k][1]
        for k, b in enumerate(r.blocks)
        if b.kind in ("heading", "paragraph", "bullet")
        and r.label_match(b.text, regions[k][0] in ("overview", "agency"))
    }
    found = _Found(regions, labelled)
    i = 0
    while i < len(r.blocks):
        i = _step(r, found, i)
    # a summary's lines restate the chapter's recommendations; with no chapter, they are its list
    (found.secondary if found.formal else found.formal).extend(found.summarised)
    # a briefing's "R1" … "Rn" the label readers missed in a joined box or read past
    found.formal, found.secondary = short_forms.read_run(r, regions, found.formal, found.secondary)
    found.formal = announced.before_lead_in(r, found.formal)  # conclusions above "the following:"
    announced.single_agency_lists(r, found.formal)
    claims.claim(r, regions, found.formal + found.in_summary_section, found.units)
    return found.formal, found.secondary


def _step(r: Reading, found: _Found, i: int) -> int:
    """Read what starts at block i; returns the block after it."""
    b = r.blocks[i]
    mode, source, _ = found.regions[i]
    if mode == "plan":  # the plan stage owns statements printed in action plans
        m = coded_lists.coded_label(r, b)  # (not the agency's coded list above its table)
        return _labelled(r, found, i, m) if m is not None else i + 1
    # an "Agency | No. | Recommendation" table printed side by side, or column by column
    table = (
        layout_rows.layout_table(r, i, found.regions)
        or finding_layout_rows.layout_table(r, i, found.regions)  # ("Finding | Recommendation | Agency")
        or ref_first_layout.layout_table(
            r, i, found.regions
        )  # ("No. | Para. | Recommendation | Organisation")
        or joined_rows.joined_table(r, i, found.regions)
        or agency_columns.column_table(r, i, found.regions)
        or stacked_rows.stacked_table(r, i, found.regions)  # ("No. | Recommendation | For" a cell a line)
        if mode in ("agency", "overview")
        else None
    )
    if table is not None:  # an "Agency | Recommendation" table the export printed column by column
        found.formal.extend(table[0])
        found.units.append((i, table[1]))
        return table[1]
    asks = b.kind == "table" and mode == "" and not r.in_plan(b) and tables.headed_asks_table(r, b)
    if b.kind == "table" and (mode in ("agency", "overview") or asks) and not r.in_plan(b):
        items = tables.table_items(r, b, mode or "overview", source)
        found.formal.extend(items)
        if items:
            found.units.append((i, i + 1))
        return i + 1
    if b.kind == "table" and mode == "" and not r.in_plan(b):
        found.formal.extend(coded_lists.table_rows(r, b, source, None))
        return i + 1
    if b.kind in ("table", "toc"):
        return i + 1
    m = _label_at(r, b, mode)
    if m is not None:
        return _labelled(r, found, i, m)
    if mode == "agency":
        items, end = agency_runs.agency_run(r, i, found.regions)
        found.formal.extend(items)
        return end
    if mode == "overview" and source not in found.labelled:
        items, end = lists.overview_list(r, i, found.regions)
        found.formal.extend(items)
        return end
    return _narrative(r, found, i)


def _label_at(r: Reading, b: Block, mode: str) -> Label | None:
    if (
        b.kind == "paragraph"
        or (b.kind == "heading" and b.level >= 4)
        or (b.kind == "bullet" and b.level == 0)
    ):
        return r.label_match(b.text, mode in ("overview", "agency"))
    if b.kind == "heading" and mode == "overview" and len(b.text.split()) <= LABEL_HEADING_WORDS:
        # "Recommendation 3" set in a Word heading style inside the recommendations chapter
        m = r.label_match(b.text, True)
        return m if m is not None and m.ref else None
    return None


LABEL_HEADING_WORDS = 12


def _labelled(r: Reading, found: _Found, i: int, m: Label) -> int:
    b = r.blocks[i]
    mode, source, heading_agency = found.regions[i]
    if labels.plan_row_label(r, i, m):
        r.ctx.warn(
            "not_a_recommendation",
            f"an action-plan row pointing back at recommendation "
            f"{m.ref or m.rest!r}, not a recommendation: {r.blocks[i + 1].text[:120]!r}",
            r.loc(r.blocks[i : i + 2]),
        )
        return i + 1
    if r.in_plan(b):
        return i + 1  # "Recommendation: L1" opening an action's labelled block: the plan stage read it
    if plan_code_rows.plan_code_row(r, i, m):  # ("R1.2" over "Overdue" / "30%" under a plan's header)
        return plan_code_rows.warn_plan_code(r, i, m)
    if mode == "" and plan_tails.plan_cell_label(r, found.formal, i, m):
        plan_tails.warn_plan_cell(r, i, m)  # ("R3" printed again under the plan's last row)
        return i + 1
    level = "agency" if mode == "agency" or coded_lists.agency_coded(r, m) else "overview"
    agency = agency_runs.agency_for(r, heading_agency, i, found.regions) if level == "agency" else None
    items, end = labels.label_unit(r, i, m, level, agency, source)
    if level == "overview" and heading_agency:
        for it in items:  # made to the body the section heading names
            it.actor_text = it.actor_text or heading_agency
    # a summary's bullet list of labelled recommendations ("• R1: the Partnership to ...")
    # outside any recommendations chapter restates them: other wordings only
    if (mode == "" and b.kind != "bullet" and summaries.summarised(r, i, found.regions)) or (
        mode == "overview" and summaries.summary_section(r, source)
    ):
        found.summarised.extend(items)
        if mode == "overview":
            found.in_summary_section.extend(items)  # (claimed as read)
    else:
        (found.secondary if b.kind == "bullet" and mode == "" else found.formal).extend(items)
    found.units.append((i, end))
    return end


def _narrative(r: Reading, found: _Found, i: int) -> int:
    """Outside the labelled units and lists: learning points among them, a summary's list,
    an agency's own list."""
    b = r.blocks[i]
    mode, source, _ = found.regions[i]
    prose = b.kind in ("paragraph", "heading")
    if (
        (mode == "" or (mode == "overview" and source in found.labelled))
        and prose
        and r.vocab.is_stop(b.text)
        and r.near_label(i)
    ):
        # a learning point or finding printed among the recommendations: said, not taken
        r.ctx.warn(
            "not_a_recommendation", f"read as learning, not a recommendation: {b.text[:160]!r}", r.loc([b])
        )
        r.hold(b, "learning point or finding (warned as not a recommendation)")
        return i + 1
    if mode != "" or not b.text.rstrip().endswith(":"):
        return i + 1
    if prose and any(p.search(b.text) for p in r.vocab.summary_intro):
        items, end = lists.summary_list(r, i, source)
        found.secondary.extend(items)
        return end
    if b.kind == "paragraph" and any(p.search(b.text) for p in r.vocab.self_list_intro):
        items, end = lists.self_list(r, i, mode, source)
        found.secondary.extend(items)
        return end
    return i + 1
