"""Where the recommendations are: each block's region, from the headings above it.

A region is (mode, source, agency): mode "overview" (a recommendations chapter or section),
"agency" (single-agency recommendations), "plan" (an action plan, which the plan stage
reads) or "" (narrative); source is the line of the heading that opened it; agency the body
a heading names ("Recommendations to the Home Office", or an addressee's own heading inside
the section).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dhrparse.document import Block
from dhrparse.extractors.recommendations import agency_restarts, closing_lists
from dhrparse.extractors.recommendations.letters import letter_openings
from dhrparse.extractors.recommendations.reading import Reading
from dhrparse.extractors.recommendations.theme_heads import lettered_themes

Region = tuple[str, int, str | None]

_ADDRESSEE = re.compile(
    r"(?i:\brecommendations?\s+(?:for|to)\s+(?:the\s+)?)(?P<body>[A-Z][^:]{2,80}?)\s*:?\s*$"
)
_BARE_WORD = re.compile(r"(?i)recommendations?\s*:?")
# a heading that is a sentence ("The review makes four recommendations")
_VERB = re.compile(r"\b(?:makes?|made|are|is|were|was|has|have|had|should|must|will|would)\b", re.I)
_RECOMMEND = re.compile(r"recommend", re.I)


@dataclass
class _Open:
    """The region in force while reading down the document."""

    mode: str = ""
    level: int = 99  # the level of the heading that opened it
    source: int = 0
    agency: str | None = None
    numbered: bool = False  # opened by a numbered heading
    in_plan: bool = False
    closing: bool = False  # an agency's closing list outside a chapter of agency recommendations

    def region(self) -> Region:
        return ("plan" if self.in_plan else self.mode, self.source, self.agency)

    def close(self, b: Block) -> None:
        self.mode, self.level, self.source, self.agency = "", 99, b.line_start, None
        self.closing = False


def find_regions(r: Reading) -> list[Region]:
    """Per block: its region."""
    state = _Open()
    chapters = _chapter_level(r)
    last_titled = _last_headings(r)
    themes = lettered_themes(r)
    letters = letter_openings(r.doc, r.blocks, r.ctx.patterns)
    out = []
    for i, b in enumerate(r.blocks):
        if i in letters:
            state.close(b)  # (a letter appended after the chapter: its points are feedback)
            state.in_plan = False
        if i in themes and not state.in_plan:  # ("Theme A – ..." over "A1 The Board should ...")
            state.mode, state.level, state.source, state.agency = "overview", b.level, b.line_start, None
            state.numbered, state.closing = False, False
            out.append(state.region())
            continue
        if b.kind == "paragraph" and state.mode and not state.in_plan and _appendix_plan_title(r, b):
            # ("Appendix: Action plan" on a line of its own after the recommendations, printed at
            # the body's size)
            state.in_plan = True
        # (a label heading, "Recommendation 2: Title", opens a recommendation, not a section;
        # a bare "Recommendations" set as a label-sized line still opens one)
        if b.kind == "heading" and b.level <= 5 and not r.label_match(b.text.strip()):
            if _contents_entry(r, i, last_titled):
                out.append(state.region())
                continue
            closing = None if state.in_plan else closing_lists.closing_agency(r, i, state.mode == "agency")
            if closing:
                _open_closing(r, state, b, closing)
                out.append(state.region())
                continue
            if state.closing:
                state.close(b)  # (the next heading ends the list, whatever level a PDF gave either)
            _track_plan(r, state, b, chapters)
            _heading(r, state, b, _wrapped_heading(r, i), i)
        out.append(state.region())
    return out


def _track_plan(r: Reading, state: _Open, b: Block, chapters: int) -> None:
    # (an appendix is a division of the report at whatever size its heading is printed)
    appendix = bool(r.vocab.appendix_word.match(b.text))
    if any(p.search(b.text.strip()) for p in r.vocab.plan_heading) and (b.level <= 3 or appendix):
        state.in_plan = True
    elif state.in_plan and b.number and "." not in b.number.rstrip(".") and b.level <= chapters:
        state.in_plan = False  # the next numbered chapter ("2. Recommendations to the Trust")


def _appendix_plan_title(r: Reading, b: Block) -> bool:
    """An appendix's title naming the action plan, printed alone on its line: a division of the
    report, though a text taken out a line at a time printed it at the body's size."""
    text = b.text.strip()
    return (
        len(b.lines) == 1
        and len(text.split()) <= 8
        and bool(r.vocab.appendix_word.match(text))
        and any(p.search(text) for p in r.vocab.plan_heading)
    )


def _chapter_level(r: Reading) -> int:
    """The level the document's numbered chapters ("1 Background", "2 ...") are set at: 1 in a
    text export, but a PDF ranks headings by type size, so a title page printed larger (an
    agency's name, "Single Agency Action Plan") puts the chapters at 2 or 3."""
    levels = [
        b.level for b in r.blocks if b.kind == "heading" and b.number and "." not in b.number.rstrip(".")
    ]
    return min(levels, default=1)


def _last_headings(r: Reading) -> dict[str, int]:
    """Per heading title (lower case), the last block it heads: a title asked about at block i
    comes again further down when its last block is after i (one pass, not a pass over the rest
    of the report for every heading in a run)."""
    return {b.text.strip().lower(): k for k, b in enumerate(r.blocks) if b.kind == "heading"}


def _contents_entry(r: Reading, i: int, last_titled: dict[str, int]) -> bool:
    """A contents page a reader did not mark as one: a heading in a run of headings at its
    level whose title comes again further down as a heading; the chapter opens there."""
    b, prev = r.blocks[i], r.blocks[i - 1] if i else None
    if prev is None or prev.kind != "heading" or prev.level != b.level:
        return False
    return last_titled.get(b.text.strip().lower(), -1) > i


def _wrapped_heading(r: Reading, i: int) -> str | None:
    """A section heading plain text wrapped over two lines ("4.2 Single agency" then
    "recommendations"): the first line reads as a short unpunctuated paragraph and the second
    as a label-sized heading. The two lines joined, when together they name a recommendations
    section."""
    b, prev = r.blocks[i], r.blocks[i - 1] if i else None
    if b.level != 5 or prev is None or prev.kind != "paragraph" or prev.line_end + 1 != b.line_start:
        return None
    head = prev.text.strip()
    if len(head.split()) > 12 or head[-1:] in ".:;,!?":
        return None
    joined = f"{head} {b.text.strip()}"
    return joined if any(p.search(joined) for p in r.vocab.agency_section) else None


def _heading(r: Reading, state: _Open, b: Block, joined: str | None = None, i: int = -1) -> None:
    title = joined or b.text.strip()
    v = r.vocab
    is_agency = any(p.search(title) for p in v.agency_section)
    is_overview = (
        any(p.search(title) for p in v.overview_section)
        and not any(p.search(title) for p in v.not_rec_section)
        and not title.endswith(".")
    )  # (a numbered sentence set as a heading)
    if b.level == 5 and not joined and not (is_agency or is_overview):
        return  # a label-sized line ("Learning Point 2:", "Expected outcome:") is no section
    if state.mode == "agency" and b.level >= 4 and _BARE_WORD.fullmatch(title):
        return  # a column header ("Recommendation") under an agency's heading: still its list
    if state.mode and b.level >= 4 and not b.number and v.table_agency.match(title):
        return  # a table's column header ("Lead agency") printed on its own line: still the list
    if is_agency:
        _open_agency(r, state, b, title)
    elif is_overview and _opens_overview(b, title):
        _open_overview(r, state, b, title)
    elif _agency_own_heading(r, state, b, title):
        pass  # an agency's own heading printed in capitals inside the list
    elif _addressee_heading(r, state, b, title) and agency_restarts.opens_own_list(r, i, state.source):
        # an agency's own list numbered afresh after the panel's labelled recommendations
        state.mode, state.level, state.source, state.agency = "agency", b.level, b.line_start, title
    elif _addressee_heading(r, state, b, title):
        # an addressee's heading ("Home Office", "MARLOW VALE HOSTELS TRUST") inside the
        # recommendations section: the recommendations under it are made to that body
        state.agency = title
    elif state.mode == "overview" and b.level >= 4 and v.code_label.match(title):
        pass  # a coded recommendation set as a heading ("L1 Suicide risk"): an item of the list
    elif b.level <= state.level and (b.level <= 3 or state.level >= 4):
        state.close(b)
    elif state.mode == "":
        state.source = b.line_start


def _open_agency(r: Reading, state: _Open, b: Block, title: str) -> None:
    m = r.vocab.agency_in_heading.search(title)
    named = m.group("agency").strip() if m and m.group("agency") else None
    if named and any(p.search(named) for p in r.vocab.agency_section):
        named = None
    if b.level < 4 or state.mode != "agency":
        state.mode, state.level, state.source = "agency", b.level, b.line_start
    state.agency = named


def _open_closing(r: Reading, state: _Open, b: Block, agency: str) -> None:
    """An agency's closing line ("Adult Social Care recommendations") opens that agency's own
    list; inside a chapter of agency summaries the chapter stays open for the next agency."""
    if state.mode != "agency" or state.closing:
        state.mode, state.level, state.closing = "agency", b.level, True
    state.source, state.agency = b.line_start, agency
    r.closing_lists.add(b.line_start)


def _opens_overview(b: Block, title: str) -> bool:
    """A chapter-level recommendations heading, or an unnumbered short one ("Recommendations"),
    not a "Recommendation 2: Title" label or a sentence about the recommendations (an easy read
    heading in plain words, "What has to change", keeps its verb)."""
    sentence = _VERB.search(title) and _RECOMMEND.search(title)
    return b.level <= 3 or (
        not b.number and len(title.split()) <= 10 and not title.endswith(":") and not sentence
    )


def _open_overview(r: Reading, state: _Open, b: Block, title: str) -> None:
    if state.mode == "overview" and state.numbered and b.level > state.level:
        # a part of the numbered recommendations chapter ("Overview recommendations" under
        # "5. Recommendations"): the chapter stays what the headings below are weighed against,
        # so the agencies' own headings after it are still inside it
        state.source, state.agency = b.line_start, None
    else:
        state.mode, state.level, state.source, state.agency = "overview", b.level, b.line_start, None
        state.numbered = bool(b.number)
    m = _ADDRESSEE.search(title)
    if m and r.actors.is_body(m.group("body")):
        state.agency = m.group("body")  # "Recommendations to the Home Office"


def _agency_own_heading(r: Reading, state: _Open, b: Block, title: str) -> bool:
    return (
        state.mode == "agency"
        and not b.number
        and r.actors.is_body(title)
        and not any(p.search(title) for p in r.vocab.plan_heading)
        and not any(p.search(title) for p in r.vocab.named_headings)
    )


def _addressee_heading(r: Reading, state: _Open, b: Block, title: str) -> bool:
    return (
        state.mode == "overview"
        and (state.level >= 4 or state.numbered)
        and not b.number
        and r.actors.is_body(title)
        and _named_like_a_body(r, title)
        and not any(p.search(title) for p in r.vocab.named_headings)
        and not title.endswith(":")
        and not _VERB.search(title)
        and "recommend" not in title.lower()
    )


def _named_like_a_body(r: Reading, title: str) -> bool:
    """A body's heading prints its name ("Home Office", "HOSTELS TRUST", "All agencies"); a
    recommendation's title in sentence case that merely mentions bodies ("Hearing from fathers
    and partners before birth") names a topic, not who acts."""
    words = re.findall(r"[A-Za-z][A-Za-z’']*", title)
    nouns = [w for w in words if w.lower() in r.actors.words.body_nouns]
    if not nouns or any(w[0].isupper() for w in nouns):
        return True
    return words[0].lower() in _QUANTIFIERS


_QUANTIFIERS = frozenset({"all", "each", "every", "any", "other", "relevant", "partner"})


def _coded_texts(b: Block) -> list[str]:
    """Where a block may print a recommendation's code: a heading's, paragraph's or bullet's
    text; a table row's first cell ("A1 | The Board should ...": a theme's two coded rows a
    PDF reads as a table, its next theme's one row a paragraph, all one series)."""
    if b.kind in ("heading", "paragraph", "bullet"):
        return [b.text]
    if b.kind == "table" and b.table is not None:
        return [row.cells[0].text for row in b.table.rows if row.cells and row.cells[0].text]
    return []


def series_prefixes(r: Reading, regions: list[Region]) -> frozenset:
    """Code prefixes a recommendations chapter numbers two or more recommendations with
    ("AB1", "AB2")."""
    seen: dict[str, set[str]] = {}
    for b, (mode, _, _) in zip(r.blocks, regions):
        if mode in ("overview", "agency"):
            for text in _coded_texts(b):
                c = r.vocab.code_label.match(text)
                if c:
                    seen.setdefault(c.group("prefix"), set()).add(c.group("num"))
    # a one-letter code ("L1", "N2") is a series only when it counts from 1 ("L1", "L2", ...),
    # since single letters and numbers also name grades, roads and paper sizes; beside such a
    # series a second letter may hold one recommendation ("L1"-"L3", then "N1")
    series = {k for k, nums in seen.items() if len(nums) >= 2 and (len(k) >= 2 or {"1", "2"} <= nums)}
    if any(len(k) == 1 for k in series):
        series |= {k for k, nums in seen.items() if len(k) == 1 and "1" in nums}
    return frozenset(series)
