"""List labels set apart from their paragraph, put back in front of it.

Word authors number paragraphs with a hanging indent: the number ("5.1", "1.", "a)",
"(iv)", "R3"), a tab, then the text, or Word's own numbering. Plain `pdftotext` prints
such a number on a line of its own, a blank line, then the paragraph; a text or Word
export keeps the tab, so "5.1<TAB>In the summer ..." reads like a two-cell table row.
Either way the paragraph loses the number that makes it a recommendation or a
chronology entry. This step gives it back, as printed: "5.1 In the summer ...".

What is not a list label stays as it is: a bare integer alone on a line is a page
number (furniture), a heading under a detached number is not prose, and an action plan
laid out cell after cell prints short cells (lead, date, status) between its row
numbers, so a number followed by such cells is a table row's first cell.
"""

from __future__ import annotations

import re

from dhrparse.document import BLANK, TEXT, Line, SourceDocument
from dhrparse.patterns import Patterns
from dhrparse.prepare.label_columns import rejoin_number_columns
from dhrparse.prepare.stray_numbers import item_after_stray
from dhrparse.sentence_ends import CLAUSE_LINE_END as _SENTENCE_END

# formats whose tab-separated lines come from typed text, not from a drawn table
_TYPED_FORMATS = ("text", "html")
_LABEL_NUMBER = re.compile(r"\d{1,3}")
_NUMBERS_ONLY = re.compile(r"^\(?\d{1,3}(?:\.\d{1,3})*[.)]?$")  # "(5)", "4.2", "3.", "2)"
_HEADING_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+")
# a paragraph opening with a number of its own ("2. The Board should ...", "4.1 On ..."): a number
# alone on the line above is not its label (a cell's last word, "... in 12 of" / "15.")
_OWN_NUMBER = re.compile(r"^\s*\d{1,3}(?:(?:\.\d{1,3})+\.?|[.)])\s+\S")
# a finding's recommendation lettered under its number ("2a"), alone on its line
_LETTERED = re.compile(r"^\s*\d{1,2}[a-h]\s*$")
LETTERED_REACH = 40  # lines above a lettered label its whole number may print in
_SUB_ITEM = re.compile(r"^\s*(?:\(?[a-z]{1,4}\)|\(?[ivx]{1,4}\)|[•▪◦·\-–]\s)")
# a lettered item's one line closing on the word that joins it to the next item ("...; and")
_ITEM_JOINED_ON = re.compile(r"[;,]\s*(?:and|or)\s*$")
_GLUED_LABEL = re.compile(r"^[A-Z][\w ’']{0,40}:\s")
_PROSE_START = re.compile(r"^[\"'“‘(]?[A-Za-z0-9]")
_SENTENCE_START = re.compile(r"^[\"'“‘(]?[A-Z]")
MIN_PROSE_WORDS = 4
# a table printed cell after cell shows this many short cells between two row numbers
MIN_CELLS_BETWEEN = 2
# how far apart two row numbers of one table printed cell after cell can be
ROW_REACH = 30
FRAGMENT_WORDS = 6
# a wrapped line of running text fills at least this share of the report's line width
FULL_LINE = 0.55
MIN_MEASURE = 40
_UNPAIRED = "list_numbers_unpaired"
_UNPAIRED_MESSAGE = (
    "list numbers printed apart from their items (one before them, the rest after) do not match "
    "the number of items; the items keep no number"
)


def rejoin_labels(doc: SourceDocument, patterns: Patterns) -> None:
    """Put detached list labels back in front of their paragraphs (runs after furniture is marked)."""
    label = list_label(patterns)
    # numbers printed as a column of their own first
    for at in rejoin_number_columns(doc.lines, label):
        doc.reader_warnings.append((_UNPAIRED, _UNPAIRED_MESSAGE, doc.lines[at].number))
    _rejoin_detached(doc.lines, label, re.compile(patterns.get("recommendations.asking"), re.IGNORECASE))
    if doc.format in _TYPED_FORMATS:
        _flatten_labelled_rows(doc.lines, label)


def list_label(patterns: Patterns) -> re.Pattern:
    return patterns.derived("labels.list_label", lambda p: re.compile(p.get("numbering.list_label")))


def dotted_code_label(patterns: Patterns) -> re.Pattern:
    """A recommendation code with a dot before its number ("R.1"), a Word paragraph's typed label."""
    return patterns.derived(
        "labels.dotted_code_label", lambda p: re.compile(p.get("numbering.dotted_code_label", r"(?!x)x"))
    )


def labelled_text(cells: list[str], label: re.Pattern) -> str | None:
    """ "5.1 In the summer ..." for the parts of a tab-separated line whose first part is only a
    list label and whose second is prose; None for anything else (a real row of a table)."""
    filled = [c.strip() for c in cells if c.strip()]
    if len(filled) != 2 or cells[0].strip() != filled[0]:
        return None
    number, text = filled
    if not label.match(number) or not _reads_as_prose([text], whole=False):
        return None
    return f"{number} {text}"


# --- a number on a line of its own ---------------------------------------------------


def _rejoin_detached(lines: list[Line], label: re.Pattern, asking: re.Pattern) -> None:
    # a content line that is a list label and nothing else (the test written out: every line is asked)
    match = label.match
    numbers = [
        i
        for i, ln in enumerate(lines)
        if ln.kind == TEXT and ln.cells is None and ln.hint is None and match(ln.text)
    ]
    if not numbers:
        return
    is_number = set(numbers)
    width = _measure(lines)
    cell_row_at: int | None = None  # the last number read as a table row's first cell
    for n, i in enumerate(numbers):
        if n and i - numbers[n - 1] <= 2 and not item_after_stray(lines, numbers[n - 1], i):
            continue  # one of a column of numbers whose paragraphs could not be told apart
        start = _paragraph_after(lines, i)
        if start is None or start in is_number or _OWN_NUMBER.match(lines[start].text):
            continue  # (a paragraph opening with its own number: the one above ends a cell)
        end = _paragraph_end(lines, start, is_number)
        texts = _without_glued_heading([ln.text for ln in lines[start:end] if ln.kind == TEXT])
        if _LETTERED.match(lines[i].text) and (
            not asking.search(" ".join(texts)) or _under_lone_number(lines, i)
        ):
            continue  # (a plan's action code "1a" over its action's cells: only a recommendation's asks)
        counts_on = _counts_on(lines, i)
        if not _item_text(lines[i].text, texts) or not _wraps_at(texts, width, counts_on):
            continue
        following = numbers[n + 1] if n + 1 < len(numbers) else None
        if following is not None and _starts_again(lines[i].text, lines[following].text):
            following = None  # (the next label opens another list, a plan's: no row's cells between)
        if _cells_between(lines, end, following) or (
            cell_row_at is not None and i - cell_row_at <= ROW_REACH
        ):
            cell_row_at = i
            continue
        _join(lines[i], lines[start])


def _under_lone_number(lines: list[Line], index: int) -> bool:
    """Whether a lettered label ("1a") stands under its whole number printed alone on a line a
    little above ("1" / text / "1a" / text, cleaning may have taken the "1" for a page number):
    the parts of a numbered recommendation printed as its number is, each label alone, are read
    as the number is rather than joined to their text."""
    number = lines[index].text.strip()[:-1]
    return any(ln.text.strip() == number for ln in lines[max(0, index - LETTERED_REACH) : index])


def _paragraph_after(lines: list[Line], index: int) -> int | None:
    """The first line of the paragraph under a label, across at most one blank line."""
    blanks = 0
    for k in range(index + 1, len(lines)):
        kind = lines[k].kind
        if kind == BLANK:
            blanks += 1
            if blanks > 1:
                return None
            continue
        return k if kind == TEXT and lines[k].cells is None else None
    return None


def _paragraph_end(lines: list[Line], start: int, numbers: set[int] | frozenset = frozenset()) -> int:
    """Index after the paragraph's last line (a paragraph ends at a blank line or the next number)."""
    k = start
    while k < len(lines) and lines[k].kind != BLANK and lines[k].cells is None and k not in numbers:
        k += 1
    return k


def _without_glued_heading(texts: list[str]) -> list[str]:
    """The paragraph without a short heading printed straight under its last sentence (the next
    agency's name over its own lettered list), which plain `pdftotext` gives no blank line."""
    if len(texts) < 3 or _SENTENCE_END.search(texts[-1]) or not _SENTENCE_END.search(texts[-2]):
        return texts
    words = _HEADING_NUMBER.sub("", texts[-1]).split()  # a numbered theme heading ("4. Case closure") too
    return texts[:-1] if words and len(words) <= FRAGMENT_WORDS and words[0][:1].isupper() else texts


def _measure(lines: list[Line]) -> int:
    """The report's full line width: how long its longer lines of running text are."""
    lengths = sorted(len(ln.text) for ln in lines if ln.kind == TEXT and ln.cells is None)
    return max(MIN_MEASURE, lengths[int(len(lengths) * 0.9)] if lengths else 0)


def _counts_on(lines: list[Line], i: int) -> bool:
    """The number alone on line i carries on the report's paragraph numbering: the paragraph
    numbered one before it ("10.1.9 On 2 January ...", for "10.1.10") opens a line shortly
    above. A table's row code ("MA2", "3") is no such number."""
    parts = lines[i].text.strip().rstrip(".").split(".")
    if len(parts) < 2 or not all(p.isdigit() for p in parts) or int(parts[-1]) < 2:
        return False
    before = ".".join([*parts[:-1], str(int(parts[-1]) - 1)])
    for ln in lines[max(0, i - ROW_REACH) : i]:
        text = ln.text.lstrip()
        if (
            ln.kind == TEXT
            and text.startswith(before)
            and text[len(before) : len(before) + 1] in (" ", "\t", ".")
        ):
            return True
    return False


def _wraps_at(texts: list[str], width: int, counts_on: bool = False) -> bool:
    """A paragraph's lines run to the full width but its last; a table's cells printed one
    under another ("Develop a guide", "Police", "By September") stop short of it. A number
    that carries on the report's paragraph numbering may have one more paragraph glued under
    its own (the panel's note between two numbered chronology entries)."""
    for k, t in enumerate(texts[:-1]):
        if len(t) < width * FULL_LINE:
            if t.rstrip().endswith(":") and _SUB_ITEM.match(texts[k + 1]):
                return True  # a lead-in and its lettered sub-items ("The Police should:", "(a) ...")
            # a wrapped paragraph's last line, a labelled paragraph glued under it without a blank
            # line ("Anticipated improvement outcome: ..."): the label's paragraph ends there (a
            # run of unlabelled paragraphs is a list whose numbers were printed elsewhere)
            if k == 0 or not _SENTENCE_END.search(t):
                return False
            if _GLUED_LABEL.match(texts[k + 1]):
                return True
            return (
                counts_on and _one_paragraph(texts[: k + 1], width) and _one_paragraph(texts[k + 1 :], width)
            )
    return True


def _one_paragraph(texts: list[str], width: int) -> bool:
    """Lines that make one sentence-led paragraph: run to the full width but the last, no
    sentence ending at a line's end before it (as likely one list item's end glued to the
    next). A table's short cells ("Police", "By September") are none."""
    return (
        bool(_SENTENCE_START.match(texts[0]))
        and all(len(t) >= width * FULL_LINE for t in texts[:-1])
        and (len(texts) > 1 or len(texts[0]) >= width * FULL_LINE)
        and not any(_SENTENCE_END.search(t) for t in texts[:-1])
    )


def _item_text(label: str, texts: list[str]) -> bool:
    """The paragraph under a label reads as its item: prose, or under a lettered label ("(b)")
    one line that ends on the word joining it to the next item ("...; and"), as a list of
    parts finishing one lead-in prints them."""
    if _reads_as_prose(texts, whole=True):
        return True
    return bool(
        _SUB_ITEM.match(label) and _ITEM_JOINED_ON.search(texts[-1]) and _reads_as_prose(texts, whole=False)
    )


def _reads_as_prose(texts: list[str], *, whole: bool) -> bool:
    """Words that make a paragraph: several of them, starting like a sentence, and (for a whole
    paragraph) running over lines or ending as a sentence does; a heading or a wrapped
    table cell does neither."""
    if not texts or not _PROSE_START.match(texts[0].lstrip()):
        return False
    if sum(len(t.split()) for t in texts) < MIN_PROSE_WORDS:
        return False
    return not whole or len(texts) >= 2 or bool(_SENTENCE_END.search(texts[-1]))


def _starts_again(label: str, following: str) -> bool:
    """The next label numbers another list: its number comes before this one's ("(5)" last of a
    report's list, "(1)" the first row of the plan after it; "4.3" after "4.2" counts on).
    Lettered labels ("1a", "R3") are left as they are."""
    this, nxt = _numbers(label), _numbers(following)
    # (a list starting again starts at its first item, "(1)" or "1.1"; a lower number that is no
    # first item, "2" after "3", is a row of the same table printed out of order)
    return bool(this) and bool(nxt) and nxt < this and nxt[-1] == 1


def _numbers(label: str) -> tuple[int, ...] | None:
    """A label's numbers when it is only numbers, stops and brackets: "(5)" (5,), "4.2" (4, 2)."""
    text = label.strip()
    if not _NUMBERS_ONLY.match(text):
        return None
    return tuple(int(part) for part in _LABEL_NUMBER.findall(text))


def _cells_between(lines: list[Line], start: int, following: int | None) -> bool:
    """A table printed cell after cell: short one-line cells between this row's number and the next."""
    if following is None or following - start > ROW_REACH:
        return False
    fragments, k = 0, start
    while k < following:
        if lines[k].kind != TEXT:
            k += 1
            continue
        end = _paragraph_end(lines, k)
        block = [ln.text for ln in lines[k:end] if ln.kind == TEXT]
        if len(block) == 1 and len(block[0].split()) <= FRAGMENT_WORDS and not _SENTENCE_END.search(block[0]):
            fragments += 1
        k = max(end, k + 1)
    return fragments >= MIN_CELLS_BETWEEN


def _join(number: Line, paragraph: Line) -> None:
    # the paragraph keeps its own line (where its words are); the number's line becomes the
    # paragraph break it stood for
    paragraph.text = f"{number.text.strip()} {paragraph.text.lstrip()}"
    number.text = ""
    number.kind = BLANK


# --- a number and a tab: "5.1<TAB>In the summer ..." ---------------------------------------


def _flatten_labelled_rows(lines: list[Line], label: re.Pattern) -> None:
    """Typed lines "number<TAB>text" are numbered paragraphs, unless they sit under a table's
    header or in a table's rows; the wrapped lines that carry on such a paragraph
    ("<TAB>more text") belong to it."""
    previous_row = False  # the last content line is a table row, left as it is
    after_paragraph = False  # the last content line is a numbered paragraph made from a row
    for line in lines:
        if line.kind != TEXT:
            continue
        text = None
        if line.cells is not None and not previous_row:
            text = labelled_text(line.cells, label)
            if text is None and after_paragraph and not line.cells[0].strip():
                text = _continuation(line.cells)
        if text is not None:
            line.text, line.cells = text, None
        after_paragraph = text is not None
        previous_row = text is None and line.cells is not None


def _continuation(cells: list[str]) -> str | None:
    filled = [c.strip() for c in cells if c.strip()]
    return filled[0] if len(filled) == 1 else None
