"""The wide-plan cell splitter reads each run of words' name shape from per-word facts;
those answers must be exactly the plain reading of the joined text
(`interleaved._name_like` and the lead-word test), for every run of a row."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dhrparse.patterns import load_patterns
from dhrparse.plan.cell_segments import RowCells, RowWords, candidate_cuts, printed_words
from dhrparse.plan.interleaved import PrintedLine, _name_like, lead_vocabulary

PATTERNS = load_patterns()
LEAD_WORDS = lead_vocabulary(PATTERNS)

# words of the shapes a plan row mixes: names, roles, joining words, dates, bullets, sentence ends
WORD = st.one_of(
    st.sampled_from(
        [
            "Lead",
            "GP",
            "the",
            "of",
            "and",
            "&",
            "Trust",
            "manager",
            "(Safeguarding",
            "Police,",
            "review.",
            "March",
            "2022",
            "01/03/2013",
            "•",
            "–",
            "‘Named",
            "training",
            "in",
            "Completed",
            "İstanbul",
            "ſ",
        ]
    ),
    st.sampled_from(sorted(LEAD_WORDS)[:40]),
    st.text(alphabet="aBc.(,'\"‘“1-", min_size=1, max_size=6),
)
LINE = st.lists(WORD, min_size=1, max_size=6).map(" ".join)


def _plain_holds_role(text: str) -> bool:
    return any(w.lower().strip(",.()") in LEAD_WORDS for w in text.split())


@settings(max_examples=150, deadline=None)
@given(st.lists(LINE, min_size=1, max_size=5), st.booleans())
def test_row_name_shapes_match_the_plain_reading_of_every_run(lines, cell_ends):
    printed = [PrintedLine(text, ends_cell=k % 2 == 0, number=k) for k, text in enumerate(lines)]
    words = printed_words(printed, cell_ends)
    row = RowWords(words, candidate_cuts(words), LEAD_WORDS)
    for a in range(len(words)):
        for b in range(a + 1, len(words) + 1):
            text = " ".join(w.text for w in words[a:b])
            assert row.text(a, b) == text
            assert row.name_like(a, b) == _name_like(text, LEAD_WORDS), text
            assert row.holds_role(a, b) == _plain_holds_role(text), text


def test_wide_row_is_split_into_its_columns_by_cell_shapes():
    lines = [
        PrintedLine("Agencies should review how carers are", False, 1),
        PrintedLine("asked about risk.", True, 2),
        PrintedLine("Local", True, 3),
        PrintedLine("Write a carers' risk checklist and", False, 4),
        PrintedLine("brief all staff on it.", True, 5),
        PrintedLine("Adult Social Care Lead", True, 6),
        PrintedLine("March 2024", True, 7),
        PrintedLine("Completed June 2024", True, 8),
    ]
    columns = ["recommendation", "scope", "action", "lead", "target_date", "status"]
    cells, warnings = RowCells(PATTERNS).split(lines, columns, cell_ends=True)
    assert warnings == []
    assert cells == {
        "recommendation": "Agencies should review how carers are asked about risk.",
        "scope": "Local",
        "action": "Write a carers' risk checklist and brief all staff on it.",
        "lead": "Adult Social Care Lead",
        "target_date": "March 2024",
        "status": "Completed June 2024",
    }


# words a target-date cell mixes: dates, digits of other scripts (which the date search may read
# as digits), superscripts and circled numbers (which it may not), no-date words, punctuation
DATE_WORD = st.one_of(
    st.sampled_from(
        [
            "March",
            "2024",
            "Mar-24",
            "01/03/2023",
            "31st",
            "Q3",
            "2023/24",
            "end",
            "of",
            "by",
            "Spring",
            "ongoing",
            "N/A",
            "TBC",
            "–",
            ".",
            "2024.",
            "٢٠٢٤",
            "２０２４",
            "²",
            "①",
            "Page",
            "Act",
            "1989",
            "•",
            "‘March",
            "2024’",
            "£500",
            "Café",
        ]
    ),
    st.text(alphabet="0123456789/-.aZ٣²•’£é–¹½ ", min_size=1, max_size=5),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(DATE_WORD, min_size=1, max_size=5).map(" ".join), min_size=1, max_size=4))
def test_date_fits_skip_only_runs_the_date_search_finds_nothing_in(lines):
    """`_is_date` answers a run without a digit without searching it; `_date_cost` reads the
    run's words: both must be the plain reading of the run's joined text."""
    printed = [PrintedLine(text, ends_cell=True, number=k) for k, text in enumerate(lines)]
    words = printed_words(printed, True)
    rc = RowCells(PATTERNS)
    row = RowWords(words, candidate_cuts(words), LEAD_WORDS)
    for a in range(len(words)):
        for b in range(a + 1, min(len(words), a + 8) + 1):
            text = " ".join(w.text for w in words[a:b])
            whole = rc._whole_date(text)
            assert rc._is_date(row, a, b) == whole, text
            if text.lower().strip(" .") in rc.no_date:
                plain = -1.5
            elif not whole:
                plain = 4.0
            else:
                plain = -2.0 + (0.5 if text.endswith(".") else 0.0)
            assert rc._date_cost(row, a, b) == plain, text


# words a completion cell mixes: status words and phrases, their cases, and words around them
STATUS_WORD = st.one_of(
    st.sampled_from(
        [
            "Completed",
            "complete",
            "Action",
            "action",
            "In",
            "progress",
            "Ongoing",
            "not",
            "started",
            "Not",
            "Started",
            "Partially",
            "Green",
            "–",
            "-",
            "June",
            "2024",
            "COMPLETE",
            "completed.",
            "•",
            "‘Done",
        ]
    ),
    st.text(alphabet="aAcC-–.é\u0130\u212a", min_size=1, max_size=5),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(STATUS_WORD, min_size=1, max_size=5).map(" ".join), min_size=1, max_size=4))
def test_status_fits_asked_once_per_start_are_the_plain_match(lines):
    """`_status_cost` keeps, per start, whether the cell opens with a status word (read from
    its first four words); `opens_cell` reads a word's first character alone: both must be the
    plain reading of the text, asked from every start to every end, in any order."""
    from dhrparse.plan.cell_segments import OPENS, opens_cell

    printed = [PrintedLine(text, ends_cell=True, number=k) for k, text in enumerate(lines)]
    words = printed_words(printed, True)
    rc = RowCells(PATTERNS)
    row = RowWords(words, candidate_cuts(words), LEAD_WORDS)
    pairs = [(a, b) for a in range(len(words)) for b in range(a + 1, len(words) + 1)]
    for a, b in pairs[::-1] + pairs:
        text = " ".join(w.text for w in words[a : min(b, a + 4)])
        assert rc._status_cost(row, a, b) == (-2.0 if rc.status_rx.match(text) else 1.0), text
    for w in words:
        assert opens_cell(w.text) == bool(OPENS.match(w.text)), w.text
