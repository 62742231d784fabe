"""A plan marking who does each action in a run of agency columns: a lead / support matrix.

Partnerships print responsibility as a grid: after the action, one narrow column per agency
("Police | Health | ASC | Housing | DA Service"), an "L" in the column of the one agency leading
the action and an "S" in each supporting agency's; some mark only who acts, with a tick. A key
above the table spells the body behind each short head ("Police = Eastvale Constabulary;
Health = the ICB; ..."). No cell names the lead in words: the row's lead is the agency whose
column holds the lead's mark, named as the key names it (the column's head where no key does).

Read only where two or more columns no field is for hold nothing but marks in every row, and
most of them are headed by an agency (the gazetteer's name or kind of body, or a head the key
names). A row marking two leads, or ticking two agencies and marking none the lead, is told and
keeps no lead: which agency leads the grid does not say (unread beats wrong); supporters are
never the lead.

Vocabulary: patterns/actions.toml [plan.lead_matrix].
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from dhrparse.document import SourceDocument
from dhrparse.patterns import Patterns
from dhrparse.plan.tables import PlanTable
from dhrparse.plan.who_columns import EXTRA
from dhrparse.prepare.markup import flatten
from dhrparse.vocab.agencies import Gazetteer

KEYS = "actions.plan.lead_matrix"
MIN_COLUMNS = 2  # one agency column of marks is a column of its own, not a matrix
MIN_KEY_PAIRS = 2  # a key names the body behind two heads or more ("Police = …; Health = …")
BODY_WORDS = 10  # the most words of a body's name in a key pair


@dataclass(frozen=True)
class MatrixLead:
    """What a row's marks in the matrix say: its lead (None where the marks name none or several)
    and the heads of the columns marked as leading (two or more: told, no lead read)."""

    lead: str | None
    leads: tuple[str, ...]


def cell_kind(text: str, p: Patterns) -> str | None:
    """ "lead", "support" or "tick" for a cell holding one mark alone; "" for an empty cell; None
    for words (a cell no matrix holds)."""
    flat = " ".join(flatten(text or "").split()).strip().lower()
    if not flat:
        return ""
    if flat.strip(" .") in {m.lower() for m in p.list(f"{KEYS}.lead_marks")}:
        return "lead"
    if flat.strip(" .") in {m.lower() for m in p.list(f"{KEYS}.support_marks")}:
        return "support"
    return "tick" if p.joined(f"{KEYS}.tick").match(flat) else None


def _is_agency(head: str, gazetteer: Gazetteer, kinds: set[str]) -> bool:
    text = " ".join(flatten(head).split())
    return bool(gazetteer.find(text)) or text.lower() in kinds


def matrix_columns(table: PlanTable, keyed: set[str], p: Patterns, lead_head: str | None = None) -> list[str]:
    """The heads of the table's agency columns holding only marks, in printed order; none where
    the table has no such matrix. `lead_head` the head of a column read as the lead's that holds
    marks only (its cells under "lead")."""
    names = [lead_head if c == "lead" else c.removeprefix(EXTRA) for c in table.columns]
    names = [n for n, c in zip(names, table.columns) if c.startswith(EXTRA) or (c == "lead" and lead_head)]

    def cell(row, name: str) -> str:
        return (row.cells.get("lead") if name == lead_head else row.extra.get(name)) or ""

    marks = [n for n in names if all(cell_kind(cell(row, n), p) is not None for row in table.rows)]
    marked = [n for n in marks if any(cell(row, n).strip() for row in table.rows)]
    if len(marked) < MIN_COLUMNS:
        return []
    gazetteer = Gazetteer(p)
    kinds = {a.kind.lower() for a in gazetteer.agencies} - {""}
    agencies = [n for n in marks if n in keyed or _is_agency(n, gazetteer, kinds)]
    return marks if 2 * len(agencies) > len(marks) and len(agencies) >= MIN_COLUMNS else []


def key_bodies(doc: SourceDocument, heads: list[str], p: Patterns) -> dict[str, str]:
    """The body the plan's key names behind each head ("Police = Eastvale Constabulary"), read
    from prose lines holding two such pairs or more (a key's line wrapped onto the next joined),
    or one where a line beside holds one too (the key's last pair wrapped, a pair a line)."""
    if not heads:
        return {}
    seps = "|".join(regex.escape(s) for s in p.list(f"{KEYS}.pair_separators")) or "="
    alts = "|".join(regex.escape(h) for h in sorted(heads, key=len, reverse=True))
    pair = regex.compile(
        rf"(?<![\w-])(?P<head>{alts})\s*(?:{seps})\s*(?P<body>[^;=]+?)(?=\s*(?:;|\.(?:\s|$)|,?\s+(?:{alts})\s*(?:{seps})|$))"
    )
    lines = [ln.text for ln in doc.content_lines() if ln.cells is None]
    found: list[list[tuple[str, str]]] = []
    for k, text in enumerate(lines):
        # (a pair's body may wrap onto the next line; a pair is read on the line it opens on)
        joined = " ".join([text, *lines[k + 1 : k + 2]])
        found.append(
            [
                (m.group("head"), _tidy(m.group("body")))
                for m in pair.finditer(joined)
                if m.start() < len(text)
            ]
        )
    bodies: dict[str, str] = {}
    for k, pairs in enumerate(found):
        # (a key's line holds two pairs or more; a line of one pair is the key's where the line
        # before or after holds one too: the key's last pair wrapped, or a key set a pair a line)
        beside = (k and found[k - 1]) or (k + 1 < len(found) and found[k + 1])
        if len(pairs) >= MIN_KEY_PAIRS or (pairs and beside):
            for head, body in pairs:
                if body and len(body.split()) <= BODY_WORDS:
                    bodies.setdefault(head, body)
    return bodies


def _tidy(body: str) -> str:
    words = " ".join(body.split()).strip(" ,")
    return regex.sub(r"^(?:the|an?)\s+", "", words, flags=regex.I)


def mark_lead_matrix(doc: SourceDocument, tables: list[PlanTable], p: Patterns) -> None:
    """Set `lead_matrix` (each matrix column's head -> the body it stands for) on every plan table
    printing a lead / support matrix."""
    for table in tables:
        marked_lead = _lead_column_of_marks(table, p)
        heads = [c.removeprefix(EXTRA) for c in table.columns if c.startswith(EXTRA)]
        if marked_lead is not None:
            heads.append(marked_lead)
        bodies = key_bodies(doc, heads, p) if len(heads) >= MIN_COLUMNS else {}
        columns = matrix_columns(table, set(bodies), p, marked_lead) if len(heads) >= MIN_COLUMNS else []
        if columns:
            table.lead_matrix = {head: bodies.get(head, head) for head in columns}
            if marked_lead in columns:
                _lead_column_to_matrix(table, marked_lead)


def _lead_column_of_marks(table: PlanTable, p: Patterns) -> str | None:
    """The head of a column read as the lead's that holds only marks ("Lead", "Support": a lead
    word is its cells' whole text) under a head that is no lead's name ("Housing"): a matrix
    column the cells' words made the lead's; None where there is none."""
    if "lead" not in table.columns or len(table.headers) != len(table.columns):
        return None
    head = " ".join(table.headers[table.columns.index("lead")].split())
    cells = [row.cells.get("lead") or "" for row in table.rows]
    if not any(c.strip() for c in cells) or any(cell_kind(c, p) is None for c in cells):
        return None
    return head if cell_kind(head, p) is None and "lead" not in head.lower() else None


def _lead_column_to_matrix(table: PlanTable, head: str) -> None:
    """The marks read as leads moved to the matrix column they stand in."""
    table.columns[table.columns.index("lead")] = EXTRA + head
    for row in table.rows:
        mark = row.cells.pop("lead", None)
        if mark and mark.strip():
            row.extra[head] = mark


def matrix_lead(matrix: dict[str, str], extra: dict[str, str], p: Patterns) -> MatrixLead | None:
    """The lead a row's marks name in the table's matrix, or None where the table has none."""
    if not matrix:
        return None
    kinds = {head: cell_kind(extra.get(head, ""), p) for head in matrix}
    leads = [h for h, kind in kinds.items() if kind == "lead"] or [
        h for h, kind in kinds.items() if kind == "tick"
    ]
    if len(leads) == 1:
        return MatrixLead(matrix[leads[0]], (leads[0],))
    return MatrixLead(None, tuple(leads))


__all__ = ["MatrixLead", "cell_kind", "key_bodies", "mark_lead_matrix", "matrix_columns", "matrix_lead"]
