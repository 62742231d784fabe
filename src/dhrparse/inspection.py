"""`dhrparse inspect`: the section tree, blocks, tables and record provenance, drawn with rich."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table as RichTable
from rich.tree import Tree

from dhrparse.coverage import uncovered_lines
from dhrparse.document import Section
from dhrparse.output.terminal import printable
from dhrparse.pipeline import Analysis


def _safe(text) -> str:
    """Document text as printed: control characters escaped (a PDF's text can hold
    terminal escape sequences), rich markup brackets made literal."""
    return printable(text).replace("[", r"\[")


KINDS = ("recommendations", "actions", "chronology")
CLAIM_NAMES = {"chronology": "chronology section", "plan": "plan", "recommendations": "recommendations"}


def _records_in(analysis: Analysis, section: Section) -> dict[str, list]:
    doc = analysis.document
    out: dict[str, list] = {}
    for kind in KINDS:
        hits = [
            r for r in getattr(doc, kind) if section.line_start <= r.location.line_start <= section.line_end
        ]
        if hits:
            out[kind] = hits
    return out


def _label(analysis: Analysis, section: Section) -> str:
    found = _records_in(analysis, section)
    counts = ", ".join(f"{k}: {len(v)}" for k, v in found.items())
    heading = _safe(section.heading)
    tail = f"  [green]{counts}[/green]" if counts else ""
    claimed = sorted(
        {
            CLAIM_NAMES.get(c.kind, c.kind)
            for c in analysis.claims
            if analysis.source.section_at(c.line_start) is section
        }
    )
    if claimed:
        tail += "  [magenta]claimed: " + ", ".join(claimed) + "[/magenta]"
    return f"[bold]{heading}[/bold]  [dim]lines {section.line_start}–{section.line_end}[/dim]{tail}"


def show(
    analysis: Analysis,
    *,
    blocks: bool = False,
    section_filter: str | None = None,
    console: Console | None = None,
) -> None:
    """Everything `dhrparse inspect` prints, from the document's outline down to what was left unread."""
    console = console or Console()
    _print_summary(console, analysis)
    console.print(_section_tree(analysis, blocks, section_filter))
    if analysis.source.tables:
        console.print(_tables(analysis.source))
    for kind in KINDS:
        if getattr(analysis.document, kind):
            console.print(_records(kind, getattr(analysis.document, kind)))
    _print_coverage(console, analysis)
    if analysis.document.warnings:
        console.print(_warnings(analysis.document.warnings))


def _print_summary(console: Console, analysis: Analysis) -> None:
    src, doc = analysis.source, analysis.document
    content = sum(1 for _ in src.content_lines())
    console.print(
        f"[bold]{_safe(src.name)}[/bold]  format={src.format} pages={src.pages or '-'} "
        f"lines={len(src.lines)} content-lines={content} blocks={len(src.blocks)} tables={len(src.tables)}"
    )
    r = doc.review
    console.print(
        f"review: id={_safe(r.review_id)} type={r.review_type} kind={r.doc_kind} area={_safe(r.area)} "
        f"author={_safe(r.author)} "
        f"death={(r.date_of_death.start if r.date_of_death else None)}"
    )
    console.print(
        f"records: {len(doc.recommendations)} recommendations, {len(doc.actions)} actions, "
        f"{len(doc.chronology)} chronology events, {len(doc.warnings)} warnings"
    )


def _section_tree(analysis: Analysis, blocks: bool, section_filter: str | None) -> Tree:
    """The sections with their line ranges, records and claims; --section keeps the sections whose
    heading (or a sub-section's) names it, and --blocks lists the blocks of those inside it."""
    wanted = section_filter.lower() if section_filter is not None else None

    def shown(section: Section) -> bool:
        return wanted is None or any(wanted in s.heading.lower() for s in section.walk())

    def opened(section: Section) -> bool:
        return blocks and (
            wanted is None
            or wanted in section.heading.lower()
            or any(wanted in a.heading.lower() for a in section.ancestors() if a.level)
        )

    def add(node: Tree, section: Section) -> None:
        for child in section.children:
            if not shown(child):
                continue
            branch = node.add(_label(analysis, child))
            if opened(child):
                for b in child.blocks:
                    if b.kind != "heading":
                        branch.add(_block_line(b))
            add(branch, child)

    tree = Tree("[bold]sections[/bold]")
    if analysis.source.root is not None:
        add(tree, analysis.source.root)
    return tree


def _block_line(b) -> str:
    num = f"{b.number} " if b.number else ""
    text = b.text if b.kind != "table" else f"table, {len(b.table.rows)} rows: " + b.text.split(chr(10))[0]
    text = _safe(text.replace("\t", " ⇥ "))
    return f"[cyan]{b.kind}[/cyan] [dim]{b.line_start}–{b.line_end}[/dim] {num}{text[:100]}"


def _tables(src) -> RichTable:
    t = RichTable(title="tables", show_lines=False)
    for col in ("lines", "page", "rows", "first row"):
        t.add_column(col)
    for tab in src.tables:
        first = " | ".join(c.text for c in tab.rows[0].cells)[:90] if tab.rows else ""
        t.add_row(
            f"{tab.line_start}–{tab.line_end}", str(tab.page or "-"), str(len(tab.rows)), printable(first)
        )
    return t


def _records(kind: str, recs: list) -> RichTable:
    t = RichTable(title=kind)
    for col in ("id", "ref", "lines", "section", "text"):
        t.add_column(col, overflow="fold")
    for rec in recs:
        text = getattr(rec, "text", None) or getattr(rec, "action", None) or ""
        t.add_row(
            rec.id,
            printable(rec.ref or ""),
            f"{rec.location.line_start}–{rec.location.line_end}",
            printable((rec.location.section or "")[:40]),
            printable(text[:70]),
        )
    return t


def _print_coverage(console: Console, analysis: Analysis) -> None:
    """The claimed regions, and the content lines inside them that nothing was read from."""
    missing = uncovered_lines(analysis.source, analysis.document, analysis.claims, analysis.structure)
    regions = ", ".join(
        f"{CLAIM_NAMES.get(c.kind, c.kind)} {c.line_start}–{c.line_end}"
        for c in sorted(analysis.claims, key=lambda c: c.line_start)
    )
    console.print(f"claimed regions: {regions or 'none'}")
    console.print(f"content lines in claimed regions that no record or warning holds: {len(missing)}")
    if not missing:
        return
    t = RichTable(title="uncovered lines")
    for col in ("line", "claimed as", "section", "text"):
        t.add_column(col, overflow="fold")
    for u in missing:
        t.add_row(
            str(u.line),
            CLAIM_NAMES.get(u.kind, u.kind),
            printable((u.section or "")[:40]),
            printable(u.text[:90]),
        )
    console.print(t)


def _warnings(warnings: list) -> RichTable:
    t = RichTable(title="warnings")
    for col in ("code", "lines", "message"):
        t.add_column(col, overflow="fold")
    for w in warnings:
        loc = f"{w.location.line_start}–{w.location.line_end}" if w.location else "-"
        t.add_row(w.code, loc, printable(w.message))
    return t
