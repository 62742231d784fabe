"""Every call the PDF reader makes into PDFium's C API, with plain named results.

pypdfium2's own methods wrap only part of what the reader asks of a page (no font size,
weight or name of a character), and its ctypes bindings convert and check every argument
of every call. The reader asks for a character's size, box or font once per printed line
and a text box or drawing object once per table cell, so these calls are bound `unchecked`:
without ctypes' argument conversion. That is safe only because every function here passes
C-ready values (Python ints for indexes, raw handles from pypdfium2 objects, byref(...)
of the module's own out-parameters). Nothing else in the reader touches `pdfium_c`.

What each call returns on failure is written beside it: PDFium reports a failed lookup by a
false result (boxes, font names), 0 (font size), -1 (weight, character at a point), and the
functions here turn a failure into None or the value the reader treats as "unknown".
tests/test_pdf_fastpaths.py checks each against pypdfium2's plain API on the sample PDFs.

The out-parameters are module buffers: a document is read by one thread per process (the
batch runner uses processes), and each value is copied out before the next call.
"""

from __future__ import annotations

import ctypes
from codecs import decode
from collections.abc import Iterator
from contextlib import contextmanager
from typing import NamedTuple

import pypdfium2.raw as pdfium_c
from pypdfium2 import PdfiumError

ERR_PASSWORD = pdfium_c.FPDF_ERR_PASSWORD  # the document is encrypted and the password is wrong
ERR_SECURITY = pdfium_c.FPDF_ERR_SECURITY  # an encryption handler PDFium does not have


class Box(NamedTuple):
    """A rectangle on the page in PDF points, y growing up the page."""

    left: float
    bottom: float
    right: float
    top: float


# A Box built straight from a tuple of its four values: the reader makes one per printed
# line, text box and table word, and NamedTuple's own constructor runs Python code each time.
_new_box = tuple.__new__


class PageObjects(NamedTuple):
    """What a page draws at its top level: its path objects (rules and cell rectangles are
    paths) and how many images it places (a page of images and no text is a scan)."""

    paths: list
    images: int


def unchecked(fn):
    """`fn` called without ctypes' per-argument conversion. Callers pass only C-ready
    values: Python ints for int parameters, raw handles, byref(...) for out-parameters,
    ctypes instances for anything else."""
    try:
        bare = type(fn)(ctypes.cast(fn, ctypes.c_void_p).value)
        bare.restype = fn.restype
        return bare
    except (TypeError, ValueError, AttributeError):  # an unusual binding: keep its checks
        return fn


_COUNT_OBJECTS = unchecked(pdfium_c.FPDFPage_CountObjects)
_GET_OBJECT = unchecked(pdfium_c.FPDFPage_GetObject)
_OBJECT_TYPE = unchecked(pdfium_c.FPDFPageObj_GetType)
_OBJECT_BOUNDS = unchecked(pdfium_c.FPDFPageObj_GetBounds)
_COUNT_SEGMENTS = unchecked(pdfium_c.FPDFPath_CountSegments)
_FONT_SIZE = unchecked(pdfium_c.FPDFText_GetFontSize)
_FONT_WEIGHT = unchecked(pdfium_c.FPDFText_GetFontWeight)
_FONT_INFO = unchecked(pdfium_c.FPDFText_GetFontInfo)
_CHAR_BOX = unchecked(pdfium_c.FPDFText_GetCharBox)
_COUNT_RECTS = unchecked(pdfium_c.FPDFText_CountRects)
_GET_RECT = unchecked(pdfium_c.FPDFText_GetRect)
_ORIGIN = unchecked(pdfium_c.FPDFText_GetCharOrigin)

_L, _R, _B, _T = (ctypes.c_double() for _ in range(4))
_L_P, _R_P, _B_P, _T_P = (ctypes.byref(v) for v in (_L, _R, _B, _T))
_FL, _FB, _FR, _FT = (ctypes.c_float() for _ in range(4))
_F_REFS = tuple(ctypes.byref(v) for v in (_FL, _FB, _FR, _FT))
_FONT_NAME = ctypes.create_string_buffer(128)
_FONT_NAME_SIZE = ctypes.c_ulong(len(_FONT_NAME))


# -- opening a page and its text layer --


class Handle(NamedTuple):
    """An open PDFium page or text page: `raw` is what the C calls take."""

    raw: object


@contextmanager
def open_page(doc_raw, index: int) -> Iterator[Handle]:
    """The document's page `index` (0-based), closed on leaving. Opened straight through
    the C API: pypdfium2's PdfPage registers a finalizer and a parent link per page, which
    costs more than reading a short page's lines. Fails as pypdfium2's get_page does."""
    raw = pdfium_c.FPDF_LoadPage(doc_raw, index)
    if not raw:
        raise PdfiumError("Failed to load page.")
    try:
        yield Handle(raw)
    finally:
        pdfium_c.FPDF_ClosePage(raw)


@contextmanager
def open_text(page_raw) -> Iterator[Handle]:
    """The page's text layer, closed on leaving (before its page is). Fails as pypdfium2's
    get_textpage does."""
    raw = pdfium_c.FPDFText_LoadPage(page_raw)
    if not raw:
        raise PdfiumError("Failed to load text page.")
    try:
        yield Handle(raw)
    finally:
        pdfium_c.FPDFText_ClosePage(raw)


def page_size(page_raw) -> tuple[float, float]:
    """The page's width and height in points (pypdfium2's PdfPage.get_size)."""
    return pdfium_c.FPDF_GetPageWidthF(page_raw), pdfium_c.FPDF_GetPageHeightF(page_raw)


def char_count(textpage_raw) -> int:
    """How many characters the text layer holds (pypdfium2's count_chars)."""
    n_chars = pdfium_c.FPDFText_CountChars(textpage_raw)
    if n_chars == -1:
        raise PdfiumError("Failed to get character count.")
    return n_chars


def page_text(textpage_raw, n_chars: int) -> str:
    """The text layer's whole text, as pypdfium2's get_text_range() reads it: characters
    at either end that have no place in the text (PDFium reports them at text index -1)
    are left out of the range asked for, and what does not decode is dropped."""
    text_index = pdfium_c.FPDFText_GetTextIndexFromCharIndex
    first, last = 0, n_chars - 1
    while first <= last and text_index(textpage_raw, first) == -1:
        first += 1
    while first <= last and text_index(textpage_raw, last) == -1:
        last -= 1
    if first > last:
        return ""
    in_count = text_index(textpage_raw, last) + 2 - text_index(textpage_raw, first)  # with the NUL
    buffer = (ctypes.c_ushort * in_count)()
    out_count = pdfium_c.FPDFText_GetText(textpage_raw, first, last - first + 1, buffer)
    return decode(memoryview(buffer)[: out_count - 1], "utf-16-le", errors="ignore")


# -- a page's drawing objects --


def object_count(page_raw) -> int:
    """How many objects the page draws at its top level."""
    return _COUNT_OBJECTS(page_raw)


def page_objects(page_raw) -> PageObjects:
    """The page's top-level path objects, and how many images it draws (one pass)."""
    get_obj, get_type = _GET_OBJECT, _OBJECT_TYPE
    path, image = pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_IMAGE
    paths = []
    images = 0
    for j in range(_COUNT_OBJECTS(page_raw)):
        obj = get_obj(page_raw, j)  # j < the count: never a null handle
        kind = get_type(obj)
        if kind == path:
            paths.append(obj)
        elif kind == image:
            images += 1
    return PageObjects(paths, images)


def object_bounds(obj) -> Box | None:
    """The object's bounding box; None when PDFium cannot measure it (an empty path)."""
    if not _OBJECT_BOUNDS(obj, *_F_REFS):
        return None
    return _new_box(Box, (_FL.value, _FB.value, _FR.value, _FT.value))


def segment_count(path_obj) -> int:
    """How many segments the path draws (-1 when PDFium cannot tell)."""
    return _COUNT_SEGMENTS(path_obj)


# -- a page's text layer, character by character --


# The size and weight calls are the bare C functions themselves (no Python wrapper in
# between): the reader asks for them several times per printed line.

# font_size(textpage_raw, index) -> float: the size the character is printed in; 0 for an
# index PDFium has no character at.
font_size = _FONT_SIZE

# font_weight(textpage_raw, index) -> int: the weight of the character's font (400 regular,
# 700 bold); -1 when not known.
font_weight = _FONT_WEIGHT


def font_name(textpage_raw, index: int) -> bytes | None:
    """The name of the character's font ("ABCDEF+Calibri-Bold"), cut at 127 bytes; None
    when PDFium has no font for it."""
    if not _FONT_INFO(textpage_raw, index, _FONT_NAME, _FONT_NAME_SIZE, None):
        return None
    return _FONT_NAME.value


def char_box(textpage_raw, index: int) -> Box | None:
    """The tight box round the character; None for an index with no character (PDFium
    writes nothing then)."""
    if not _CHAR_BOX(textpage_raw, index, _L_P, _R_P, _B_P, _T_P):  # left, right, bottom, top
        return None
    return _new_box(Box, (_L.value, _B.value, _R.value, _T.value))


def char_at(textpage_raw, x: float, y: float, x_tol: float, y_tol: float) -> int:
    """The index of the character at (x, y) within the tolerances; -1 when none is
    (-3 for a bad text page, which a caller's range check rejects the same way).
    Called a few times a page, so through the checked binding."""
    return pdfium_c.FPDFText_GetCharIndexAtPos(textpage_raw, x, y, x_tol, y_tol)


# -- a page's text layer, box by box --


def rect_count(textpage_raw, first: int, count: int) -> int:
    """How many text boxes PDFium draws round characters [first, first + count): one per
    run of characters on one baseline in one font. Also makes those boxes the ones
    `text_rects` reads."""
    return _COUNT_RECTS(textpage_raw, first, count)


def text_rects(textpage_raw, first: int, count: int) -> list[Box]:
    """The text boxes round characters [first, first + count), in reading order."""
    out = []
    get_rect, new_box = _GET_RECT, _new_box
    for r in range(_COUNT_RECTS(textpage_raw, first, count)):
        # r < the count just taken: PDFium always fills the box
        get_rect(textpage_raw, r, _L_P, _T_P, _R_P, _B_P)  # left, top, right, bottom
        out.append(new_box(Box, (_L.value, _B.value, _R.value, _T.value)))
    return out


def char_origin(textpage_raw, index: int) -> tuple[float, float] | None:
    """Where the character's glyph stands: (x, y) of its origin on the baseline; None for
    an index with no character."""
    if not _ORIGIN(textpage_raw, index, _L_P, _B_P):
        return None
    return _L.value, _B.value
