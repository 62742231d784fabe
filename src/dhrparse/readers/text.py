"""Plain-text reader (.txt, .md, HTML fragments) with legacy-encoding fallback.

Text extracted from PDFs arrives with form feeds between pages, Windows-1252
bytes from council systems, and HTML fragments pasted from web pages. All of it
is turned into Lines that keep their original line number and page.
"""

from __future__ import annotations

import codecs
import html
import re

from dhrparse.document import BlankLine, Line, SourceDocument
from dhrparse.prepare.markup import list_item, one_marker_per_item
from dhrparse.readers import Limits, ReadError

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# no plan or chronology table has this many columns; a line with more tabs is read as text
MAX_CELLS = 512
_TABS = re.compile(r"\t+")


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes to text; returns (text, encoding used). Never returns U+FFFD for
    a byte that cp1252 or latin-1 can represent."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                break
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # cp1252 where it defines the byte, latin-1 for the five bytes it leaves undefined
    return data.decode("cp1252", errors=_AS_LATIN1), "cp1252"


def _as_latin1(error: UnicodeDecodeError) -> tuple[str, int]:
    return error.object[error.start : error.end].decode("latin-1"), error.end


_AS_LATIN1 = "dhrparse-as-latin-1"
codecs.register_error(_AS_LATIN1, _as_latin1)


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def has_bom(data: bytes) -> bool:
    """Unicode text saved by Windows tools ("Unicode" = UTF-16): a byte-order mark, and the
    rest decodes with it. Such text is mostly zero bytes, which is no sign of binary data."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                data.decode(encoding)
                return True
            except UnicodeDecodeError:
                return False
    return False


def looks_binary(data: bytes) -> bool:
    sample = data[:65536]
    if not sample:
        return False
    if sample.count(b"\x00") > max(1, len(sample) // 100):
        return True
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return control > len(sample) * 0.05


# --- HTML fragments -------------------------------------------------------------

_TAG = re.compile(r"<\s*(/?)\s*([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*?/?\s*>")
_BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "ul",
    "ol",
    "li",
    "blockquote",
    "section",
    "article",
    "header",
    "footer",
    "td",
    "th",
}
_KNOWN_TAGS = _BLOCK_TAGS | {
    "b",
    "strong",
    "i",
    "em",
    "u",
    "span",
    "font",
    "a",
    "sup",
    "sub",
    "small",
    "big",
    "s",
    "strike",
    "mark",
    "tbody",
    "thead",
    "col",
    "colgroup",
    "img",
    "hr",
    "html",
    "body",
    "head",
    "style",
    "script",
    "title",
    "meta",
    "link",
    "caption",
    "label",
    "abbr",
    "cite",
    "code",
    "pre",
    "dl",
    "dt",
    "dd",
}
_ANGLE_URL = re.compile(r"<((?:https?|mailto|ftp):[^<>\s]+)>")
_BULLET_CHAR = "•"
_LI_MARK = "\u2063• "  # an <li>'s bullet, told apart from a printed one until the item is read


def has_html(text: str) -> bool:
    return any(m.group(2).lower() in _KNOWN_TAGS for m in _TAG.finditer(text))


def html_to_segments(text: str) -> list[str]:
    """Split one line of HTML into text segments at block-level tags.
    List items become segments starting with a bullet."""
    text = _ANGLE_URL.sub(r"\1", text)
    segments: list[str] = []
    current: list[str] = []
    pos = 0

    def flush() -> None:
        joined = re.sub(r"[ \t\u00a0]+", " ", "".join(current)).strip()
        if joined and joined != _LI_MARK.strip():
            segments.append(joined)
        current.clear()

    skip_until: str | None = None
    for m in _TAG.finditer(text):
        name = m.group(2).lower()
        if name not in _KNOWN_TAGS:
            continue
        if skip_until is None:
            current.append(text[pos : m.start()])
        pos = m.end()
        closing = bool(m.group(1))
        if skip_until:
            if closing and name == skip_until:
                skip_until = None
            continue
        if name in ("style", "script") and not closing:
            skip_until = name
            continue
        if name == "li" and not closing:
            flush()
            current.append(_LI_MARK)
        elif name in _BLOCK_TAGS:
            flush()
    if skip_until is None:
        current.append(text[pos:])
    flush()
    return _read_list_items(segments)


def _read_list_items(segments: list[str]) -> list[str]:
    """Each <li> segment as one list item with one marker, and an inline "• a • b" list
    split into its items."""
    out: list[str] = []
    for seg in segments:
        seg = html.unescape(seg)
        if seg.startswith(_LI_MARK.strip()):  # an <li>: one marker, ours or the one it printed
            seg = list_item(seg[len(_LI_MARK.strip()) :])
        # inline "• a • b" lists inside a <ul> without <li> tags
        parts = [p.strip() for p in re.split(r"(?:^|\s)•\s+", seg)]
        if len(parts) > 1:
            if parts[0]:
                out.append(parts[0])
            out.extend(list_item(p) for p in parts[1:] if p)
        else:
            out.append(seg)
    return out


def html_inline(text: str) -> str:
    """HTML inside one table cell: tags to spaces, list items to inline bullets."""
    text = _ANGLE_URL.sub(r"\1", text)

    def repl(m: re.Match) -> str:
        name = m.group(2).lower()
        if name not in _KNOWN_TAGS:
            return m.group(0)
        if name == "li" and not m.group(1):
            return f" {_BULLET_CHAR} "
        return " " if name in _BLOCK_TAGS else ""

    return one_marker_per_item(re.sub(r"[ \u00a0]+", " ", html.unescape(_TAG.sub(repl, text))).strip())


_MD_BOLD = re.compile(r"\*\*|__(?=\S)|(?<=\S)__")
_MD_EMPH = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?![\w*])")


def strip_markdown(text: str) -> str:
    return _MD_EMPH.sub(r"\1", _MD_BOLD.sub("", text))


def convert_line(raw: str) -> list[str]:
    """One physical line to one or more text segments (several when it holds HTML blocks)."""
    text = _ANGLE_URL.sub(r"\1", _CONTROL.sub("", raw.replace("\u00ad", "")))
    if text.count("\t") > MAX_CELLS:  # not a table row: a run of tabs from a broken export
        text = _TABS.sub(" ", text)
    if "\t" in text:
        cells = [
            strip_markdown(html_inline(c)) if has_html(c) else strip_markdown(html.unescape(c))
            for c in text.split("\t")
        ]
        return ["\t".join(cells)]
    if has_html(text):
        return [strip_markdown(s) for s in html_to_segments(text)] or [""]
    if "&" in text:
        text = html.unescape(text)
    return [strip_markdown(text)]


def read_text(
    data: bytes, *, name: str, path: str | None, sha256: str, fmt: str = "text", limits: Limits | None = None
) -> SourceDocument:
    limits = limits or Limits()
    if not has_bom(data) and looks_binary(data):  # UTF-16/32 text is mostly zero bytes
        raise ReadError("this does not look like a text file (it holds binary data)")
    text, encoding = decode(data)
    if not text or text.isspace():  # (without a stripped copy of the whole text)
        raise ReadError("the file is empty" if not data else "the file holds only whitespace")
    warnings: list[tuple[str, str, int | None]] = []
    if encoding == "cp1252":
        warnings.append(("legacy_encoding", "file is not UTF-8; read as Windows-1252 (cp1252)", None))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    paged = "\f" in text
    physical = text.split("\n")
    del text  # (split into its lines: the whole text, twice the file where it is not plain ASCII, goes)
    if physical and physical[-1] == "":
        physical.pop()
    if len(physical) > limits.max_lines:
        raise ReadError(f"file has {len(physical):,} lines, over the limit of {limits.max_lines:,}")
    page = 1
    lines: list[Line] = []
    for number, raw in enumerate(physical, start=1):
        if not raw:  # (nearly half a long report's lines: kept small)
            lines.append(BlankLine(number, page if paged else None))
            continue
        pieces = raw.split("\f")
        for i, piece in enumerate(pieces):
            if i > 0:
                page += 1
            if len(pieces) > 1 and not piece.strip():
                continue  # the form feed itself, not a line of text
            for segment in convert_line(piece):
                cells = segment.split("\t") if "\t" in segment else None
                lines.append(
                    Line(number=number, text=segment, page=page if paged else None, raw=raw, cells=cells)
                )
    if paged and lines and not any(ln.text.strip() for ln in lines if ln.page == page):
        page -= 1
    pages = page if paged else None
    if pages and pages > limits.max_pages:
        raise ReadError(
            f"document has {pages:,} pages, over the limit of {limits.max_pages:,} "
            f"(raise it with --max-pages)"
        )
    return SourceDocument(
        name=name, path=path, sha256=sha256, format=fmt, lines=lines, pages=pages, reader_warnings=warnings
    )
