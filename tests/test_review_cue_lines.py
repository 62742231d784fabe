"""The review fields' scans of the opening pages skip only lines the plain scan would pass over:
a line is tried for a cue only when it holds one of the cue's words (extractors.review.cue_lines),
and the lines tried hold every line the cue matches on its own or run on into the next."""

from __future__ import annotations

import functools
import importlib
import re
from pathlib import Path

import regex
from conftest import text_route
from hypothesis import given, settings
from hypothesis import strategies as st

from dhrparse.extractors.review import cue_lines as cue_lines_module
from dhrparse.extractors.review.cue_lines import CueLines
from dhrparse.extractors.review.date_of_death import date_of_death
from dhrparse.extractors.review.death_sentence import with_next
from dhrparse.patterns import load_patterns
from dhrparse.vocab.cue_words import fold, folded

ROOT = Path(__file__).resolve().parents[1]


@functools.cache
def _read_opening_texts() -> tuple[str, ...]:
    """Every sample, zoo and title-page text, read once for the tests that scan them all."""
    folders = ["samples", "tests/zoo", "tests/title_pages", "tests/title_pages_blind"]
    return tuple(path.read_text(encoding="utf-8") for d in folders for path in text_route(ROOT / d))


def _opening_texts() -> list[str]:
    return list(_read_opening_texts())


def _report_lines() -> list[str]:
    lines: list[str] = []
    for path in sorted((ROOT / "samples").glob("*.txt")) + text_route(ROOT / "tests" / "zoo"):
        lines += [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()]
    return lines


def _matching(lines: list[str], rx: regex.Pattern) -> set[int]:
    """Lines the cue matches alone or run on into the next (as the date of death reads them)."""
    return {i for i in range(len(lines)) if rx.search(with_next(lines, i))}


def _tried(lines: list[str], rx: regex.Pattern) -> set[int]:
    cue_lines = CueLines(lines, rx.pattern)
    return {i for i in range(len(lines)) if cue_lines.may_hold(i) or cue_lines.may_hold(i + 1)}


def test_death_words_tried_on_every_report_line_that_speaks_of_a_death():
    rx = load_patterns().joined("review.death.words")
    lines = _report_lines()
    matching, tried = _matching(lines, rx), _tried(lines, rx)
    assert len(matching) >= 200  # the reports do speak of deaths
    assert matching <= tried
    assert len(tried) < len(lines) // 4  # and most lines are skipped


_PIECES = [
    "died",
    "DIED",
    "Deceased",
    "found\ndead",
    "ſ",
    "İ",
    "ı",
    "K",
    "kılled",
    "death",
    "’",
    " ",
    "\n",
    "x",
]


@settings(max_examples=200)
@given(st.lists(st.sampled_from(_PIECES) | st.text(max_size=6), max_size=12))
def test_death_words_tried_on_generated_lines(pieces):
    rx = load_patterns().joined("review.death.words")
    lines = "".join(pieces).split("\n")
    assert _matching(lines, rx) <= _tried(lines, rx)


class _EveryLine(CueLines):
    def may_hold(self, i: int) -> bool:
        return True


def test_date_of_death_reads_as_with_every_line_tried(monkeypatch):
    p = load_patterns()
    texts = {path.name: path.read_text(encoding="utf-8") for path in text_route(ROOT / "tests" / "zoo")}
    texts["wrapped"] = (
        "The review into Ana's\ndeath on 3 May 2021 was commissioned.\nShe was found\ndead on 4 May 2021."
    )
    texts["word below"] = (
        "Report of the review.\nOn 3 May 2021 Ana\ndied at home."  # the word on the next line
    )
    quick = {k: date_of_death([ln.strip() for ln in t.splitlines()], p) for k, t in texts.items()}
    monkeypatch.setattr(cue_lines_module.CueLines, "may_hold", _EveryLine.may_hold)
    plain = {k: date_of_death([ln.strip() for ln in t.splitlines()], p) for k, t in texts.items()}
    assert quick == plain
    assert sum(v is not None for v in plain.values()) >= 20


def test_erratum_and_examiner_read_as_with_every_line_tried(monkeypatch):
    """The corrected date and the examiner's date searched only on the lines holding their cues'
    words (a line and the next for the examiner) read as when every line is searched."""
    from dhrparse.extractors.review.death_notes import corrected_death, examiner_dated

    p = load_patterns()
    texts = [path.read_text(encoding="utf-8") for path in text_route(ROOT / "tests" / "zoo")]
    texts += [
        "Overview Report\nErratum: the first edition gave the date of her death as 11 June\n2021. The"
        "\ncorrect date is 10 June 2021.",
        "Lena was found dead on 30 April 2021; the post-mortem dated her\ndeath to 27 April 2021.",
        "Lena was found on 30 April 2021. The\ncoroner recorded her death as 27 April 2021 at the inquest.",
        "Lena was found on 30 April 2021.\nThe pathologist placed the\ndeath on 28 April 2021.",
    ]
    readers = (corrected_death, examiner_dated)
    quick = [[read([ln.strip() for ln in t.splitlines()], p) for read in readers] for t in texts]
    monkeypatch.setattr(cue_lines_module.CueLines, "may_hold", _EveryLine.may_hold)
    plain = [[read([ln.strip() for ln in t.splitlines()], p) for read in readers] for t in texts]
    assert quick == plain
    assert [v.start for v, _ in plain[-4:] if v] == ["2021-06-10"]
    assert [v.start for _, v in plain[-4:] if v] == ["2021-04-27", "2021-04-27", "2021-04-28"]


def test_a_cue_without_certain_words_is_tried_everywhere():
    lines = ["Date of death: 3 May 2020", "", "nothing here"]
    assert CueLines(lines, r"[a-z]+\s*[:–-]").every
    assert all(CueLines(lines, r"(?:\w+\s+)?").may_hold(i) for i in range(3))


def test_folded_holds_the_letters_and_digits_fold_holds_at_the_same_places():
    for code in range(0x10000):
        c = chr(code)
        for text in (c, f"a{c}Z"):
            lower, plain = folded(text), fold(text)
            assert len(lower) == len(plain), hex(code)
            for a, b in zip(lower, plain):
                if re.fullmatch(r"[a-z0-9]", a) or re.fullmatch(r"[a-z0-9]", b):
                    assert a == b, hex(code)


_ID_CUES = [
    (r"(?:DHR|SAR|SCR|CSPR|DARDR|APR|CPR)", 0),  # the id's core, read by `re` on plain lines
    (r"\bdeaths?\b", regex.IGNORECASE),
    (r"\p{Lu}{3}\s\d", 0),  # only `regex` reads it
]


@settings(max_examples=150)
@given(
    st.lists(
        st.sampled_from(["DHR 12", "sar", "Death", "¹", "\x1c", "ſ", "K", "\t", "é"]) | st.text(max_size=5)
    )
)
def test_lines_found_are_the_lines_search_finds(pieces):
    from dhrparse.extractors.review.printing import compiled

    # "¹" is a word character to `re` only: "¹death" holds the word "death" to `regex` alone
    lines = "".join(pieces).splitlines() + ["x¹death", "¹DHR 1"] + _report_lines()[:300]
    for source, flags in _ID_CUES:
        tp = compiled(source, flags)
        assert list(tp.lines_found(lines)) == [ln for ln in lines if tp.search(ln)]


def test_area_reads_as_with_every_line_and_body_tried(monkeypatch):
    """The area's scan skips lines without a hint word and bodies whose words a line lacks:
    on title pages, the zoo and the samples it names the place the plain scan names."""
    area_module = importlib.import_module(
        "dhrparse.extractors.review.area"
    )  # (the package names its function)
    p = load_patterns()
    texts = _opening_texts()
    texts.append(
        "Report for the Safer\nTennisford Partnership\nCommissioned by Pellingham Community\nSafety Partnership"
    )

    def areas() -> list[str | None]:
        found = []
        for text in texts:
            lines = [ln.strip() for ln in text.splitlines()]
            for kind in ("DHR", "SAR", "CSPR"):
                found.append(area_module.area(lines[:40], lines[40:1500], kind, p))
        return found

    quick = areas()
    monkeypatch.setattr(cue_lines_module.CueLines, "may_hold", _EveryLine.may_hold)
    monkeypatch.setattr(area_module._WordsIn, "may_match", lambda self, source: True)
    assert quick == areas()
    assert sum(a is not None for a in quick) >= 100


def _plain_date_of_death(lines: list[str], p) -> object:
    """Every date tied to the death read, then the most exact of the first one's date kept (a
    labelled day stands; a labelled month or year is the first date, made exact by the text's,
    a month also by a day of it told without its year)."""
    from dhrparse.extractors.review.date_of_death import _death_in_text, _labelled_death

    limit = max(60, len(lines) // 3)
    from dhrparse.extractors.review.death_forms import printed_apart
    from dhrparse.extractors.review.death_notes import corrected_death, examiner_dated

    labelled = (
        corrected_death(lines[:limit], p)
        or _labelled_death(lines[:limit], p)
        or printed_apart(lines[:limit], p)
        or examiner_dated(lines[:limit], p)
    )
    if labelled is not None and labelled.precision == "day":
        return labelled
    from dhrparse.extractors.review.death_windows import death_window

    # (a death known only to lie within weeks of a dated day, unlabelled: that window's month,
    # never the day of finding or of the last sighting the text dates)
    if labelled is None and (window := death_window(lines[:limit], p)) is not None:
        return window
    found = ([labelled] if labelled is not None else []) + list(_death_in_text(lines[:limit], p))
    if (
        not found
    ):  # (a death told only as lying between two days, or between last seen and found: their month)
        from dhrparse.extractors.review.death_forms import death_between
        from dhrparse.extractors.review.death_windows import seen_until_found

        return death_between(lines[:limit], p) or seen_until_found(lines[:limit], p)
    first, rank = found[0], {"year": 0, "month": 1, "day": 2}
    for later in found[1:]:
        if rank.get(later.precision, -1) > rank.get(first.precision, -1) and later.start.startswith(
            first.start or "-"
        ):
            first = later
    # (a month so found made exact by a day of it the text tells without its year)
    from dhrparse.extractors.review.date_of_death import _day_in_told_month

    return _day_in_told_month(lines[:limit], first, p)


def test_date_of_death_stops_reading_only_once_nothing_could_be_more_exact():
    p = load_patterns()
    texts = _opening_texts()
    texts += [
        # a year, then the month, then the day of the same date: each more exact replaces it
        "Review into the death of Ana in 2021.\n\nAna died in May 2021.\n\nAna died on 3 May 2021.",
        "Ana died on 3 May 2021.\n\nAna died on 4 May 2021.",  # a day first: read no further
        "Ana died in May 2021.\n\nAna died in June 2021.\n\nAna died on 9 June 2021.",  # another month's day
    ]
    values = []
    for text in texts:
        lines = [ln.strip() for ln in text.splitlines()]
        values.append(date_of_death(lines, p))
        assert values[-1] == _plain_date_of_death(lines, p), text[:80]
    assert [v.start for v in values[-3:]] == ["2021-05-03", "2021-05-03", "2021-05"]
    assert sum(v is not None for v in values) >= 40


@settings(max_examples=200)
@given(
    st.lists(st.sampled_from(_PIECES + ["Σ", "ΣA", "aΣ"]) | st.text(max_size=6), max_size=40),
    st.integers(min_value=1, max_value=5),
)
def test_lines_holding_a_word_found_piece_by_piece_as_in_the_whole_text(pieces, piece):
    """The opening third is folded a few lines at a time (issue 17: `str.lower` of a long text
    takes twelve bytes a character): the lines found are those the whole folded text gives."""
    from dhrparse.extractors.review.cue_lines import _holding, _holding_piece

    lines = "".join(pieces).split("\n")
    # (cue words are runs of plain letters and digits: see vocab.cue_words)
    words = frozenset({"died", "death", "killed", "dead", "k", "s", "i", "ss"})
    assert _holding(lines, words, piece) == _holding_piece(lines, words)
