"""Stray HTML tags in extracted text.

The text reader turns HTML fragments into text, but a tag it does not know, or one in
a cell a PDF/Word reader handed over, can still reach the extractors; they all compare
and store text through `flatten`.
"""

from __future__ import annotations

import re

# "<" cannot occur inside a tag: a run of "<" is scanned once, not once per character
_TAG = re.compile(r"<[^<>]++>")


def flatten(text: str) -> str:
    """`text` with any tag turned into a space and runs of whitespace into one space."""
    if "<" in text:
        text = _TAG.sub(" ", text)
    elif _is_flat(text):
        return text
    flat = " ".join(text.split())
    # text that was flat already stays one string, not a copy in every record that stores it
    return text if flat == text else flat


def _is_flat(text: str) -> bool:
    """Most lines of a report are flat already: single spaces between words and none at
    the ends. `isprintable` is false for every whitespace character but the plain space
    (tabs, line breaks, no-break and other Unicode spaces), so this never passes a text
    that `str.split` would cut differently."""
    return "  " not in text and text[:1] != " " and text[-1:] != " " and text.isprintable()


# A list item's printed marker: a bullet glyph, or a number or letter ("1.", "2)", "(a)", "iv.").
_PRINTED_BULLET = re.compile(r"^[•●▪◦‣⁃∙■□➢✓✔*\-–\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf0a8](?:\s+|$)")
_PRINTED_NUMBER = re.compile(
    r"^(?:\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-zA-Z]|[ivxIVX]{1,5})[.)]|\((?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,5})\))\s"
)
# inside a cell: a bullet we put before an item that printed its own bullet, or its own number
_BULLET_BEFORE_BULLET = re.compile(r"•\s+[•●▪◦‣⁃∙■□➢✓✔*\-–\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf0a8]\s+")
_BULLET_BEFORE_NUMBER = re.compile(
    r"•\s+(?=(?:\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,5})[.)]|\((?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,5})\))\s)"
)


def list_item(text: str) -> str:
    """A list item (an HTML <li>, a Word list paragraph) as printed with one marker: "• text",
    or the item's own number when it printed one ("1. text", never "• 1. text"), and one
    bullet when it printed its own ("• text", never "• • text")."""
    text = text.strip()
    if _PRINTED_NUMBER.match(text):
        return text
    return "• " + _PRINTED_BULLET.sub("", text, count=1).strip()


def one_marker_per_item(text: str) -> str:
    """Inline list text (a table cell) with no bullet before an item's own bullet or number."""
    if "•" not in text:
        return text
    return _BULLET_BEFORE_NUMBER.sub("", _BULLET_BEFORE_BULLET.sub("• ", text))
