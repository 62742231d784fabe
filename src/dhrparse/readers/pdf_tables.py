"""Ruled tables found from a PDF page's drawn lines, read with PDFium.

Councils publish action plans as Word tables with every cell ruled, so the lines
a page draws are the table's grid. The grid is built from the page's path objects
(thin lines and rectangle edges); a missing rule between two grid slots means a
merged cell. Cell text is read by PDFium's bounded-text call, so a table page
costs a few milliseconds instead of a full layout analysis.
"""

from __future__ import annotations

import bisect
import ctypes
import re
from dataclasses import dataclass, field

import pypdfium2.raw as pdfium_c

_THIN = 3.0  # a path this thin in one direction is a rule (points)
_SNAP = 2.0  # rules this close are the same grid line
_TOUCH = 3.0  # a horizontal and vertical rule this close meet
MAX_PATHS = 20000  # a page drawing more paths than this is a picture, not a table
# rules are paired to find tables; a page with more pairs than this (a dense table has a
# few hundred thousand) is a drawing, and pairing its rules would take minutes
MAX_RULE_PAIRS = 4_000_000


@dataclass
class Seg:
    pos: float  # y of a horizontal rule, x of a vertical one
    lo: float  # start along the rule
    hi: float


@dataclass
class PdfTable:
    left: float
    bottom: float
    right: float
    top: float
    xs: list[float]  # column boundaries, left to right
    ys: list[float]  # row boundaries, top to bottom
    rows: list[list[str]] = field(default_factory=list)


def unchecked(fn):
    """`fn` called without ctypes' per-argument conversion, which is half the cost of a
    call in the reader's per-line and per-object loops. Callers pass only C-ready values:
    Python ints for int parameters, raw handles, byref(...) for out-parameters, ctypes
    instances for anything else."""
    try:
        bare = type(fn)(ctypes.cast(fn, ctypes.c_void_p).value)
        bare.restype = fn.restype
        return bare
    except (TypeError, ValueError, AttributeError):  # an unusual binding: keep its checks
        return fn


_GET_OBJECT = unchecked(pdfium_c.FPDFPage_GetObject)
_OBJECT_TYPE = unchecked(pdfium_c.FPDFPageObj_GetType)
_OBJECT_BOUNDS = unchecked(pdfium_c.FPDFPageObj_GetBounds)
CHAR_BOX = unchecked(pdfium_c.FPDFText_GetCharBox)
FONT_SIZE = unchecked(pdfium_c.FPDFText_GetFontSize)
_COUNT_RECTS = unchecked(pdfium_c.FPDFText_CountRects)
_GET_RECT = unchecked(pdfium_c.FPDFText_GetRect)


def page_objects(page_raw) -> tuple[list, int]:
    """The page's top-level path objects, and how many images it draws (one pass)."""
    get_obj, get_type = _GET_OBJECT, _OBJECT_TYPE
    path, image = pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_IMAGE
    paths = []
    images = 0
    for j in range(pdfium_c.FPDFPage_CountObjects(page_raw)):
        obj = get_obj(page_raw, j)
        kind = get_type(obj)
        if kind == path:
            paths.append(obj)
        elif kind == image:
            images += 1
    return paths, images


def _rules(paths: list, page_w: float, page_h: float) -> tuple[list[Seg], list[Seg]]:
    horiz: list[Seg] = []
    vert: list[Seg] = []
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    box = tuple(ctypes.byref(v) for v in (left, bottom, right, top))
    for obj in paths:
        if not _OBJECT_BOUNDS(obj, *box):
            continue
        x0, y0, x1, y1 = left.value, bottom.value, right.value, top.value
        w, h = x1 - x0, y1 - y0
        if h <= _THIN and w > _THIN:
            horiz.append(Seg((y0 + y1) / 2, x0, x1))
        elif w <= _THIN and h > _THIN:
            vert.append(Seg((x0 + x1) / 2, y0, y1))
        elif (
            w > _THIN
            and h > _THIN
            and w * h < 0.5 * page_w * page_h
            and pdfium_c.FPDFPath_CountSegments(obj) <= 6
        ):
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
    """The ruled tables a page draws; `paths` are its path objects when already listed."""
    horiz, vert = _rules(page_objects(page_raw)[0] if paths is None else paths, page_w, page_h)
    if len(horiz) < 2 or len(vert) < 3 or len(horiz) * len(vert) > MAX_RULE_PAIRS:
        return []
    tables = []
    for hs, vs in _components(horiz, vert):
        xs = _snap([v.pos for v in vs])
        ys = sorted(_snap([h.pos for h in hs]), reverse=True)
        if len(xs) < 3 or len(ys) < 2:  # one column or no row: a box round text, not a table
            continue
        tables.append(PdfTable(left=xs[0], bottom=ys[-1], right=xs[-1], top=ys[0], xs=xs, ys=ys))
        tables[-1]._h, tables[-1]._v = hs, vs  # type: ignore[attr-defined]
    tables.sort(key=lambda t: -t.top)
    return tables


def _has_vertical(vs: list[Seg], x: float, y: float) -> bool:
    return any(abs(v.pos - x) <= _SNAP and v.lo - 1 <= y <= v.hi + 1 for v in vs)


def _has_horizontal(hs: list[Seg], y: float, x: float) -> bool:
    return any(abs(h.pos - y) <= _SNAP and h.lo - 1 <= x <= h.hi + 1 for h in hs)


def join_cell_lines(text: str) -> str:
    """Cell text over several printed lines to one line. PDFium marks a hyphen that ends
    a line ("multi-" / "agency") with a control character: that word is joined whole.
    Other line ends become spaces (PDFium does not reliably keep the space a line broke
    at, so a word a too-narrow column split cannot be told from two words)."""
    out = ""
    for part in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if not part.strip():
            continue
        if out.endswith(("\ufffe", "\x02")):
            out = out[:-1] + "-" + part.lstrip()
        elif out and part.lstrip()[:1] in (".", ",", ";", ":", ")", "?", "!"):
            out = out.rstrip() + part.lstrip()  # punctuation wrapped onto its own line
        elif out and out[-1].isalnum() and part.lstrip()[:1].isalnum():
            # no space kept at the line end: a wrap, or a word split by a narrow column;
            # the reader decides once it knows the document's words (resolve_splits)
            out = out + MAYBE_SPLIT + part.lstrip()
        else:
            out = (out.rstrip() + " " + part.lstrip()) if out else part
    return " ".join(out.replace("\ufffe", "-").replace("\x02", "-").split())


MAYBE_SPLIT = "\u200b"
_WORDISH = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


def document_words(texts: list[str]) -> set[str]:
    """Lower-cased words printed whole somewhere in the document. A word never spans
    white space, so the words are read from each distinct space-separated chunk once
    (a long report repeats most of its chunks many times)."""
    chunks = set("\n".join(texts).lower().split())
    # the pieces of a split word are not words
    return set(_WORDISH.findall(" ".join(c for c in chunks if MAYBE_SPLIT not in c)))


_SPLIT_PAIR = re.compile(rf"(?<![^\W_])([^\W_]++){MAYBE_SPLIT}([^\W_]+)")  # from a word's start: linear


def resolve_splits(text: str, words: set[str]) -> str:
    """Join the two pieces of a word a narrow column split ("Commiss" + "ion") when the
    whole word is printed elsewhere in the document; otherwise they were two words."""
    if MAYBE_SPLIT not in text:
        return text

    def join(m: re.Match) -> str:
        left, right = m.group(1), m.group(2)
        return left + right if (left + right).lower() in words else f"{left} {right}"

    text = _SPLIT_PAIR.sub(join, text)
    return text.replace(MAYBE_SPLIT, " ")


def _owners(table: PdfTable) -> list[list[tuple[int, int]]]:
    """For each grid slot, the top-left slot of the (possibly merged) cell holding it."""
    hs, vs = table._h, table._v  # type: ignore[attr-defined]
    xs, ys = table.xs, table.ys
    nrows, ncols = len(ys) - 1, len(xs) - 1
    # the rules near each grid line, gathered once rather than searched for every slot
    near_x = [[v for v in vs if abs(v.pos - x) <= _SNAP] for x in xs]
    near_y = [[h for h in hs if abs(h.pos - y) <= _SNAP] for y in ys]
    owner = [[(i, j) for j in range(ncols)] for i in range(nrows)]
    for i in range(nrows):
        mid_y = (ys[i] + ys[i + 1]) / 2
        for j in range(ncols):
            if j > 0 and not _has_vertical(near_x[j], xs[j], mid_y):
                owner[i][j] = owner[i][j - 1]
            elif i > 0 and not _has_horizontal(near_y[i], ys[i], (xs[j] + xs[j + 1]) / 2):
                owner[i][j] = owner[i - 1][j]
    return owner


def line_spans(text: str) -> list[tuple[int, int]]:
    """(first, last) index of the first and last printed character of each non-blank
    line of a page's text, split as the reader splits it."""
    sep = "\r\n" if "\r\n" in text else "\n"
    out: list[tuple[int, int]] = []
    offset = 0
    for piece in text.split(sep):
        start = offset
        offset += len(piece) + len(sep)
        stripped_left = piece.lstrip()
        if stripped_left:
            out.append((start + len(piece) - len(stripped_left), start + len(piece.rstrip()) - 1))
    return out


_OUTSIDE = (-1, None)


def _geometry(tables: list[PdfTable], owners: list[list[list[tuple[int, int]]]]) -> list[tuple]:
    """What _line_place needs of each table, unpacked once per page."""
    return [
        (
            k,
            t.left,
            t.bottom,
            t.right,
            t.top,
            t.xs,
            [-v for v in t.ys],
            len(t.xs) - 2,
            len(t.ys) - 2,
            owners[k],
        )
        for k, t in enumerate(tables)
    ]


def _line_place(geometry: list[tuple], rects: list[tuple[float, float, float, float]]):
    """Where a whole printed line goes, judged from the boxes PDFium draws round its text:
    _OUTSIDE when no box touches any table, (table, cell owner) when every box lies inside
    the first table it touches and every grid slot the box covers belongs to one cell (so
    every word's centre does too), else None: the line must be placed word by word."""
    place = None
    bisect_right = bisect.bisect_right
    for left, bottom, right, top in rects:
        if not (left < right and bottom < top):
            return None  # an empty box: some characters are not covered by it
        here = _OUTSIDE
        for k, t_left, t_bottom, t_right, t_top, xs, neg_ys, last_col, last_row, owner_of in geometry:
            if right < t_left or left > t_right or top < t_bottom or bottom > t_top:
                continue
            if left < t_left or right > t_right or bottom < t_bottom or top > t_top:
                return None
            # the slots of the box's corners, found as a word's centre is (_Placer._word);
            # inside the table none is before the first slot, only past the last
            j0, j1 = bisect_right(xs, left) - 1, bisect_right(xs, right) - 1
            i0, i1 = bisect_right(neg_ys, -top) - 1, bisect_right(neg_ys, -bottom) - 1
            if j0 < 0 or i0 < 0:
                j0, j1, i0, i1 = max(j0, 0), max(j1, 0), max(i0, 0), max(i1, 0)
            if j1 > last_col:
                j0, j1 = min(j0, last_col), last_col
            if i1 > last_row:
                i0, i1 = min(i0, last_row), last_row
            owner = owner_of[i0][j0]
            if (i0 != i1 or j0 != j1) and any(
                owner_of[i][j] != owner for i in range(i0, i1 + 1) for j in range(j0, j1 + 1)
            ):
                return None
            here = (k, owner)
            break
        if place is not None and here != place:
            return None
        place = here
    return place


def assign_chars(tables: list[PdfTable], textpage, text: str) -> dict[int, int]:
    """Read every table's cells from the page text. Returns, for the first character of
    each line (and of each part of a line placed on its own) that lies in a table, the
    index of that table. PDFium prints a table cell by cell, so a line whose text boxes
    all lie inside one cell goes to that cell whole and a line whose boxes miss every
    table is skipped: one box query per line. A line that crosses cells (PDFium joins
    cells printed on one baseline) is cut where its boxes change cell, each part checked
    the same way; what is left is placed word by word: a word never crosses a cell
    boundary, so its first character's box places it, with the space or line break
    after it."""
    placer = _Placer(tables, textpage, text)
    spans = line_spans(text)
    for n, (first, last) in enumerate(spans):
        placer.line(first, last, spans[n + 1][0] if n + 1 < len(spans) else len(text))
    for k, t in enumerate(tables):
        t.rows = table_rows(placer.owners[k], placer.cell_text[k])
    return placer.where


def table_rows(
    owners: list[list[tuple[int, int]]], cell_text: dict[tuple[int, int], list[str]]
) -> list[list[str]]:
    """A table's rows from the text placed in each cell; a merged cell's text stands in
    its first slot, the slots it covers are empty, and empty rows are left out."""
    rows = []
    for i, row in enumerate(owners):
        cells = [
            join_cell_lines("".join(cell_text.get((i, j), ()))) if row[j] == (i, j) else ""
            for j in range(len(row))
        ]
        if any(cells):
            rows.append(cells)
    return rows


_WORD = re.compile(r"\S+")


class _Placer:
    """Puts a table page's text into the cells it lies in (see assign_chars)."""

    def __init__(self, tables: list[PdfTable], textpage, text: str):
        self.tables, self.raw_tp, self.text = tables, textpage.raw, text
        self.owners = [_owners(t) for t in tables]
        self.neg_ys = [[-v for v in t.ys] for t in tables]
        self.geometry = _geometry(tables, self.owners)
        self.cell_text: list[dict[tuple[int, int], list[str]]] = [{} for _ in tables]
        self.where: dict[int, int] = {}
        self.box = tuple(ctypes.c_double() for _ in range(4))
        self.box_refs = tuple(ctypes.byref(v) for v in self.box)  # left, right, bottom, top
        # a word outside the box round all the tables is dropped at once
        self.x_lo, self.x_hi = min(t.left for t in tables), max(t.right for t in tables)
        self.y_lo, self.y_hi = min(t.bottom for t in tables), max(t.top for t in tables)

    def line(self, first: int, last: int, end: int) -> None:
        """Place text[first:last + 1], the printed line, with what follows it up to `end`."""
        rects = self._rects(first, last)
        place = _line_place(self.geometry, rects) if rects else None
        if place is not None:
            self._put(place, first, end)
            return
        words = [(m.start(), m.end() - 1) for m in _WORD.finditer(self.text, first, last + 1)]
        self._words(words, 0, len(words), end, rects)

    def _rects(self, first: int, last: int) -> list[tuple[float, float, float, float]]:
        left, right, bottom, top = self.box
        left_p, right_p, bottom_p, top_p = self.box_refs
        raw_tp, get_rect = self.raw_tp, _GET_RECT
        out = []
        for r in range(_COUNT_RECTS(raw_tp, first, last - first + 1)):
            get_rect(raw_tp, r, left_p, top_p, right_p, bottom_p)
            out.append((left.value, bottom.value, right.value, top.value))
        return out

    def _put(self, place, first: int, end: int) -> None:
        if place is not _OUTSIDE:
            k, owner = place
            self.cell_text[k].setdefault(owner, []).append(self.text[first:end])
            self.where[first] = k

    def _words(self, words: list[tuple[int, int]], a: int, b: int, end: int, rects) -> None:
        """Place words[a:b] (their text runs to `end`), whose boxes `rects` span cells: cut
        them where the boxes change cell and check each part, else word by word."""
        cut = self._cut(words, a, b, rects) if b - a > 2 else None
        if cut is None:
            for w in range(a, b):
                self._word(words[w][0], words[w + 1][0] if w + 1 < b else end)
            return
        for lo, hi in ((a, cut), (cut, b)):
            stop = words[hi][0] if hi < b else end
            part = self._rects(words[lo][0], words[hi - 1][1])
            place = _line_place(self.geometry, part) if part else None
            if place is not None:
                self._put(place, words[lo][0], stop)
            else:
                self._words(words, lo, hi, stop, part)

    def _cut(self, words: list[tuple[int, int]], a: int, b: int, rects) -> int | None:
        """The word where the first box in another cell than the first box begins."""
        places = [_line_place(self.geometry, [r]) for r in rects]
        if not places or places[0] is None:
            return None
        for r, place in zip(rects[1:], places[1:]):
            if place is None:
                return None
            if place != places[0]:
                index = pdfium_c.FPDFText_GetCharIndexAtPos(
                    self.raw_tp, r[0] + 0.01, (r[1] + r[3]) / 2, 0.5, 0.5
                )
                cut = bisect.bisect_right(words, (index, float("inf")), a, b) - 1
                return cut if a < cut < b else None
        return None

    def _word(self, index: int, stop: int) -> None:
        left, right, bottom, top = self.box
        if not CHAR_BOX(self.raw_tp, index, *self.box_refs):
            return
        y = (bottom.value + top.value) / 2
        if not self.y_lo <= y <= self.y_hi:
            return
        x = (left.value + right.value) / 2
        if not self.x_lo <= x <= self.x_hi:
            return
        for k, t in enumerate(self.tables):
            if t.left <= x <= t.right and t.bottom <= y <= t.top:
                j = min(max(bisect.bisect_right(t.xs, x) - 1, 0), len(t.xs) - 2)
                i = min(max(bisect.bisect_right(self.neg_ys[k], -y) - 1, 0), len(t.ys) - 2)
                self.cell_text[k].setdefault(self.owners[k][i][j], []).append(self.text[index:stop])
                self.where[index] = k
                return
