"""The header and printed lines of a recommendations table printed with its cells joined
(recommendations.joined_rows): the columns the header's run-together names make (a recommendation
column, a column naming who acts or one of the findings it answers, perhaps a number column), and
the content lines under it to
where the table surely ends, each row's number found where the layout prints it."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from dhrparse.extractors.recommendations import paragraph_xrefs
from dhrparse.extractors.recommendations.reading import Reading

# a row's number: "1", "2.", "(3)", "R4", "SAR5", "R-PROB-01" (a code naming whom it is for),
# "SAR-R2" (a recommendation's letter between the series and the number)
_REF = re.compile(
    r"^\(?(?:(?P<code>[A-Z]{0,4}|[A-Z]{1,4}-[A-Z]{2,8}-|[A-Z]{2,5}-[A-Z])(?P<num>\d{1,2})|(?P<letter>[A-Za-z]))[.):]?$"
)
OPENS = re.compile(r"^[A-Z0-9(‘“'\"•]")
# a paragraph of the report numbered below the table ("5.1 The panel ..."): the table has ended
_PARAGRAPH = re.compile(r"^\d{1,2}\.\d{1,2}\.?\s+\S")
_REACH = 400  # printed lines a table may run over (several pages of rows)
MAX_HEADER_WORDS = 8


@dataclass(frozen=True)
class Layout:
    """The header's columns: the printed names, which text column (0 left, 1 right) holds the
    recommendation, and where the rows' numbers are printed."""

    names: tuple[str, ...]
    rec: int
    ref: str  # "lead" (a column before both), "mid" (between them), "inner" (opening the
    # recommendation's cell), "" (no numbers)
    xref: bool = False  # a paragraph column after the number's (recommendations.paragraph_xrefs)
    # the other text column holds the findings the recommendations answer, sentences of prose
    # ("What we found | What the Board should do"), not a name
    prose: bool = False


@dataclass
class Line:
    number: int
    words: list[str]
    start: tuple[int, int, str] | None = None  # a row's number: (its word, its cut, the ref)


# ---- the header ------------------------------------------------------------------------------
def header_layout(r: Reading, text: str) -> Layout | None:
    """The columns a header line names, its names' words run together: a recommendation column,
    a column naming who acts, and perhaps a number column."""
    words = text.split()
    if not 2 <= len(words) <= MAX_HEADER_WORDS:
        return None
    # (the cuts share their names: eight words make 63 cuts of at most 36 names, each read once)
    role_of: dict[str, str | None] = {}

    def role(name: str) -> str | None:
        if name not in role_of:
            role_of[name] = _role(r, name)
        return role_of[name]

    for parts in _partitions(words, role):
        roles = [role_of[name] for name in parts]
        kept = paragraph_xrefs.without_xref(parts, roles)
        if kept is None:
            continue
        parts, roles, xref = kept
        if roles.count("recommendation") != 1 or roles.count("ref") > 1:
            continue
        texts = [k for k, role in enumerate(roles) if role != "ref"]
        if len(texts) != 2 or sum(roles[k] in ("name", "finding") for k in texts) != 1:
            continue
        rec = texts.index(roles.index("recommendation"))
        if "ref" not in roles:
            ref = ""
        elif roles[0] == "ref":
            ref = "lead"
        elif roles.index("ref") == 1 and len(roles) == 3:
            ref = "mid"
        else:
            continue
        if ref == "mid" and rec == 0:
            continue  # (a number between a recommendation and its agency: not a layout seen)
        return Layout(tuple(parts), rec, ref, xref, "finding" in roles)
    return None


def _partitions(words: list[str], role: Callable[[str], str | None]):
    """The header's words cut into two to four names, in turn, each name one a column has
    (`role`): a name no column has is in no header, so no cut through it is tried further."""
    n = len(words)
    for k in (2, 3, 4, 5):
        yield from _cuts(words, 0, k, n, role)


def _cuts(words: list[str], at: int, k: int, n: int, role: Callable[[str], str | None]):
    if k == 1:
        name = " ".join(words[at:])
        if role(name) is not None:
            yield [name]
        return
    for b in range(at + 1, n - k + 2):
        name = " ".join(words[at:b])
        if role(name) is None:
            continue
        for rest in _cuts(words, b, k - 1, n, role):
            yield [name, *rest]


def _role(r: Reading, name: str) -> str | None:
    v = r.vocab
    if v.table_recommendation.match(name):
        return "recommendation"
    if v.table_agency.match(name) or v.table_addressee.match(name):
        return "name"
    if v.table_finding.match(name):
        return "finding"
    if name.strip() and v.table_ref.match(name):
        return "ref"
    return paragraph_xrefs.xref_role(r, name)


# ---- the printed lines -------------------------------------------------------------------------
def table_lines(r: Reading, first: int, header: str, layout: Layout) -> tuple[list[Line], int]:
    """The content lines under the header, to where the table surely ends (a numbered heading or
    paragraph of the report), the header printed again on a new page left out; each row's
    number found where the layout prints it."""
    out: list[Line] = []
    heads = {b.line_start for b in r.blocks if b.kind == "heading" and b.number}
    # (or a line opening the report's next part: "Appendix: Board action plan")
    ends = r.ctx.patterns.joined("recommendations.table.ends")
    expected: tuple[str, int] | None = None  # (code, number) of the last row's number
    for ln in r.doc.lines_between(first + 1, first + _REACH):
        if not ln.is_content:
            continue
        text = ln.text.strip()
        if text == header.strip():
            continue  # the header printed again on a new page
        words = text.split()
        if layout.xref:
            words = paragraph_xrefs.row_words(r, words, _REF)
        start = _start(words, layout, expected, bool(out))
        if start is None and (ln.number in heads or _PARAGRAPH.match(text) or ends.match(text)):
            return out, ln.number
        if start is not None:
            expected = _ref_key(words[start[0]])
        out.append(Line(ln.number, words, start))
    return out, first + _REACH


def _ref_key(word: str) -> tuple[str, int] | None:
    """A row's number as (its series, its place): "R3" -> ("R", 3), "2." -> ("", 2), "C" ->
    ("letter", 3); None for any other word."""
    m = _REF.match(word)
    if m is None:
        return None
    if m["letter"]:
        return "letter", ord(m["letter"].upper()) - ord("A") + 1
    return m["code"], int(m["num"])


def _start(words: list[str], layout: Layout, expected, seen: bool) -> tuple[int, int, str] | None:
    """(the number's word, the cut after it, the ref) where the line opens a row by its number."""
    if not layout.ref:
        return None
    places = [0] if layout.ref == "lead" else range(len(words))
    for j in places:
        key = _ref_key(words[j])
        if key is None or j + 1 >= len(words) or not OPENS.match(words[j + 1]):
            continue
        # (a finding's prose beside the cell carries no numbers of its own: a series code, "SAR-R2",
        # opens the cell as a number closed by a stop does beside a name)
        coded = layout.prose and key[0] not in ("", "letter")
        if layout.ref == "inner" and (key[0] == "letter" or not words[j].endswith((".", ")"))) and not coded:
            continue
        if expected is None:
            ok = key[1] <= 1 or not seen
        else:
            # the numbers run on, or start again at 1 beside the next agency's name (letters
            # run on: "Appendix A" below the table is no row)
            again = key[1] == 1 and j > 0 and layout.ref != "lead" and key[0] != "letter"
            # ("R-PROB-01" after "R-GP-02": each addressee's code numbers its own from 1)
            addressee = key[1] == 1 and key[0].endswith("-") and key[0] != expected[0]
            ok = key[0] == expected[0] and (key[1] == expected[1] + 1 or again) or addressee
        if ok:
            return j, (j if layout.ref == "inner" else j + 1), words[j].strip("().:")
    return None


def inner_layout(lines: list[Line], layout: Layout) -> Layout:
    """An "Agency | Recommendation" table whose recommendation cells open on their numbers
    ("Thornbury Police 1. Review ..."): its rows open where those are printed."""
    if layout.ref or layout.rec != 1:
        return layout
    inner = Layout(layout.names, layout.rec, "inner", prose=layout.prose)
    expected = None
    found = 0
    for ln in lines:
        ln.start = _start(ln.words, inner, expected, bool(found))
        if ln.start is not None:
            expected = _ref_key(ln.words[ln.start[0]])
            found += 1
    if lines and lines[0].start is not None and found >= 2:
        return inner
    for ln in lines:
        ln.start = None
    return layout
