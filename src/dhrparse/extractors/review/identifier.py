"""The review's identifier: a labelled one on the cover, else an id printed on the cover and
used in the text, else a number after the title in words, else the id used most ("DHR 12",
"WCSP/2021/01"); never a year, a length of time or a date."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import regex

from dhrparse.extractors.review.printing import compiled
from dhrparse.patterns import Patterns
from dhrparse.vocab.date_search import YEAR
from dhrparse.vocab.dates import find_dates


def review_id(cover: list[str], text: str, p: Patterns) -> str | None:
    not_after = compiled(p.get("review.not_id_after", r"(?!x)x"))
    # ("an earlier review in the same family, DHR 2015/02": another review's id)
    other_review = compiled(p.get("review.other_review_before_id", r"(?!x)x"))

    core = compiled(p.get("review.review_id_core", r"."), 0)

    def ids(text: str) -> list[str]:
        found = []
        for where in core.lines_found(lines_of(text)):
            found += line_ids(where)
        return found

    def line_ids(where: str) -> list[str]:
        found = []
        for rx in p.regexes("review.review_id", flags=0):
            for m in rx.finditer(where):
                value = _without_word_prefix(" ".join(m.group("id").split()), p)
                code = regex.sub(r"^[A-Z]+\s?(?:No\.?|Number|Ref\.?)?\s?[-/]?\s?", "", value)
                if other_review.search(where[: m.start()]):
                    continue
                if regex.fullmatch(YEAR, code) or not_after.match(where[m.end() :]):
                    continue  # "DHR 2019" names a year; "DHR 12 months" a length of time
                if find_dates(code) and find_dates(code)[0].value.precision == "day":
                    continue  # "SAR 12/05/2019" is a date
                found.append(value)
        return found

    def without_refs(found: list[str]) -> list[str]:
        # "SAR 1", "SAR 2": a prefix with bare numbers that differ numbers recommendations, not the review
        bare = [f for f in found if _BARE_NUMBER.fullmatch(f)]
        prefixes = Counter(f.split()[0] for f in set(bare))
        return [f for f in found if not (_BARE_NUMBER.fullmatch(f) and prefixes[f.split()[0]] > 1)]

    labelled = _labelled_id(cover, p)
    if labelled:
        return labelled
    every = without_refs(ids(text))
    # (an id told in a sentence of the cover's prose, "In 2017 the Partnership published DHR 2016/03",
    # is more often an earlier review's than one printed on a title or label line)
    cover_lines = sorted(cover, key=_prose)
    on_cover = [f for f in without_refs(ids("\n".join(cover_lines))) if f in every]
    if on_cover:  # (a running head may shorten the cover's "SSP DHR 07" to "DHR 07": the fuller form)
        return next((f for f in on_cover if f.endswith(" " + on_cover[0])), on_cover[0])
    after_title = (
        _id_after_title(cover, p)
        or _roman_after_title(cover, p)
        or _id_alone(cover, p)
        or _initials_id(cover, p)
    )
    if after_title:
        return after_title
    # away from the cover a bare number ("DHR 3") is too often a cross-reference to be the id
    counts = Counter(f for f in every if not _BARE_NUMBER.fullmatch(f))
    return counts.most_common(1)[0][0] if counts else None


_BARE_NUMBER = regex.compile(r"[A-Z]+\s?\d{1,3}")


def _prose(line: str) -> bool:
    """A line of running prose: six words or more, most of them in lower case."""
    words = line.split()
    return len(words) >= 6 and sum(w[:1].islower() for w in words) * 2 > len(words)


_PIECE = 1 << 16  # characters of the report cut into lines at a time


def lines_of(text: str, piece: int = _PIECE) -> Iterator[str]:
    """`text.splitlines()` a piece at a time: the report's whole text is searched for ids without
    a list of every line of it held at once. A piece ends just after a "\n", where a line ends
    whatever else the text uses to break lines, so pieces cut into the same lines as the whole."""
    start = 0
    while start < len(text):
        cut = text.find("\n", start + piece)
        end = len(text) if cut < 0 else cut + 1
        yield from text[start:end].splitlines()
        start = end


def _without_word_prefix(value: str, p: Patterns) -> str:
    """A capitalised word before an id ("THE DHR 5") is not an area code."""
    first, _, rest = value.partition(" ")
    if rest and first.upper() in {w.upper() for w in p.list("review.id_prefix_not")}:
        return rest
    return value


def _labelled_id(cover: list[str], p: Patterns) -> str | None:
    """An id under a label on the cover: "DHR reference: WCSP/2021/01", "Re: CARSB 2/2022"."""
    label = compiled(p.get("review.review_id_label", r"(?!x)x"))
    value = compiled(p.get("review.review_id_value", r"(?!x)x"), 0)
    cell = compiled(p.get("review.review_id_label_cell", r"(?!x)x"))
    counted = compiled(p.get("review.review_id_counted", r"(?!x)x"), 0)
    other = compiled(p.get("review.review_id_other_label", r"(?!x)x"))
    found = []
    for i, line in enumerate(cover):
        if other.match(line.strip()):
            continue  # (a police or NHS number under its label is not the review's)
        m = label.match(line.strip())
        if not m:
            found += _label_cell(line.strip(), cell, value)
            continue
        given = _wrapped_code(line.strip()[m.end() :], cover[i + 1 : i + 2])
        v = counted.match(given) or value.match(given)
        if v and any(c.isdigit() for c in v.group("id")):
            found.append(" ".join(v.group("id").split()))
    return _without_page_number(found[0], found) if found else None


def _wrapped_code(given: str, below: list[str]) -> str:
    """A label's code broken after its separator, the rest on the next line ("Ref:  SAR/HLW/" over
    "2022/05"): one code."""
    if not given.rstrip().endswith(("/", "-")) or not below or len(below[0].split()) != 1:
        return given
    return given.rstrip() + below[0].strip()


def _label_cell(line: str, cell, value) -> list[str]:
    """ "Learning Review reference CFSAB-LR-2023-02": a label row with no colon, read only where
    a code holding letters and digits is the whole rest of the line."""
    m = cell.match(line)
    if not m:
        return []
    # (an aside naming the subject after the code, "WSAB/2021/017 (Adult K)", is no part of it)
    rest = _ASIDE.sub("", line[m.end() :].strip())
    v = value.match(rest)
    if not v or v.group("id").strip() != rest:
        return []
    code = v.group("id")
    return [" ".join(code.split())] if regex.search(r"\d", code) and regex.search(r"[A-Z]", code) else []


_PAGE_RUN_ON = regex.compile(r"\s\d{1,3}$")
_ASIDE = regex.compile(r"\s+\([^()]{1,30}\)$")


def _without_page_number(first: str, found: list[str]) -> str:
    """A footer printing the reference with the page number after it ("Case Reference: CM-J-21-02
    3" on one page, "... 4" on the next, or the reference alone on the cover): the number that
    changes while the rest stays is the page's, not the id's."""
    stem = _PAGE_RUN_ON.sub("", first)
    if stem == first:
        return first
    others = [f for f in found if f != first]
    return stem if any(f == stem or _PAGE_RUN_ON.sub("", f) == stem for f in others) else first


def _id_after_title(cover: list[str], p: Patterns) -> str | None:
    """A number printed after the review's title in words: "Domestic Homicide Review 004"."""
    rx = compiled(p.get("review.review_id_after_title", r"(?!x)x"))
    not_after = compiled(p.get("review.not_id_after", r"(?!x)x"))
    for line in cover:
        m = rx.match(line.strip())
        if not m or not_after.match(line.strip()[m.end() :]):
            continue
        value = " ".join(m.group("id").split())
        if regex.fullmatch(YEAR, value):
            continue  # "Domestic Homicide Review 2019" names a year
        if m.group("year"):
            # "Domestic Homicide Review 07 (2021/22)": the number counts within the year, so the
            # printed title with both is the id
            return " ".join(m.group(0).split())
        return value
    return None


def _roman_after_title(cover: list[str], p: Patterns) -> str | None:
    """A number in Roman numerals after the review's title in words, "Domestic Homicide Review XIV":
    the review's short name, its title's initials with the number ("DHR XIV")."""
    rx = compiled(p.get("review.review_id_roman_after_title", r"(?!x)x"))
    for line in cover:
        m = rx.match(line.strip())
        if m:
            return "".join(w[0].upper() for w in m.group("title").split()) + " " + m.group("id")
    return None


def _id_alone(cover: list[str], p: Patterns) -> str | None:
    """A board's own reference alone on a cover line, naming no kind of review: "KSCP2021-22-03",
    "DTSB 2/2021", "CYSUR 4 2019", "Case BR15" (never a date, a page or a version)."""
    alone = compiled(p.get("review.review_id_alone", r"(?!x)x"), 0)
    case = compiled(p.get("review.review_id_case", r"(?!x)x"), 0)
    not_codes = {w.upper() for w in p.list("review.id_prefix_not")}
    for line in cover:
        m = alone.match(line.strip()) or case.match(line.strip())
        if not m or not_codes.intersection(m.group("code").split()):
            continue
        dates = find_dates(m.group("id"))
        if dates and dates[0].value.precision == "day":
            continue
        return " ".join(m.group("id").split())
    return None


def _initials_id(cover: list[str], p: Patterns) -> str | None:
    """A board's reference printed at a cell's edge beside its name or the kind of review, as a
    header box prints it ("Nantlle Regional Safeguarding Board NRSB 4/2023", "NRSB 4/2023 Concise
    review"): read where its capitals are the initials of a name the cover prints, the board
    numbering its own reviews, so a code that names nothing on the cover is never taken."""
    rx = compiled(p.get("review.review_id_initials", r"(?!x)x"), 0)
    names = _initialisms(cover, {w.lower() for w in p.list("review.initials_skip")})
    for line in cover:
        for cell in line.split("\t"):
            for m in rx.finditer(cell.strip()):
                if m.group("code") in names and _at_edge(cell.strip(), m):
                    return " ".join(m.group("id").split())
    return None


def _at_edge(cell: str, m) -> bool:
    """The code opens or closes its cell: a reference in a sentence is another matter."""
    return m.start() == 0 or m.end() == len(cell)


def _initialisms(cover: list[str], skip: set[str]) -> set[str]:
    """The initials of every run of capitalised words on the cover, small words passed over
    ("Llanfor Regional Safeguarding Board": LRSB, RSB, SB)."""
    found: set[str] = set()
    for line in cover:
        run: list[str] = []
        for word in regex.findall(r"[\w&’'-]+", line) + [""]:
            if word[:1].isupper() and word[:1].isalpha():
                run.append(word[0])
                found.update("".join(run[k:]) for k in range(len(run) - 1))
            elif word.lower() not in skip:
                run = []
    return found
