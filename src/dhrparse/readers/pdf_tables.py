"""Ruled tables found from a PDF page's drawn lines.

Councils publish action plans as Word tables with every cell ruled, so the lines
a page draws are the table's grid. The grid is built from the page's path objects
(thin lines and rectangle edges); a missing rule between two grid slots means a
merged cell. The text is put into the grid's cells by pdf_cells.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dhrparse.readers.pdfium_raw import object_bounds, page_objects, segment_count

_THIN = 3.0  # a path this thin in one direction is a rule (points)
_SNAP = 2.0  # rules this close are the same grid line
_TOUCH = 3.0  # a horizontal and vertical rule this close meet
MAX_PATHS = 20000  # a page drawing more paths than this is a picture, not a table
# rules are paired to find tables; a page with more pairs than this (a dense table has a
# few hundred thousand) is a drawing, and pairing its rules would take minutes
MAX_RULE_PAIRS = 4_000_000


def spine_table(xs: list[float], ys: list[float], page_w: float) -> PdfTable | None:
    from dhrparse.readers.pdf_spines import spine_table as widened  # (pdf_spines builds on this module)

    return widened(xs, ys, page_w)


@dataclass
class Seg:
    """One drawn rule."""

    pos: float  # y of a horizontal rule, x of a vertical one
    lo: float  # start along the rule
    hi: float


@dataclass
class PdfTable:
    """Where a table stands on a PDF page and the text of its rows: the PDF reader's own
    geometry, used only inside readers/. Its rows leave the reader as Lines carrying
    `cells`, and the structure step builds the one table model, `document.Table`, from
    those. A ruled table keeps the rules it was built from (merged cells are where a rule
    is missing); an unruled one (pdf_columns) has column edges and no row boundaries."""

    left: float
    bottom: float
    right: float
    top: float
    xs: list[float]  # column boundaries, left to right
    ys: list[float]  # row boundaries, top to bottom
    rows: list[list[str]] = field(default_factory=list)
    # the paragraph breaks of a row's cells, by the row's cells as read (pdf_cell_breaks)
    breaks: dict[tuple[str, ...], tuple[tuple[int, ...], ...]] = field(default_factory=dict, repr=False)
    # the slots of a row's cells that a cell merged down from a row above covers (pdf_cells)
    merged: dict[tuple[str, ...], tuple[int, ...]] = field(default_factory=dict, repr=False)
    h_rules: list[Seg] = field(default_factory=list, repr=False)
    v_rules: list[Seg] = field(default_factory=list, repr=False)
    spine: bool = False  # a one-column stack of shaded cells widened across the page (pdf_spines)


def _rules(paths: list, page_w: float, page_h: float) -> tuple[list[Seg], list[Seg]]:
    horiz: list[Seg] = []
    vert: list[Seg] = []
    for obj in paths:
        bounds = object_bounds(obj)
        if bounds is None:
            continue
        x0, y0, x1, y1 = bounds
        w, h = x1 - x0, y1 - y0
        if h <= _THIN and w > _THIN:
            horiz.append(Seg((y0 + y1) / 2, x0, x1))
        elif w <= _THIN and h > _THIN:
            vert.append(Seg((x0 + x1) / 2, y0, y1))
        elif w > _THIN and h > _THIN and w * h < 0.5 * page_w * page_h and segment_count(obj) <= 6:
            # a cell drawn as a rectangle: its four edges are rules
            horiz += [Seg(y0, x0, x1), Seg(y1, x0, x1)]
            vert += [Seg(x0, y0, y1), Seg(x1, y0, y1)]
    return horiz, vert


def _snap(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if out and v - out[-1] <= _SNAP:
            continue
        out.append(v)
    return out


def _components(horiz: list[Seg], vert: list[Seg]) -> list[tuple[list[Seg], list[Seg]]]:
    """Groups of rules that touch one another: one group per table."""
    nodes = [("h", s) for s in horiz] + [("v", s) for s in vert]
    parent = list(range(len(nodes)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    nh = len(horiz)
    for i, h in enumerate(horiz):
        for k, v in enumerate(vert):
            if h.lo - _TOUCH <= v.pos <= h.hi + _TOUCH and v.lo - _TOUCH <= h.pos <= v.hi + _TOUCH:
                a, b = find(i), find(nh + k)
                if a != b:
                    parent[a] = b
    groups: dict[int, tuple[list[Seg], list[Seg]]] = {}
    for i, (kind, seg) in enumerate(nodes):
        g = groups.setdefault(find(i), ([], []))
        (g[0] if kind == "h" else g[1]).append(seg)
    return [g for g in groups.values() if g[0] and g[1]]


def find_tables(page_raw, page_w: float, page_h: float, paths: list | None = None) -> list[PdfTable]:
    """The ruled tables a page draws, top first; `paths` are its path objects when
    already listed."""
    horiz, vert = _rules(page_objects(page_raw).paths if paths is None else paths, page_w, page_h)
    if len(horiz) < 2 or len(vert) < 3 or len(horiz) * len(vert) > MAX_RULE_PAIRS:
        return []
    tables = []
    for hs, vs in _components(horiz, vert):
        xs = _snap([v.pos for v in vs])
        ys = sorted(_snap([h.pos for h in hs]), reverse=True)
        if len(xs) == 2 and (spine := spine_table(xs, ys, page_w)) is not None:
            tables.append(spine)  # (a spine timeline's date cells: kept where text stands beside them)
            continue
        if len(xs) < 3 or len(ys) < 2:  # one column or no row: a box round text, not a table
            continue
        tables.append(
            PdfTable(left=xs[0], bottom=ys[-1], right=xs[-1], top=ys[0], xs=xs, ys=ys, h_rules=hs, v_rules=vs)
        )
    tables.sort(key=lambda t: -t.top)
    return tables


def _has_vertical(vs: list[Seg], x: float, y: float) -> bool:
    return any(abs(v.pos - x) <= _SNAP and v.lo - 1 <= y <= v.hi + 1 for v in vs)


def _has_horizontal(hs: list[Seg], y: float, x: float) -> bool:
    return any(abs(h.pos - y) <= _SNAP and h.lo - 1 <= x <= h.hi + 1 for h in hs)


def cell_owners(table: PdfTable) -> list[list[tuple[int, int]]]:
    """For each grid slot, the top-left slot of the (possibly merged) cell holding it."""
    xs, ys = table.xs, table.ys
    nrows, ncols = len(ys) - 1, len(xs) - 1
    # the rules drawn along each grid line
    near_x = [[v for v in table.v_rules if abs(v.pos - x) <= _SNAP] for x in xs]
    near_y = [[h for h in table.h_rules if abs(h.pos - y) <= _SNAP] for y in ys]
    owner = [[(i, j) for j in range(ncols)] for i in range(nrows)]
    for i in range(nrows):
        mid_y = (ys[i] + ys[i + 1]) / 2
        for j in range(ncols):
            if j > 0 and not _has_vertical(near_x[j], xs[j], mid_y):
                owner[i][j] = owner[i][j - 1]
            elif i > 0 and not _has_horizontal(near_y[i], ys[i], (xs[j] + xs[j + 1]) / 2):
                owner[i][j] = owner[i - 1][j]
    return owner
