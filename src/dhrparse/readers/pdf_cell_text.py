"""The text of a table cell: its printed lines joined, and words a narrow column split.

A cell's text wraps inside the cell, so it is read as several printed lines. They become
one line of text; where a line ended mid-word with no space or hyphen, whether it was a
wrap between two words or one word cut by a too-narrow column is only known once the
document's words are: the join is marked with MAYBE_SPLIT and decided later.
"""

from __future__ import annotations

import re

MAYBE_SPLIT = "\u200b"
_WORDISH = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
# from a word's start: linear. The right piece is only looked at, not taken: it is the left piece
# of the next pair where a cell too narrow for a long word printed it over three lines, or the
# word broken is the next after a wrap ("Head of" / "Neighbourhoo" / "d Services")
_SPLIT_PAIR = re.compile(rf"(?<![^\W_])([^\W_]++){MAYBE_SPLIT}(?=([^\W_]+))")


def join_cell_lines(text: str) -> str:
    """Cell text over several printed lines to one line. PDFium marks a hyphen that ends
    a line ("multi-" / "agency") with a control character: that word is joined whole.
    Other line ends become spaces (PDFium does not reliably keep the space a line broke
    at, so a word a too-narrow column split cannot be told from two words)."""
    out = ""
    for part in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if not part.strip():
            continue
        if out.endswith(("\ufffe", "\x02")):
            out = out[:-1] + "-" + part.lstrip()
        elif out and part.lstrip()[:1] in (".", ",", ";", ":", ")", "?", "!"):
            out = out.rstrip() + part.lstrip()  # punctuation wrapped onto its own line
        elif out and out[-1].isalnum() and part.lstrip()[:1].isalnum():
            # no space kept at the line end: a wrap, or a word split by a narrow column;
            # the reader decides once it knows the document's words (resolve_splits)
            out = out + MAYBE_SPLIT + part.lstrip()
        else:
            out = (out.rstrip() + " " + part.lstrip()) if out else part
    return " ".join(out.replace("\ufffe", "-").replace("\x02", "-").split())


def document_words(texts: list[str]) -> set[str]:
    """Lower-cased words printed whole somewhere in the document: the words of its
    distinct space-separated chunks (a word never spans white space)."""
    chunks = set("\n".join(texts).lower().split())
    # the pieces of a split word are not words
    return set(_WORDISH.findall(" ".join(c for c in chunks if MAYBE_SPLIT not in c)))


def resolve_splits(text: str, words: set[str]) -> str:
    """Join the two pieces of a word a narrow column split ("Commiss" + "ion") when the
    whole word is printed elsewhere in the document; otherwise they were two words."""
    if MAYBE_SPLIT not in text:
        return text

    def join(m: re.Match) -> str:
        left, right = m.group(1), m.group(2)
        return left if (left + right).lower() in words else f"{left} "

    text = _SPLIT_PAIR.sub(join, text)
    return text.replace(MAYBE_SPLIT, " ")
