"""A tracker whose recommendation cells open with the recommendation's own code, "R1 The Board
should ...", or with its label and number, "Recommendation 1: The Partnership should ...", under
a header naming no ref column ("Recommendation | Actions | Lead | Target date | Completed?
(Y/N/P)"), its rows maybe grouped under theme bands printed across the table: the code (or the
number) is each row's ref, cut as the ref column the header does not print (plan.tracker_table),
so the recommendation's own words stay its column's and its later actions' rows, opening with
no code, read as the rows under its merged cell."""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from dhrparse.plan.opening_codes import code_opening

if TYPE_CHECKING:
    from dhrparse.document import Line

ROWS_LOOKED = 8  # the printed lines under the header the first row opens within (a band first)
CODED, LABELLED = "coded", "labelled"
_NUMBER = regex.compile(r"^(\d{1,2}(?:\.\d{1,2})?)[.:]?$")
_DAY = regex.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b")  # a day's date, "31/03/2024"


def coded_rows(reader, lines: list[Line], nxt: int, cols: list[str]) -> str | None:
    """CODED where the first row under the header, at line `nxt` or a few lines on (under a
    theme band), opens with a recommendation's code that reads as a row's ref ("R1") and a
    capitalised word, LABELLED where it opens with the recommendation's label and number
    ("Recommendation 1:") and a capitalised word; None otherwise, or where the header's first
    column is not the recommendation's or it names a ref column."""
    if cols[:1] != ["recommendation"] or "ref" in cols or "action" not in cols:
        return None
    for k in range(nxt, min(nxt + ROWS_LOOKED, len(lines))):
        if lines[k].cells is not None:
            return None
        text = reader.pl.flat(lines[k].text)
        code, _ = code_opening(text, reader.p)
        if code is not None:
            return CODED if reader.ref.match(code) else None
        if len(unlabelled(text.split(), reader.label)) > len(text.split()):
            return LABELLED
    return None


def unlabelled(words: list[str], label: regex.Pattern) -> list[str]:
    """A printed line opening with a recommendation's label and number and a capitalised word
    ("Recommendation 1: The ...") led by that number, its row's ref ("1", "Recommendation", "1:",
    "The", ...): the label stays the recommendation cell's opening words, which its column's
    width holds; other lines as printed."""
    if len(words) < 3 or not label.match(words[0]) or not words[2][:1].isupper():
        return words
    m = _NUMBER.match(words[1])
    return [m.group(1), *words] if m else words


def closing_ratings(
    reader, lines: list[Line], body: list[int], firsts: dict[int, list[str]], at: int
) -> None:
    """Each row's rating closing its progress note ("... booked for May. Amber"), the note's
    column the last: the last word of the row's first printed line that ends so, a status or RAG
    word after a word closing a sentence, made the row's cell `at` (the status the walk reads;
    the note's first line alone tells nothing of it). Looked for only up to a later line holding a
    day's date (maybe a row no reading found, its rating its own), a row with no such line
    keeping its cell."""
    starts = sorted(firsts)
    for n, k in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else body[-1] + 1
        for m in (m for m in body if k <= m < end):
            text = reader.pl.flat(lines[m].text)
            if m > k and _DAY.search(text):
                break
            words = text.split()
            if len(words) < 2 or not words[-2].endswith("."):
                continue
            last = words[-1].strip(".")
            if last[:1].isupper() and (reader._rag_word(last) or reader._shapes.is_status(last)):
                firsts[k][at] = last
                break
