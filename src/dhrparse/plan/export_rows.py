"""A performance system's plan export ("Code | Title | Status | Progress | Due Date | Assigned To |
Latest Note") as plain pdftotext prints it: a cell at a time, each cell a paragraph of its own,
the header's names printed one a line among the first row's cells, the codes of a page's rows
sometimes together in a column, the Latest Note cells at the page's foot.

What holds is each row's run of value cells, one after another: a state alone on its line
("Overdue"), the share done alone ("30%"), then, on an action's row, its due date alone
("30-Nov-2025") and the Assigned To paragraph. A recommendation's own row ("R1", its state and
share the average of its actions') prints no date: it is no action. Each action's title is the
paragraph printed before its run (header names, a recommendation's summary cells and dated notes
passed over); where that paragraph is a "Recommendation: ..." row's, the title is what follows
its sentence's end. The actions' codes ("R1.1", "R2.3"), one alone on a line each, are given in
order only where they count as the runs; a recommendation's number is the code's stem.

Read only where no other plan reader found a plan (`reader.read_plan`), under a header printed a
name a line naming the status, due date and lead, and only whole: every run with its title, else
nothing (the plan is told as not read). A lead paragraph that does not read as one name (two
leads printed together, a page's break) leaves that row's lead empty.
"""

from __future__ import annotations

import regex

from dhrparse.document import FURNITURE, Line, SourceDocument
from dhrparse.patterns import Patterns
from dhrparse.plan.apart_headers import apart_headers
from dhrparse.plan.status import state_alone
from dhrparse.plan.tables import PlanRow, PlanTable, column_map
from dhrparse.plan.wrapping import SENTENCE_END
from dhrparse.prepare.markup import flatten
from dhrparse.vocab.dates import opening_date, parse_date

COLUMNS = ["ref", "action", "status", "target_date", "lead"]
NEEDED = {"status", "target_date", "lead"}  # the header names these: a row's value cells
NAME_WORDS = 3  # a header's name printed alone: at most this many words
_CODE = regex.compile(r"^(?P<stem>[A-Z]{0,3}\d{1,2})\.\d{1,2}$")  # an action's code, "R1.2"
_STEM = regex.compile(r"[A-Z]{0,3}\d{1,2}")  # a recommendation's own code, "R1"
_WRAP_END = regex.compile(r"(?:,|\band|\bof|&)$")  # a lead's line that runs on ("Head of Safeguarding,")


def read_export_rows(doc: SourceDocument, p: Patterns) -> list[PlanTable]:
    """The export's action rows as one table, or none."""
    cm = column_map(p)
    header = next((h for h in apart_headers(doc, cm) if set(h[2]) >= NEEDED), None)
    if header is None:
        return []
    lines = [ln for ln in doc.lines if ln.number >= header[0] and ln.kind != FURNITURE]
    texts = [flatten(ln.text).strip() for ln in lines]
    names = {k for k, t in enumerate(texts) if _header_name(cm, t)}
    runs = _runs(texts, p)
    rows = []
    used: set[int] = set()
    for state, date in runs:
        if date is None:
            continue  # (a recommendation's own row: its state and share, no date)
        title = _title(texts, state, names, runs, used, p)
        if title is None:
            return []
        used.update(title)
        rows.append(_row(lines, texts, state, date, title))
    codes = [m for t in texts if (m := _CODE.match(t))]
    codes.sort(key=lambda m: tuple(int(x) for x in regex.findall(r"\d+", m.group(0))))
    if len(codes) == len(rows):
        for row, m in zip(rows, codes, strict=True):
            row.ref, row.recommendation_ref = m.group(0), m.group("stem")
    if not rows:
        return []
    return [
        PlanTable(
            columns=list(COLUMNS),
            headers=list(COLUMNS),
            rows=rows,
            line_start=header[0],
            printed=list(COLUMNS),
        )
    ]


def _header_name(cm, text: str) -> bool:
    return 0 < len(text.split()) <= NAME_WORDS and cm.field_of(text) is not None


def _runs(texts: list[str], p: Patterns) -> list[tuple[int, int | None]]:
    """(state's index, due date's index or None) of each run of value cells: a state alone,
    the share done alone as the next printed line, then maybe a date alone."""
    shares = p.regexes("actions.status.percent_cell")
    out = []
    for k, text in enumerate(texts):
        if not text or text.endswith(".") or not state_alone(text, p):
            continue
        share = _next_printed(texts, k)
        if share is None or not any(rx.fullmatch(texts[share]) for rx in shares):
            continue
        date = _next_printed(texts, share)
        out.append((k, date if date is not None and _date_alone(texts[date], p) else None))
    return out


def value_cell(line: str, p: Patterns) -> bool:
    """A state ("In Progress") or a share done ("65%") alone on its printed line: a row's value
    cell (a recommendation's summary cell among the header's names, an action's run; the
    recommendations reader asks it of a code's row: extractors.recommendations.plan_code_rows)."""
    text = line.strip()
    if not text:
        return False
    shares = p.regexes("actions.status.percent_cell")
    return any(rx.fullmatch(text) for rx in shares) or (not text.endswith(".") and state_alone(text, p))


def _next_printed(texts: list[str], k: int) -> int | None:
    return next((j for j in range(k + 1, len(texts)) if texts[j]), None)


def _date_alone(text: str, p: Patterns) -> bool:
    m = opening_date(text, p)
    return m is not None and not text[m.end :].strip() and parse_date(text, p) is not None


def _title(texts, state: int, names: set[int], runs, used: set[int], p: Patterns) -> list[int] | None:
    """The indexes of the action title's lines: the paragraph printed last before the run,
    past header names, codes, a recommendation's summary cells (a state, a share) and dated
    notes; None where it is another row's title or lead."""
    k = state - 1
    while k >= 0:
        text = texts[k]
        if not text or k in names or value_cell(text, p) or _CODE.match(text) or _STEM.fullmatch(text):
            k -= 1
            continue
        first = k
        while first > 0 and texts[first - 1] and first - 1 not in names:
            first -= 1
        if opening_date(texts[first], p, within=1):  # (a dated note: the Latest Note column's)
            k = first - 1
            continue
        break
    else:
        return None
    paragraph = list(range(first, k + 1))
    if any(j in used for j in paragraph) or any(
        d is not None and s < first and first <= d + 2 for s, d in runs
    ):
        return None  # (another row's title, or the row before's lead)
    label = p.derived("plan.export_rows.label", _row_label)
    opened = next((j for j in paragraph if label.match(texts[j])), None)
    if opened is None:
        return paragraph
    # a "Recommendation: ..." row's paragraph (the Title column's name may print over it): the
    # title follows its sentence's end
    ends = [j for j in paragraph if j >= opened and SENTENCE_END.search(texts[j])]
    return list(range(ends[-1] + 1, k + 1)) if ends and ends[-1] < k else None


def _row_label(p: Patterns) -> regex.Pattern:
    return regex.compile(p.get("actions.plan.recommendation_row_label", r"(?!x)x"), regex.I)


def _row(lines: list[Line], texts: list[str], state: int, date: int, title: list[int]) -> PlanRow:
    row = PlanRow(line_start=lines[title[0]].number, line_end=lines[date].number, page=lines[title[0]].page)
    row.add("action", " ".join(texts[j] for j in title))
    row.add("status", texts[state])
    row.add("target_date", texts[date])
    lead = _lead(texts, date)
    if lead:
        row.add("lead", lead)
        row.line_end = lines[date].number + 2
    return row


def _lead(texts: list[str], date: int) -> str | None:
    """The Assigned To paragraph after the date, where it reads as one name: one line, or lines
    each running on into the next ("Head of Safeguarding," / "Hospitals Trust")."""
    first = _next_printed(texts, date)
    if first is None or _CODE.match(texts[first]) or first > date + 2:
        return None
    paragraph = [first]
    while paragraph[-1] + 1 < len(texts) and texts[paragraph[-1] + 1]:
        paragraph.append(paragraph[-1] + 1)
    if any(not _WRAP_END.search(texts[j]) and not texts[j + 1][:1].islower() for j in paragraph[:-1]):
        return None
    return " ".join(texts[j] for j in paragraph)
